/**
 * `npm run bench:blog`: the families' feed — a parent's authorised page of 20 published articles of a class
 * (GET /api/v1/classes/:id/blog/articles) — against a raw Fastify + pg handler that runs the same SQL on the
 * same database and machine, with no framework, ORM, access layer nor view building around it. The raw
 * handler (support/raw-feed-server.cjs, a process of its own like the API) replays exactly the statements (text
 * and values) the API sent to PostgreSQL for one such request, captured by a hook loaded into the API process. Both are loaded with autocannon; prints requests/s, p99
 * and the ratio API / raw (target ≥ 0.65).
 *
 * Knobs: BENCH_CONNECTIONS (10), BENCH_SECONDS (10); BENCH_SHOW_SQL=1 prints the captured statements;
 * BENCH_PROFILE_HOOK=<file.cjs> is also required into the API process (e.g. an inspector CPU profiler).
 */
import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { as } from '../src/support/client';
import { startPreau, startWorker } from '../src/support/preau-server';

const PHOTOS = resolve(__dirname, '../../../../shared/fixtures/media/photos');
const ARTICLES = 24;
const PAGE = 20;
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 10);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 5);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 7);

interface Captured {
  text: string;
  values: unknown[];
}

interface Load {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function load(url: string, headers: Record<string, string>): Promise<Load> {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: SECONDS });
  if (result.non2xx > 0) {
    const sample = await fetch(url, { headers });
    console.log(`${url}: ${result.non2xx} answers not 2xx, e.g. ${sample.status} ${(await sample.text()).slice(0, 200)}`);
  }
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'preau-bench-blog-'));
  const flag = join(work, 'capture-on');
  const log = join(work, 'statements.jsonl');
  const preau = await startPreau(
    'bench_blog',
    {
      // As deployed: production mode (the demo academy allowed explicitly), warnings only in the logs.
      NODE_ENV: 'production',
      PREAU_DEMO: '1',
      PREAU_SIGNING_SECRET: randomBytes(32).toString('hex'),
      PREAU_LOG_LEVEL: 'warn',
      // One parent's session under load goes far past the per-session limit that protects real use.
      PREAU_REQUESTS_PER_MINUTE: '10000000',
      NODE_OPTIONS: `--require ${resolve(__dirname, 'support/capture-sql.cjs')}${process.env['BENCH_PROFILE_HOOK'] ? ` --require ${process.env['BENCH_PROFILE_HOOK']}` : ''}`,
      PREAU_BENCH_SQL_FLAG: flag,
      PREAU_BENCH_SQL_LOG: log,
    },
  );
  // A worker for the setup (photos processed), stopped before the measures: nothing else talks to PostgreSQL then.
  const worker = startWorker(preau, { NODE_OPTIONS: '' });
  let raw: ChildProcess | undefined;
  try {
    // A class blog with 24 published articles, each with a photo (as families really see it).
    const teacher = await as(preau.baseUrl, 'ferry.ce2a.prof');
    const classId = teacher.me.classes.find((c) => c.name === 'CE2 A')?.id ?? '';
    const photoIds: string[] = [];
    for (const name of ['gps_DSCN0010.jpg', 'Canon_40D.jpg']) {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(await readFile(resolve(PHOTOS, name)))]), name);
      const response = await fetch(`${preau.baseUrl}/api/v1/media`, { method: 'POST', body: form, headers: { cookie: teacher.cookie ?? '', 'x-csrf-token': teacher.csrfToken ?? '' } });
      photoIds.push(((await response.json()) as { id: string }).id);
    }
    for (;;) {
      const rows = await preau.sql<{ n: string }>(`select count(*) as n from media.item where status = 'processing'`);
      if (Number(rows[0].n) === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    worker.kill('SIGTERM');
    for (let i = 0; i < ARTICLES; i++) {
      const photo = photoIds[i % photoIds.length];
      const answer = await teacher.post(`/classes/${classId}/blog/articles`, {
        title: `Sortie n°${i + 1} : la classe au parc`,
        body: `<p>Aujourd’hui nous sommes allés au parc. ${'Nous avons observé les arbres et les oiseaux. '.repeat(8)}</p><figure data-media-id="${photo}"><img data-media-id="${photo}" alt="La classe au parc"></figure><p>À bientôt !</p>`,
        publish: true,
      });
      if (answer.status !== 201) throw new Error(`article: ${answer.status} ${JSON.stringify(answer.body)}`);
    }

    const parent = await as(preau.baseUrl, 'parent.lea');
    const path = `/api/v1/classes/${classId}/blog/articles?status=published&limit=${PAGE}`;
    const headers = { cookie: parent.cookie ?? '' };
    const check = await fetch(`${preau.baseUrl}${path}`, { headers });
    const page = (await check.json()) as { items: { cover: unknown }[] };
    if (check.status !== 200 || page.items.length !== PAGE) throw new Error(`feed: ${check.status}, ${page.items?.length} items`);

    // Capture the statements of one feed request.
    writeFileSync(flag, '');
    await new Promise((r) => setTimeout(r, 100));
    const sample = await fetch(`${preau.baseUrl}${path}`, { headers });
    const apiBytes = (await sample.arrayBuffer()).byteLength;
    await new Promise((r) => setTimeout(r, 100));
    rmSync(flag);
    const statements: Captured[] = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Captured);

    if (process.env['BENCH_SHOW_SQL']) for (const s of statements) console.log(s.text.replace(/\s+/g, ' ').slice(0, 160));
    raw = spawn(process.execPath, [resolve(__dirname, 'support/raw-feed-server.cjs'), preau.databaseUrl, log], { stdio: ['ignore', 'pipe', 'inherit'] });
    const rawUrl = await new Promise<string>((ok, fail) => {
      raw?.stdout?.once('data', (d: Buffer) => ok(d.toString().trim()));
      raw?.once('exit', (code) => fail(new Error(`raw server exited (${code})`)));
    });

    const rawBytes = (await (await fetch(`${rawUrl}/feed`)).arrayBuffer()).byteLength;
    // Warm both, then alternate short rounds (raw, API, raw, API…): both sides meet the same machine weather.
    await autocannon({ url: `${rawUrl}/feed`, connections: CONNECTIONS, duration: 2 });
    await autocannon({ url: `${preau.baseUrl}${path}`, headers, connections: CONNECTIONS, duration: 2 });
    const rounds: { raw: Load; api: Load }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const rawRound = await load(`${rawUrl}/feed`, {});
      const apiRound = await load(`${preau.baseUrl}${path}`, headers);
      rounds.push({ raw: rawRound, api: apiRound });
    }
    const rawLoad = { rps: median(rounds.map((r) => r.raw.rps)), p99: median(rounds.map((r) => r.raw.p99)) };
    const apiLoad = { rps: median(rounds.map((r) => r.api.rps)), p99: median(rounds.map((r) => r.api.p99)) };
    const ratios = rounds.map((r) => r.api.rps / r.raw.rps);
    const failures = rounds.reduce((n, r) => n + r.raw.errors + r.raw.non2xx + r.api.errors + r.api.non2xx, 0);
    console.log(`families' feed: ${PAGE} published articles with photos (class of ${ARTICLES}), parent's session, ${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s each (medians)`);
    console.log(`SQL statements per request (captured from the API, replayed by the raw handler): ${statements.length}`);
    console.log(`raw Fastify + pg:  ${rawLoad.rps.toFixed(0)} requests/s, p99 ${rawLoad.p99} ms, ${(rawBytes / 1024).toFixed(1)} KiB a response`);
    console.log(`Préau API:         ${apiLoad.rps.toFixed(0)} requests/s, p99 ${apiLoad.p99} ms, ${(apiBytes / 1024).toFixed(1)} KiB a response`);
    console.log(`ratio per round: ${ratios.map((r) => r.toFixed(2)).join(' ')}`);
    console.log(`ratio (median; target >= 0.65): ${median(ratios).toFixed(2)}`);
    if (failures > 0) throw new Error(`${failures} failed requests during the load`);
  } finally {
    worker.kill('SIGKILL');
    raw?.kill('SIGTERM');
    await preau.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
