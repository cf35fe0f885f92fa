import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ImportJobView, ImportReport } from '@preau/contracts';
import { setUpComponentTest, settle, text, waitFor } from '../../../testing';
import { IMPORT_POLL_MS } from '../data-access/import-api';
import { ImportPage } from './import-page';

const IMPORTS = '/api/v1/admin/schools/s1/imports';

function report(over: Partial<ImportReport> = {}): ImportReport {
  return {
    kind: 'pupils',
    dryRun: true,
    created: 24,
    updated: 3,
    unchanged: 180,
    leaving: 2,
    errors: [
      { line: 7, message: "Colonne « Date naissance » : « 31/02/2017 » n'existe pas." },
      { line: 12, message: 'Colonne « Nom élève » : une cellule ne peut pas commencer par =, +, - ou @.' },
    ],
    leavingPupils: [
      { id: 'p1', displayName: 'Jules Martin', className: 'CM2 A' },
      { id: 'p2', displayName: 'Inès Petit', className: null },
    ],
    newClasses: ['CP B'],
    detached: false,
    ...over,
  };
}

function job(over: Partial<ImportJobView> = {}): ImportJobView {
  return {
    id: 'j1',
    schoolId: 's1',
    kind: 'pupils',
    state: 'running',
    progress: { done: 0, total: 1200 },
    report: null,
    failure: null,
    ...over,
  };
}

describe('ImportPage', () => {
  let backend: HttpTestingController;

  async function render() {
    setUpComponentTest({
      imports: [ImportPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: IMPORT_POLL_MS, useValue: 1000 },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ImportPage);
    fixture.componentRef.setInput('schoolId', 's1');
    await settle();
    const el = fixture.nativeElement as HTMLElement;
    const choose = async (file: File) => {
      const input = el.querySelector('input[type=file]') as HTMLInputElement;
      Object.defineProperty(input, 'files', { value: { item: () => file, length: 1 }, configurable: true });
      input.dispatchEvent(new Event('change'));
      await settle();
    };
    const click = async (selector: string) => {
      (el.querySelector(selector) as HTMLElement).click();
      await settle();
    };
    return { fixture, el, choose, click };
  }

  const csv = (name = 'eleves.csv', size = 10) => new File(['x'.repeat(size)], name, { type: 'text/csv' });

  function expectImport(dryRun: boolean, detachLeaving: boolean): TestRequest {
    const req = backend.expectOne((r) => r.url === IMPORTS);
    expect(req.request.method).toBe('POST');
    expect(req.request.params.get('dryRun')).toBe(String(dryRun));
    expect(req.request.params.get('detachLeaving')).toBe(String(detachLeaving));
    expect(req.request.reportProgress).toBe(true);
    expect((req.request.body as FormData).get('file')).toBeInstanceOf(File);
    return req;
  }

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  it('offers a real file input, labelled, that the keyboard reaches', async () => {
    const { el } = await render();
    const input = el.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.id).toBe('import-file');
    expect(text(el.querySelector('label[for=import-file]'))).toBe("Fichier CSV exporté d'ONDE");
    expect(input.tabIndex).not.toBe(-1);
    // The page opens as any other; focus moves only once the wizard moves on.
    expect(document.activeElement?.id).not.toBe('import-step-file');
  });

  it('runs the dry run, shows its report, then imports for real with the leaving pupils detached when asked', async () => {
    const { el, choose, click } = await render();
    await choose(csv());
    expect(text(el.querySelector('#import-file-chosen'))).toContain('eleves.csv');
    await click('button.check');
    expectImport(true, false).flush(report());
    await settle();

    await waitFor(() => expect(document.activeElement?.id).toBe('import-step-report'));
    const counts = Array.from(el.querySelectorAll('.counts > div')).map(
      (d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`,
    );
    expect(counts).toEqual(['Nouveaux: 24', 'Modifiés: 3', 'Inchangés: 180', "Quittent l'école: 2"]);
    expect(text(el)).toContain('Classes qui seront créées : CP B');
    const rows = Array.from(el.querySelectorAll('table.errors tr.mat-mdc-row')).map((r) =>
      Array.from(r.querySelectorAll('td')).map((td) => text(td)),
    );
    expect(rows).toEqual([
      ['7', expect.stringMatching(/^Colonne « Date naissance »/)],
      ['12', expect.stringMatching(/^Colonne « Nom élève »/)],
    ]);
    expect(Array.from(el.querySelectorAll('table.errors th')).map((th) => text(th))).toEqual(['Ligne', 'Problème']);
    expect(text(el.querySelector('.leaving'))).toContain('Jules Martin (CM2 A)');
    expect(text(el.querySelector('.leaving'))).toContain('Inès Petit (sans classe)');
    const box = el.querySelector('.detach input[type=checkbox]') as HTMLInputElement;
    expect(text(el.querySelector('.detach'))).toContain("Détacher ces élèves qui quittent l'école");
    expect(box.checked).toBe(false);

    box.click();
    await settle();
    await click('button.confirm');
    expectImport(false, true).flush(report({ dryRun: false, detached: true }));
    await settle();

    await waitFor(() => expect(document.activeElement?.id).toBe('import-step-summary'));
    expect(text(el.querySelector('.done'))).toBe('24 créés, 3 modifiés, 180 inchangés.');
    expect(text(el)).toContain("2 élèves détachés de l'école.");
    expect(el.querySelector('a.login-sheets')?.getAttribute('href')).toBe('/api/v1/admin/schools/s1/login-sheets.pdf');
    expect(el.querySelector('a.family-letters')?.getAttribute('href')).toBe(
      '/api/v1/admin/schools/s1/family-letters.pdf',
    );
  });

  it('keeps the leaving pupils unless the box is ticked', async () => {
    const { el, choose, click } = await render();
    await choose(csv());
    await click('button.check');
    expectImport(true, false).flush(report());
    await settle();
    await click('button.confirm');
    expectImport(false, false).flush(report({ dryRun: false }));
    await settle();
    await waitFor(() => expect(text(el)).toContain("2 élèves absents du fichier restent dans l'école."));
  });

  it('follows a large import as a job: a progress bar fed by polling every second, announced', async () => {
    const { el, choose, click } = await render();
    await choose(csv('gros.csv', 2000));
    await click('button.check');
    expectImport(true, false).flush(report({ errors: [] }));
    await settle();
    await click('button.confirm');

    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    expectImport(false, false).flush(job({ state: 'queued' }), { status: 202, statusText: 'Accepted' });
    await jest.advanceTimersByTimeAsync(50);
    expect(text(el.querySelector('.progress-text[aria-live=polite]'))).toBe("L'import va commencer…");
    backend.expectNone('/api/v1/admin/imports/j1');

    await jest.advanceTimersByTimeAsync(950);
    backend.expectOne('/api/v1/admin/imports/j1').flush(job({ progress: { done: 600, total: 1200 } }));
    await jest.advanceTimersByTimeAsync(50);
    expect(text(el.querySelector('.progress-text[aria-live=polite]'))).toBe('Import : 600 sur 1200 lignes');
    expect(el.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('50');

    await jest.advanceTimersByTimeAsync(950);
    backend.expectOne('/api/v1/admin/imports/j1').flush(
      job({
        state: 'done',
        progress: { done: 1200, total: 1200 },
        report: report({ dryRun: false, created: 1200, errors: [] }),
      }),
    );
    await jest.advanceTimersByTimeAsync(50);
    jest.useRealTimers();
    await settle();
    await waitFor(() => expect(text(el.querySelector('.done'))).toBe('1200 créés, 3 modifiés, 180 inchangés.'));
  });

  it('shows the upload progress, then a dry run that runs as a job too', async () => {
    const { el, choose, click } = await render();
    await choose(csv('gros.csv', 2000));
    await click('button.check');
    const req = expectImport(true, false);
    req.event({ type: HttpEventType.UploadProgress, loaded: 500, total: 2000 });
    await settle();
    expect(text(el.querySelector('.progress[role=status] p'))).toBe('Envoi du fichier : 25 %');

    jest.useFakeTimers({ doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    req.flush(job({ progress: { done: 10, total: 1200 } }), { status: 202, statusText: 'Accepted' });
    await jest.advanceTimersByTimeAsync(50);
    expect(text(el.querySelector('.progress[role=status] p'))).toBe('Import : 10 sur 1200 lignes');
    await jest.advanceTimersByTimeAsync(950);
    backend.expectOne('/api/v1/admin/imports/j1').flush(job({ state: 'done', report: report() }));
    await jest.advanceTimersByTimeAsync(50);
    jest.useRealTimers();
    await settle();
    await waitFor(() => expect(document.activeElement?.id).toBe('import-step-report'));
    expect(el.querySelectorAll('table.errors tr.mat-mdc-row').length).toBe(2);
  });

  it('says when a job fails, and lets start again', async () => {
    const { el, choose, click } = await render();
    await choose(csv());
    await click('button.check');
    expectImport(true, false).flush(report());
    await settle();
    await click('button.confirm');
    expectImport(false, false).flush(job({ state: 'failed', failure: 'la base de données ne répond pas' }), {
      status: 202,
      statusText: 'Accepted',
    });
    await settle();
    expect(text(el.querySelector('[aria-live=assertive] .error-message'))).toContain(
      "L'import a échoué : la base de données ne répond pas",
    );
    await click('button.retry');
    await waitFor(() => expect(document.activeElement?.id).toBe('import-step-file'));
  });

  it('names a missing column in plain French', async () => {
    const { el, choose, click } = await render();
    await choose(csv());
    await click('button.check');
    expectImport(true, false).flush(
      { type: 'about:blank', title: 'x', status: 400, code: 'ONDE_COLUMN_MISSING', columns: ['Date naissance'] },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(el.querySelector('#import-file-error span'))).toBe(
      'Il manque la colonne « Date naissance » dans ce fichier. Exportez de nouveau depuis ONDE sans modifier les colonnes.',
    );
    expect(el.querySelector('.counts')).toBeNull();
  });

  it('refuses a file that is not a CSV before sending it', async () => {
    const { el, choose, click } = await render();
    await choose(new File(['%PDF'], 'eleves.pdf', { type: 'application/pdf' }));
    expect(text(el.querySelector('#import-file-error span'))).toContain("Ce fichier n'est pas un fichier CSV.");
    await click('button.check');
    backend.expectNone(() => true);
  });

  it('says when the server finds it is not a CSV, or too large', async () => {
    const { el, choose, click } = await render();
    await choose(csv());
    await click('button.check');
    expectImport(true, false).flush(
      { type: 'about:blank', title: 'x', status: 400, code: 'ONDE_NOT_CSV' },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(text(el.querySelector('#import-file-error span'))).toContain("Ce fichier n'est pas un fichier CSV.");

    await click('button.check');
    expectImport(true, false).flush(
      { type: 'about:blank', title: 'x', status: 413, code: 'PAYLOAD_TOO_LARGE' },
      { status: 413, statusText: 'Too Large' },
    );
    await settle();
    expect(text(el.querySelector('#import-file-error span'))).toBe('Ce fichier est trop gros pour un import.');
  });

  it('asks for a file first', async () => {
    const { el, click } = await render();
    await click('button.check');
    expect(text(el.querySelector('#import-file-error span'))).toBe("Choisissez d'abord un fichier.");
  });
});
