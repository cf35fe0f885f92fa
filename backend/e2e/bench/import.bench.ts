/**
 * `npm run bench:import`: a 300-pupil school comes in (docs/product/brief.md: "A 300-pupil school imports in under
 * 10 s on this machine"). Generates an ONDE pupils extraction of BENCH_PUPILS pupils (300) in 12 classes and its
 * guardians extraction (one guardian a pupil, every fifth with a second child), then, as Jules Ferry's director,
 * times: the dry run of each file, and each real import until its report is there (above the job threshold the
 * real run answers 202 and the worker applies it: the time is until GET /admin/imports/:id says done).
 *
 * Against a fresh server of its own (built api + worker, demo academy), or an already running one with
 * BENCH_BASE_URL=http://host:port (the demo academy must be there, and Jules Ferry not imported yet). First a warm-up
 * job (the academy administrator imports a 200-pupil file into Marie Curie) so that the worker is up and warm: the
 * worker process starts beside the API and may still be booting when the API answers its first request.
 */
import type { ImportJobView, ImportReport, MeResponse } from '@preau/contracts';
import { type ApiClient, as } from '../src/support/client';
import { ondeGuardiansFile, ondePupilsFile } from '../src/administration/onde-files';
import { type PreauServer, startPreau } from '../src/support/preau-server';

const PUPILS = Number(process.env['BENCH_PUPILS'] ?? 300);
const TARGET_SECONDS = 10;

async function post(
  client: ApiClient,
  schoolId: string,
  file: Buffer,
  query: string,
): Promise<{ status: number; body: ImportReport | ImportJobView }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), 'onde.csv');
  const response = await fetch(`${client.baseUrl}/api/v1/admin/schools/${schoolId}/imports?${query}`, {
    method: 'POST',
    body: form,
    headers: { cookie: client.cookie ?? '', 'x-csrf-token': client.csrfToken ?? '' },
  });
  const body = (await response.json()) as ImportReport | ImportJobView;
  if (response.status !== 200 && response.status !== 202)
    throw new Error(`import: ${response.status} ${JSON.stringify(body)}`);
  return { status: response.status, body };
}

/** The report, at once (200) or once the job is done (202, polled every 50 ms). */
async function importAndWait(
  client: ApiClient,
  schoolId: string,
  file: Buffer,
  query: string,
): Promise<{ seconds: number; report: ImportReport; job: boolean }> {
  const start = process.hrtime.bigint();
  const answer = await post(client, schoolId, file, query);
  let report: ImportReport | null = answer.status === 200 ? (answer.body as ImportReport) : null;
  while (!report) {
    await new Promise((r) => setTimeout(r, 50));
    const job = (await client.get<ImportJobView>(`/admin/imports/${(answer.body as ImportJobView).id}`)).body;
    if (job.state === 'failed') throw new Error(`import job failed: ${job.failure}`);
    if (job.state === 'done') report = job.report;
  }
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, report, job: answer.status === 202 };
}

const line = (what: string, r: { seconds: number; report: ImportReport; job: boolean }) =>
  console.log(
    `${what.padEnd(30)} ${r.seconds.toFixed(2).padStart(6)} s  created ${r.report.created}, updated ${r.report.updated}, unchanged ${r.report.unchanged}, errors ${r.report.errors.length}${r.job ? ' (job)' : ''}`,
  );

async function main(): Promise<void> {
  const own: PreauServer | null = process.env['BENCH_BASE_URL']
    ? null
    : await startPreau('bench_import', { PREAU_LOG_LEVEL: 'warn' }, { withWorker: true });
  try {
    const baseUrl = own?.baseUrl ?? (process.env['BENCH_BASE_URL'] as string);
    const director = (await as(baseUrl, 'ferry.direction')) as ApiClient & { me: MeResponse };
    const ferry = director.me.schools[0].id;
    const admin = (await as(baseUrl, 'academie.admin')) as ApiClient & { me: MeResponse };
    const curie = admin.me.schools.find((s) => s.id !== ferry)?.id;
    if (curie)
      line(
        'warm-up (Marie Curie, 200)',
        await importAndWait(admin, curie, ondePupilsFile(200, 10_000), 'dryRun=false'),
      );
    const pupils = ondePupilsFile(PUPILS);
    const guardians = ondeGuardiansFile(PUPILS);
    console.log(
      `ONDE files: ${PUPILS} pupils (${pupils.length} bytes), ${PUPILS} guardians (${guardians.length} bytes)`,
    );

    const dryPupils = await importAndWait(director, ferry, pupils, 'dryRun=true');
    line('pupils, dry run', dryPupils);
    const realPupils = await importAndWait(director, ferry, pupils, 'dryRun=false');
    line('pupils, for real', realPupils);
    const dryGuardians = await importAndWait(director, ferry, guardians, 'dryRun=true');
    line('guardians, dry run', dryGuardians);
    const realGuardians = await importAndWait(director, ferry, guardians, 'dryRun=false');
    line('guardians, for real', realGuardians);
    const again = await importAndWait(director, ferry, pupils, 'dryRun=false');
    line('pupils again (all unchanged)', again);

    const total = realPupils.seconds + realGuardians.seconds;
    console.log(
      `a ${PUPILS}-pupil school (pupils + guardians, for real): ${total.toFixed(2)} s (target < ${TARGET_SECONDS} s): ${total < TARGET_SECONDS ? 'OK' : 'TOO SLOW'}`,
    );
  } finally {
    await own?.stop();
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
