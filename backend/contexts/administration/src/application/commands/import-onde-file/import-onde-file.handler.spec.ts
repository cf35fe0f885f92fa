import { ApplyRosterCommand, GetSchoolRosterQuery, OpenAccountsCommand, type SchoolRoster } from '@preau/contracts';
import { DomainError, FixedClock } from '@preau/kernel';
import { FakeBus, recordingOutbox } from '@preau/platform/testing';
import { InMemoryImportRunRepository, RecordingImportJobs } from '../../../testing/in-memory-import-runs';
import { ondeFixture as fixture, ondeReader } from '../../../testing/onde';
import { applied, ferryRoster, SCHOOL } from '../../../testing/roster';
import { DEFAULT_IMPORT_SETTINGS } from '../../import/import-limits';
import { ImportOndeFileCommand } from './import-onde-file.command';
import { ImportOndeFileHandler } from './import-onde-file.handler';

const DIRECTOR = 'ferry.direction';

describe('ImportOndeFileHandler', () => {
  const setup = (start: SchoolRoster = ferryRoster(), settings = DEFAULT_IMPORT_SETTINGS) => {
    let roster = start;
    const bus = new FakeBus()
      .onQuery(GetSchoolRosterQuery, () => structuredClone(roster))
      .onCommand(ApplyRosterCommand, (c) => {
        roster = applied(roster, c.changes);
      })
      .onCommand(OpenAccountsCommand, (c) =>
        c.accounts.map((a) => ({ id: a.id, login: `${a.firstName}.${a.lastName}`.toLowerCase() })),
      );
    const { outbox, published } = recordingOutbox(new FixedClock());
    const runs = new InMemoryImportRunRepository();
    const jobs = new RecordingImportJobs();
    const handler = new ImportOndeFileHandler(
      bus.asBus(),
      outbox,
      ondeReader(),
      runs,
      jobs,
      settings,
      new FixedClock(),
    );
    const run = (file: string, options: { dryRun?: boolean; detachLeaving?: boolean } = {}) =>
      handler.execute(
        new ImportOndeFileCommand(
          DIRECTOR,
          SCHOOL,
          fixture(file),
          options.dryRun ?? false,
          options.detachLeaving ?? false,
        ),
      );
    return { bus, published, runs, jobs, run, roster: () => roster };
  };

  it('a dry run reports what eleves.csv would do and writes nothing', async () => {
    const { bus, published, runs, run } = setup();
    const { report } = await run('eleves.csv', { dryRun: true });
    expect(report).toEqual({
      kind: 'pupils',
      dryRun: true,
      created: 7,
      updated: 0,
      unchanged: 0,
      leaving: 2,
      errors: [],
      leavingPupils: [
        { id: 'lea', displayName: 'Léa Martin', className: 'CE2 A' },
        { id: 'tom', displayName: 'Tom Bernard', className: 'CM2' },
      ],
      newClasses: ['CE2 B', 'CP'],
      detached: false,
    });
    expect(bus.sent.map((m) => m.constructor.name)).toEqual(['GetSchoolRosterQuery']);
    expect(bus.sentOf(GetSchoolRosterQuery)[0]).toMatchObject({ actorId: DIRECTOR, schoolId: SCHOOL });
    expect(published).toEqual([]);
    expect(runs.items.size).toBe(0);
  });

  it("a real run sends one ApplyRosterCommand and opens the new pupils' accounts, records the run and publishes ImportApplied", async () => {
    const { bus, published, runs, run, roster } = setup();
    const { report } = await run('eleves.csv');
    expect(report).toMatchObject({ dryRun: false, created: 7, leaving: 2, detached: false });
    const [apply] = bus.sentOf(ApplyRosterCommand);
    expect(bus.sentOf(ApplyRosterCommand)).toHaveLength(1);
    expect(apply.changes.leavingPupilIds).toEqual([]);
    expect(apply.changes.classes.map((c) => [c.name, c.levels])).toEqual([
      ['CE2 B', ['CE2']],
      ['CP', ['CP']],
    ]);
    // The CM2 pupils go into the school's own CM2.
    const adam = apply.changes.pupils.find((p) => p.firstName === 'Adam');
    expect(adam).toMatchObject({ classId: 'class-cm2', isNew: true, ine: '070123460EE', birthDate: '2015-09-09' });
    const [open] = bus.sentOf(OpenAccountsCommand);
    expect(open.accounts.map((a) => [a.displayName, a.role])).toContainEqual(['Chloé Leroy', 'PUPIL']);
    expect(open.accounts.find((a) => a.firstName === 'Zoé')).toMatchObject({
      lastName: 'Moreau',
      displayName: 'Zoé Moreau',
    });
    expect(open.accounts.map((a) => a.id).sort()).toEqual(apply.changes.pupils.map((p) => p.id).sort());
    expect(roster().pupils).toHaveLength(9);
    expect(published.map((m) => [m.type, m.payload])).toEqual([
      [
        'administration.import-applied',
        expect.objectContaining({
          schoolId: SCHOOL,
          actorId: DIRECTOR,
          kind: 'pupils',
          created: 7,
          updated: 0,
          detached: 0,
        }),
      ],
    ]);
    const [recorded] = runs.items.values();
    expect(recorded.view()).toMatchObject({ state: 'done', schoolId: SCHOOL, report });
  });

  it('re-importing the same file changes nothing: every pupil unchanged, no duplicate, no command', async () => {
    const { bus, run } = setup();
    await run('eleves.csv');
    const sent = bus.sent.length;
    const { report } = await run('eleves-utf8-bom.csv');
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 7, leaving: 2, newClasses: [] });
    expect(bus.sent.slice(sent).map((m) => m.constructor.name)).toEqual(['GetSchoolRosterQuery']);
  });

  it('matches by name and birth date when the school does not know the INE yet, and moves a pupil to the class the file names', async () => {
    const start = ferryRoster();
    start.pupils.push({
      id: 'chloe',
      ine: null,
      firstName: 'Chloé',
      lastName: 'LEROY',
      usualName: null,
      birthDate: '2017-03-14',
      classId: 'class-cm2',
    });
    const { bus, run } = setup(start);
    const { report } = await run('eleves.csv');
    expect(report).toMatchObject({ created: 6, updated: 1, leaving: 2 });
    const chloe = bus.sentOf(ApplyRosterCommand)[0].changes.pupils.find((p) => p.id === 'chloe');
    expect(chloe).toMatchObject({ isNew: false, ine: '070123456AA', lastName: 'Leroy' });
    const ce2b = bus.sentOf(ApplyRosterCommand)[0].changes.classes.find((c) => c.name === 'CE2 B');
    expect(chloe?.classId).toBe(ce2b?.id);
    expect(bus.sentOf(OpenAccountsCommand)[0].accounts.map((a) => a.id)).not.toContain('chloe');
  });

  it('detaches leaving pupils only when asked', async () => {
    const { bus, published, run } = setup();
    const { report } = await run('eleves.csv', { detachLeaving: true });
    expect(report).toMatchObject({ leaving: 2, detached: true });
    expect(bus.sentOf(ApplyRosterCommand)[0].changes.leavingPupilIds.sort()).toEqual(['lea', 'tom']);
    expect(published[0].payload).toMatchObject({ detached: 2 });
  });

  it('a dry run never detaches, even asked', async () => {
    const { bus, run } = setup();
    const { report } = await run('eleves.csv', { dryRun: true, detachLeaving: true });
    expect(report).toMatchObject({ leaving: 2, detached: false });
    expect(bus.sentOf(ApplyRosterCommand)).toEqual([]);
  });

  it('imports the good lines of eleves-with-errors.csv and reports the others with their lines', async () => {
    const { bus, run } = setup();
    const { report } = await run('eleves-with-errors.csv');
    expect(report?.created).toBe(2);
    expect(report?.errors.map((e) => e.line)).toEqual([4, 5, 6, 7, 8]);
    expect(bus.sentOf(ApplyRosterCommand)[0].changes.pupils.map((p) => p.firstName)).toEqual(['Chloé', 'Moussa']);
  });

  it('links guardians to each of their children (two children, two guardians of one child), and re-importing changes nothing', async () => {
    const { bus, run, roster } = setup();
    await run('eleves.csv');
    const { report } = await run('responsables.csv');
    expect(report).toMatchObject({ kind: 'guardians', created: 8, updated: 0, unchanged: 0, errors: [], leaving: 0 });
    const guardians = bus.sentOf(ApplyRosterCommand)[1].changes.guardians;
    const byName = (first: string) => guardians.find((g) => g.firstName === first);
    const pupil = (first: string) => roster().pupils.find((p) => p.firstName === first)?.id;
    expect(byName('Sophie')).toMatchObject({ lastName: 'Leroy', email: 'sophie.leroy@example.org', isNew: true });
    expect(byName('Sophie')?.childIds).toEqual([pupil('Chloé'), pupil('Adam')]);
    expect(byName('Karim')?.childIds).toEqual([pupil('Chloé'), pupil('Adam')]);
    expect(byName('Éric')?.childIds).toEqual([pupil('Zoé')]);
    expect(byName('Hélène')?.childIds).toEqual([pupil('Zoé')]);
    const parents = bus.sentOf(OpenAccountsCommand)[1].accounts;
    expect(parents.map((a) => a.role)).toEqual(Array(8).fill('PARENT'));

    const again = await run('responsables-utf8-bom.csv');
    expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 8 });
    expect(bus.sentOf(ApplyRosterCommand)).toHaveLength(2);
  });

  it('links a known guardian found by e-mail to a new child, and reports a guardian whose child the school lacks', async () => {
    const start = ferryRoster();
    start.guardians.push({
      id: 'sophie',
      firstName: 'Sophie',
      lastName: 'Leroy-Durand',
      email: 'sophie.leroy@example.org',
      childIds: [],
    });
    const { bus, run } = setup(start);
    await run('eleves.csv');
    const { report } = await run('responsables.csv');
    expect(report).toMatchObject({ created: 7, updated: 1 });
    expect(bus.sentOf(ApplyRosterCommand)[1].changes.guardians.find((g) => g.id === 'sophie')).toMatchObject({
      isNew: false,
      lastName: 'Leroy',
    });

    const empty = setup();
    const alone = await empty.run('responsables.csv');
    expect(alone.report?.created).toBe(0);
    expect(alone.report?.errors[0]).toEqual({
      line: 2,
      message: expect.stringMatching(/Enfants introuvables.*Chloé Leroy \(CE2 B\), Adam Leroy \(CM2\)/),
    });
    expect(alone.report?.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('above the threshold, a real run is queued for the worker and answers its job; a dry run still answers at once', async () => {
    const { bus, jobs, runs, run } = setup(ferryRoster(), { ...DEFAULT_IMPORT_SETTINGS, jobThresholdRows: 5 });
    const dry = await run('eleves.csv', { dryRun: true });
    expect(dry.report?.created).toBe(7);
    const { job } = await run('eleves.csv', { detachLeaving: true });
    expect(job).toMatchObject({
      schoolId: SCHOOL,
      kind: 'pupils',
      state: 'queued',
      progress: { done: 0, total: 3 },
      report: null,
      failure: null,
    });
    expect(jobs.enqueued).toEqual([job?.id]);
    expect(runs.items.get(job?.id ?? '')?.input).toMatchObject({ detachLeaving: true, file: { kind: 'pupils' } });
    expect(bus.sentOf(ApplyRosterCommand)).toEqual([]);
  });

  it('asks the directory first: someone who may not import into the school is refused before the file is read', async () => {
    const bus = new FakeBus().onQuery(GetSchoolRosterQuery, () => {
      throw new DomainError('NOT_FOUND', 'No such school.');
    });
    const handler = new ImportOndeFileHandler(
      bus.asBus(),
      recordingOutbox().outbox,
      ondeReader(),
      new InMemoryImportRunRepository(),
      new RecordingImportJobs(),
      DEFAULT_IMPORT_SETTINGS,
      new FixedClock(),
    );
    await expect(
      handler.execute(new ImportOndeFileCommand('parent.lea', SCHOOL, Buffer.from([0, 1, 2]), false, false)),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(bus.sent).toHaveLength(1);
  });

  it('refuses a file with a missing column whole, naming it', async () => {
    const { bus, run } = setup();
    await expect(run('eleves-missing-column.csv')).rejects.toMatchObject({
      code: 'ONDE_COLUMN_MISSING',
      message: expect.stringContaining('Prénom élève'),
    });
    expect(bus.sentOf(ApplyRosterCommand)).toEqual([]);
  });
});
