import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * Every setting of Préau, read once at start-up and validated. A wrong or missing setting stops the
 * process with one clear line (see `loadConfigOrExit`). Documented in the README's "Settings".
 */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .optional(),
  PREAU_DATA_DIR: z.string().min(1).default('./.preau-data'),
  PREAU_REDIS_PREFIX: z.string().regex(/^[a-zA-Z0-9:_-]{1,50}$/).default('preau'),
  PREAU_DEMO: z.enum(['0', '1']).optional(),
  PREAU_EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  PREAU_PUBLIC_URL: z.url().optional(),
  PREAU_WEB_DIR: z.string().optional(),
  PREAU_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PREAU_TRUST_PROXY: z
    .string()
    .regex(/^(\d{1,2}|[0-9a-fA-F:./]+(,[0-9a-fA-F:./]+)*)$/, 'is a number of proxy hops, or a comma-separated list of proxy addresses')
    .default('0'),
  PREAU_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  PREAU_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  PREAU_LOGIN_FAILURES_PER_HOUR: z.coerce.number().int().min(1).default(100),
  PREAU_LOGIN_FAILURES_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).default(300),
  PREAU_ACTIVATION_DAYS: z.coerce.number().int().min(1).max(365).default(60),
  PREAU_REQUESTS_PER_MINUTE: z.coerce.number().int().min(60).default(1200),
  PREAU_MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(10_000).default(200),
  PREAU_QUOTA_MB: z.coerce.number().int().min(1).default(500),
  PREAU_CLASS_QUOTA_MB: z.coerce.number().int().min(1).default(2000),
  PREAU_MEDIA_JOB_LOCK_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
  PREAU_LIVE_MAX_LENGTH: z.coerce.number().int().min(1000).max(10_000_000).default(100_000),
  PREAU_LIVE_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(20),
  PREAU_LIVE_STREAMS_PER_PERSON: z.coerce.number().int().min(1).max(1000).default(12),
  PREAU_SIGNING_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PREAU_S3_BUCKET: z.string().min(3).optional(),
  PREAU_S3_ENDPOINT: z.url().optional(),
  PREAU_S3_REGION: z.string().min(1).default('us-east-1'),
  PREAU_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  PREAU_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});

export type DatabaseMode = 'external' | 'embedded';
export type QueueMode = 'redis' | 'postgres';

export interface PreauConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Set by the embedded PostgreSQL when `DATABASE_URL` is absent (see `resolveDatabase`). */
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** Namespace of every Redis key (several deployments, or test runs, may share one Redis). */
  redisPrefix: string;
  dataDir: string;
  mode: { database: DatabaseMode; queue: QueueMode };
  demo: { load: boolean; refusedReason: string | null };
  embeddedPgPort: number;
  publicUrl: string | undefined;
  webDir: string | undefined;
  logLevel: string;
  /** false, a number of proxy hops in front of the API, or the proxies' addresses (Fastify's trustProxy). */
  trustProxy: boolean | number | string;
  session: { idleMs: number; maxMs: number };
  /** How long an adult's activation code works (decision 0010: 60 days by default). */
  accounts: { activationMs: number };
  limits: { loginFailuresPerHour: number; loginFailuresPerAddressPerHour: number; requestsPerMinute: number };
  /** The live event stream (docs/decisions/0007-live-events.md). */
  live: {
    /** Entries the Redis stream keeps, all people together (approximate trim); the PostgreSQL log keeps 24 hours instead. */
    maxLength: number;
    /** A comment line on every open stream this often, so that proxies and browsers keep it open. */
    heartbeatMs: number;
    /** Open streams one person may hold on one API process (tabs and devices); one more gets 429. */
    streamsPerPerson: number;
  };
  media: {
    maxUploadBytes: number;
    userQuotaBytes: number;
    classQuotaBytes: number;
    /** How long a processing job's lock lasts: a worker that dies mid-job gives it up after this. */
    jobLockMs: number;
    /** HMAC key of the signed file links; shared by every API process. */
    signingSecret: string | undefined;
    storage: { kind: 'filesystem'; root: string } | { kind: 's3'; bucket: string; endpoint?: string; region: string; accessKeyId?: string; secretAccessKey?: string };
  };
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): PreauConfig {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`Invalid setting ${String(issue.path[0])}: ${issue.message}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.PREAU_SIGNING_SECRET) throw new ConfigError('Invalid setting PREAU_SIGNING_SECRET: required in production (a random string of 32 characters or more)');
  const production = e.NODE_ENV === 'production';
  const wantsDemo = e.PREAU_DEMO !== '0';
  const demoRefused = production && e.PREAU_DEMO !== '1';
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.PREAU_REDIS_PREFIX,
    dataDir: isAbsolute(e.PREAU_DATA_DIR) ? e.PREAU_DATA_DIR : resolve(e.PREAU_DATA_DIR),
    mode: { database: e.DATABASE_URL ? 'external' : 'embedded', queue: e.REDIS_URL ? 'redis' : 'postgres' },
    demo: {
      load: wantsDemo && !demoRefused,
      refusedReason: demoRefused ? 'the demo academy is not loaded with NODE_ENV=production unless PREAU_DEMO=1' : null,
    },
    embeddedPgPort: e.PREAU_EMBEDDED_PG_PORT,
    publicUrl: e.PREAU_PUBLIC_URL,
    webDir: e.PREAU_WEB_DIR,
    logLevel: e.PREAU_LOG_LEVEL,
    trustProxy: /^\d+$/.test(e.PREAU_TRUST_PROXY) ? (Number(e.PREAU_TRUST_PROXY) === 0 ? false : Number(e.PREAU_TRUST_PROXY)) : e.PREAU_TRUST_PROXY,
    session: { idleMs: e.PREAU_SESSION_IDLE_MINUTES * 60_000, maxMs: e.PREAU_SESSION_MAX_HOURS * 3_600_000 },
    accounts: { activationMs: e.PREAU_ACTIVATION_DAYS * 86_400_000 },
    limits: {
      loginFailuresPerHour: e.PREAU_LOGIN_FAILURES_PER_HOUR,
      loginFailuresPerAddressPerHour: e.PREAU_LOGIN_FAILURES_PER_ADDRESS_PER_HOUR,
      requestsPerMinute: e.PREAU_REQUESTS_PER_MINUTE,
    },
    live: { maxLength: e.PREAU_LIVE_MAX_LENGTH, heartbeatMs: e.PREAU_LIVE_HEARTBEAT_SECONDS * 1000, streamsPerPerson: e.PREAU_LIVE_STREAMS_PER_PERSON },
    media: {
      maxUploadBytes: e.PREAU_MAX_UPLOAD_MB * 1024 * 1024,
      userQuotaBytes: e.PREAU_QUOTA_MB * 1024 * 1024,
      classQuotaBytes: e.PREAU_CLASS_QUOTA_MB * 1024 * 1024,
      jobLockMs: e.PREAU_MEDIA_JOB_LOCK_SECONDS * 1000,
      signingSecret: e.PREAU_SIGNING_SECRET,
      storage: e.PREAU_S3_BUCKET
        ? { kind: 's3', bucket: e.PREAU_S3_BUCKET, endpoint: e.PREAU_S3_ENDPOINT, region: e.PREAU_S3_REGION, accessKeyId: e.PREAU_S3_ACCESS_KEY_ID, secretAccessKey: e.PREAU_S3_SECRET_ACCESS_KEY }
        : { kind: 'filesystem', root: join(isAbsolute(e.PREAU_DATA_DIR) ? e.PREAU_DATA_DIR : resolve(e.PREAU_DATA_DIR), 'media') },
    },
  };
}

/** For a process entry point: one clear line on stderr and exit code 1 on a bad setting. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): PreauConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Préau cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

export const PREAU_CONFIG = Symbol('PreauConfig');
