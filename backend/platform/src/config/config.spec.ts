import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 3000 and the embedded mode when no server is named', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.mode).toEqual({ database: 'embedded', queue: 'postgres' });
    expect(config.demo.load).toBe(true);
  });

  it('uses the named servers when DATABASE_URL and REDIS_URL are set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/preau', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(config.mode).toEqual({ database: 'external', queue: 'redis' });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL: must be a postgres:\/\/ URL/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV/],
    [{ PREAU_DEMO: 'yes' }, /PREAU_DEMO/],
  ])('refuses %p with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('trusts only the proxies it is told about', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ PREAU_TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ PREAU_TRUST_PROXY: '10.0.0.1,10.0.0.2' }).trustProxy).toBe('10.0.0.1,10.0.0.2');
    expect(() => loadConfig({ PREAU_TRUST_PROXY: 'yes please' })).toThrow(/PREAU_TRUST_PROXY/);
  });

  it('needs a signing secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/PREAU_SIGNING_SECRET/);
  });

  it('stores media on the filesystem unless an S3 bucket is named', () => {
    expect(loadConfig({ PREAU_DATA_DIR: '/srv/preau' }).media.storage).toEqual({ kind: 'filesystem', root: '/srv/preau/media' });
    expect(loadConfig({ PREAU_S3_BUCKET: 'preau-media' }).media.storage).toMatchObject({ kind: 's3', bucket: 'preau-media', region: 'us-east-1' });
  });

  it('keeps 100,000 live entries in Redis, sends a heartbeat every 20 s and lets a person hold 12 streams unless told otherwise', () => {
    expect(loadConfig({}).live).toEqual({ maxLength: 100_000, heartbeatMs: 20_000, streamsPerPerson: 12 });
    expect(loadConfig({ PREAU_LIVE_MAX_LENGTH: '5000', PREAU_LIVE_HEARTBEAT_SECONDS: '5', PREAU_LIVE_STREAMS_PER_PERSON: '3' }).live).toEqual({
      maxLength: 5000,
      heartbeatMs: 5000,
      streamsPerPerson: 3,
    });
    expect(() => loadConfig({ PREAU_LIVE_STREAMS_PER_PERSON: '0' })).toThrow(/PREAU_LIVE_STREAMS_PER_PERSON/);
    expect(() => loadConfig({ PREAU_LIVE_MAX_LENGTH: '10' })).toThrow(/PREAU_LIVE_MAX_LENGTH/);
    expect(() => loadConfig({ PREAU_LIVE_HEARTBEAT_SECONDS: '0' })).toThrow(/PREAU_LIVE_HEARTBEAT_SECONDS/);
  });

  it('refuses the demo academy in production unless PREAU_DEMO=1', () => {
    expect(loadConfig({ NODE_ENV: 'production', PREAU_SIGNING_SECRET: 'x'.repeat(32) }).demo).toEqual({ load: false, refusedReason: expect.stringContaining('PREAU_DEMO=1') });
    expect(loadConfig({ NODE_ENV: 'production', PREAU_DEMO: '1', PREAU_SIGNING_SECRET: 'x'.repeat(32) }).demo.load).toBe(true);
    expect(loadConfig({ PREAU_DEMO: '0' }).demo.load).toBe(false);
  });
});
