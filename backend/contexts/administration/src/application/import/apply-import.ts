import { AdministrationEvents, ApplyRosterCommand, type ImportReport, OpenAccountsCommand } from '@preau/contracts';
import type { Bus, Outbox } from '@preau/platform';
import type { ImportPlan } from './import-plan';

/** Whether a plan changes anything at all (a re-import of the same file does not). */
export function changesAnything(plan: ImportPlan): boolean {
  const c = plan.changes;
  return c.classes.length + c.pupils.length + c.guardians.length + c.leavingPupilIds.length > 0;
}

/**
 * A real run, inside the caller's unit of work (the bus joins nested commands: the file is applied whole or not at
 * all): ONE ApplyRosterCommand to the directory, then ONE OpenAccountsCommand to identity for the new people
 * (their accounts share their ids). `step` is told after each, for a job's progress.
 */
export async function applyPlan(
  bus: Bus,
  outbox: Outbox,
  run: { importId: string; actorId: string; schoolId: string },
  plan: ImportPlan,
  step: (done: number) => Promise<void> = async () => undefined,
): Promise<ImportReport> {
  if (changesAnything(plan)) await bus.command(new ApplyRosterCommand(run.actorId, run.schoolId, plan.changes));
  await step(2);
  if (plan.accounts.length) await bus.command(new OpenAccountsCommand(plan.accounts));
  const detached = plan.changes.leavingPupilIds.length;
  const report: ImportReport = { ...plan.report, dryRun: false, detached: detached > 0 };
  outbox.publish(AdministrationEvents.ImportApplied, {
    importId: run.importId,
    schoolId: run.schoolId,
    actorId: run.actorId,
    kind: report.kind,
    created: report.created,
    updated: report.updated,
    detached,
  });
  return report;
}

/** The steps a job reports: matched, roster applied, accounts opened. */
export const IMPORT_JOB_STEPS = 3;
