import { GetSchoolRosterQuery } from '@preau/contracts';
import { DomainError, FixedClock } from '@preau/kernel';
import { FakeBus } from '@preau/platform/testing';
import { ImportRun } from '../../../domain/import-run/import-run';
import { InMemoryImportRunRepository } from '../../../testing/in-memory-import-runs';
import { ferryRoster, SCHOOL } from '../../../testing/roster';
import { GetImportJobQuery } from './get-import-job.query';
import { GetImportJobHandler } from './get-import-job.handler';

describe('GetImportJobHandler', () => {
  /** `administrators`: whom the directory answers the school's roster to. */
  const setup = (administrators: string[]) => {
    const bus = new FakeBus().onQuery(GetSchoolRosterQuery, (q) => {
      if (!administrators.includes(q.actorId)) throw new DomainError('NOT_FOUND', 'No such school.');
      return ferryRoster();
    });
    const runs = new InMemoryImportRunRepository();
    const file = { kind: 'pupils' as const, rows: [], errors: [] };
    runs.add(
      ImportRun.queued(
        'import-1',
        SCHOOL,
        'ferry.direction',
        { file, detachLeaving: false },
        3,
        new FixedClock().now(),
      ),
    );
    return { bus, handler: new GetImportJobHandler(bus.asBus(), runs) };
  };

  it('shows the run to the actor who started it, without asking the directory', async () => {
    const { bus, handler } = setup([]);
    expect(await handler.execute(new GetImportJobQuery('ferry.direction', 'import-1'))).toEqual({
      id: 'import-1',
      schoolId: SCHOOL,
      kind: 'pupils',
      state: 'queued',
      progress: { done: 0, total: 3 },
      report: null,
      failure: null,
    });
    expect(bus.sent).toEqual([]);
  });

  it('shows it to another administrator of the school', async () => {
    const { handler } = setup(['academie.admin']);
    await expect(handler.execute(new GetImportJobQuery('academie.admin', 'import-1'))).resolves.toMatchObject({
      id: 'import-1',
    });
  });

  it.each([['ferry.ce2a.prof'], ['parent.lea'], ['curie.direction']])(
    'answers 404 to %s, who does not administer the school',
    async (who) => {
      const { handler } = setup(['academie.admin']);
      await expect(handler.execute(new GetImportJobQuery(who, 'import-1'))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    },
  );

  it('answers 404 for an import that does not exist', async () => {
    const { handler } = setup([]);
    await expect(handler.execute(new GetImportJobQuery('ferry.direction', 'nope'))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
