import { HttpEvent, HttpEventType, HttpResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ImportJobView, ImportReport } from '@preau/contracts';
import { Observable, firstValueFrom, timer } from 'rxjs';
import { errorMessageKey, problemOf, retryAfterMinutes } from '../../shared/http/problem';
import { IMPORT_POLL_MS, ImportApi, familyLettersUrl, loginSheetsUrl } from '../data-access/import-api';

/** The wizard's steps, in order: the stepper shows them; focus goes to each one's heading. */
const STAGES = ['file', 'report', 'progress', 'summary'] as const;
type Stage = (typeof STAGES)[number];

/** A message for the person: a translation key and its parameters. */
interface Message {
  key: string;
  params?: Record<string, unknown>;
}

/** Where a run stands: sending the file (percent, or null when the browser does not say), then the job's progress. */
type RunProgress =
  | { phase: 'uploading'; percent: number | null }
  | { phase: 'queued' }
  | { phase: 'running'; done: number; total: number };

/** The refusals of an import file, in plain French (the server's codes: the ONDE adapter's and the platform's). */
function fileErrorOf(error: unknown): Message {
  const problem = problemOf(error);
  switch (problem?.code) {
    case 'ONDE_COLUMN_MISSING': {
      const columns = Array.isArray(problem['columns']) ? (problem['columns'] as unknown[]).map(String) : [];
      return { key: 'adminImport.errors.missingColumn', params: { column: columns.join(' », « ') || '?' } };
    }
    case 'ONDE_NOT_CSV':
    case 'ONDE_UNKNOWN_FORMAT':
    case 'UNSUPPORTED_MEDIA_TYPE':
      return { key: 'adminImport.file.notCsv' };
    case 'PAYLOAD_TOO_LARGE':
      return { key: 'adminImport.file.tooLarge' };
  }
  if ((error as { status?: number } | null)?.status === 413) return { key: 'adminImport.file.tooLarge' };
  return { key: errorMessageKey(error), params: { minutes: retryAfterMinutes(error) ?? 1 } };
}

/** A CSV by its name or its type (ONDE's files are `.csv`; browsers name their type differently). */
function looksLikeCsv(file: File): boolean {
  return /\.csv$/i.test(file.name) || file.type === 'text/csv';
}

function isJob(body: ImportReport | ImportJobView): body is ImportJobView {
  return 'state' in body && 'progress' in body;
}

/**
 * The ONDE import wizard (issue 11; docs/product/brief.md, administration console): choose the file → the dry
 * run's report (counts, refused lines, leaving pupils) → confirm → progress → summary with the papers to print.
 * Keyboard alone: a real file input, each step's heading takes the focus, progress is announced.
 */
@Component({
  selector: 'preau-import-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatIconModule,
    MatProgressBarModule,
    MatStepperModule,
    MatTableModule,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './import-page.html',
  styleUrl: './import-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage {
  private readonly api = inject(ImportApi);
  private readonly pollMs = inject(IMPORT_POLL_MS);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly stepper = viewChild.required(MatStepper);
  private destroyed = false;
  /** Set once the wizard has left its first step: from then on each step's heading takes the focus. */
  private moved = false;

  /** From the route (`/admin/schools/:schoolId/import`). */
  readonly schoolId = input.required<string>();

  protected readonly stage = signal<Stage>('file');
  protected readonly index = computed(() => STAGES.indexOf(this.stage()));
  protected readonly file = signal<File | null>(null);
  protected readonly sizeKb = computed(() => Math.max(1, Math.round((this.file()?.size ?? 0) / 1024)));
  protected readonly dragging = signal(false);
  protected readonly busy = signal(false);
  protected readonly fileError = signal<Message | null>(null);
  protected readonly progress = signal<RunProgress | null>(null);
  protected readonly dryRun = signal<ImportReport | null>(null);
  protected readonly detachLeaving = signal(false);
  protected readonly result = signal<ImportReport | null>(null);
  protected readonly failure = signal<Message | null>(null);
  protected readonly errorColumns = ['line', 'message'];
  protected readonly loginSheets = computed(() => loginSheetsUrl(this.schoolId()));
  protected readonly familyLetters = computed(() => familyLettersUrl(this.schoolId()));
  /** What the polite live region says of the progress (each change is announced once). */
  protected readonly progressText = computed<Message | null>(() => {
    const p = this.progress();
    if (!p) return null;
    if (p.phase === 'uploading')
      return p.percent === null
        ? { key: 'adminImport.progress.sending' }
        : { key: 'adminImport.progress.uploading', params: { percent: p.percent } };
    if (p.phase === 'queued') return { key: 'adminImport.progress.queued' };
    return { key: 'adminImport.progress.running', params: { done: p.done, total: p.total } };
  });
  protected readonly percent = computed(() => {
    const p = this.progress();
    if (!p || p.phase === 'queued') return null;
    if (p.phase === 'uploading') return p.percent;
    return p.total > 0 ? Math.round((100 * p.done) / p.total) : null;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
  }

  protected choose(input: HTMLInputElement): void {
    this.select(input.files?.item(0) ?? null);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    this.select(event.dataTransfer?.files.item(0) ?? null);
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  private select(file: File | null): void {
    this.file.set(file);
    this.fileError.set(file && !looksLikeCsv(file) ? { key: 'adminImport.file.notCsv' } : null);
  }

  /** Step 1 → 2: the dry run (nothing changes on the server). */
  protected async check(): Promise<void> {
    const file = this.file();
    if (this.busy()) return;
    if (!file) return this.fileError.set({ key: 'adminImport.file.required' });
    if (!looksLikeCsv(file)) return this.fileError.set({ key: 'adminImport.file.notCsv' });
    this.busy.set(true);
    this.fileError.set(null);
    try {
      const report = await this.run(file, true);
      if (!report) return;
      this.dryRun.set(report);
      this.detachLeaving.set(false);
      this.goTo('report');
    } catch (error) {
      this.fileError.set(error instanceof RunFailed ? error.failure : fileErrorOf(error));
    } finally {
      this.busy.set(false);
      this.progress.set(null);
    }
  }

  /** Step 2 → 3 → 4: the import for real, with the leaving pupils detached only when the box is ticked. */
  protected async confirm(): Promise<void> {
    const file = this.file();
    if (!file || this.busy()) return;
    this.busy.set(true);
    this.failure.set(null);
    this.progress.set({ phase: 'uploading', percent: null });
    this.goTo('progress');
    try {
      const report = await this.run(file, false);
      if (!report) return;
      this.result.set(report);
      this.goTo('summary');
    } catch (error) {
      this.failure.set(error instanceof RunFailed ? error.failure : fileErrorOf(error));
      this.focusHeading();
    } finally {
      this.busy.set(false);
    }
  }

  /** Back to step 1, to choose another file (or try again after a failure). */
  protected restart(): void {
    this.file.set(null);
    this.dryRun.set(null);
    this.result.set(null);
    this.failure.set(null);
    this.progress.set(null);
    this.detachLeaving.set(false);
    this.goTo('file');
  }

  protected onStepAnimationDone(): void {
    if (this.moved) this.focusHeading();
  }

  /** Sends the file and follows the job of a large one → its report; null when the page was left meanwhile. */
  private async run(file: File, dryRun: boolean): Promise<ImportReport | null> {
    const query = {
      dryRun: String(dryRun) as 'true' | 'false',
      detachLeaving: String(!dryRun && this.detachLeaving()) as 'true' | 'false',
    };
    this.progress.set({ phase: 'uploading', percent: null });
    const answer = await this.lastResponse(this.api.upload(this.schoolId(), file, query));
    if (this.destroyed) return null;
    const body = answer.body;
    if (!body) throw new RunFailed({ key: 'adminImport.progress.failedUnknown' });
    if (!isJob(body)) return body;
    let job: ImportJobView = body;
    for (;;) {
      this.showJob(job);
      if (job.state === 'done' && job.report) return job.report;
      if (job.state === 'failed' || job.state === 'done')
        throw new RunFailed(
          job.failure
            ? { key: 'adminImport.progress.failed', params: { reason: job.failure } }
            : { key: 'adminImport.progress.failedUnknown' },
        );
      await firstValueFrom(timer(this.pollMs));
      if (this.destroyed) return null;
      job = await firstValueFrom(this.api.job(job.id));
      if (this.destroyed) return null;
    }
  }

  private showJob(job: ImportJobView): void {
    this.progress.set(
      job.state === 'queued'
        ? { phase: 'queued' }
        : { phase: 'running', done: job.progress.done, total: job.progress.total },
    );
  }

  /** Follows the upload's progress events → the final response. */
  private lastResponse<T>(events: Observable<HttpEvent<T>>): Promise<HttpResponse<T>> {
    return new Promise((resolve, reject) => {
      let last: HttpResponse<T> | null = null;
      events.subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) {
            const percent = event.total ? Math.round((100 * event.loaded) / event.total) : null;
            this.progress.set({ phase: 'uploading', percent });
          } else if (event.type === HttpEventType.Response) {
            last = event;
          }
        },
        error: reject,
        complete: () => (last ? resolve(last) : reject(new Error('No response'))),
      });
    });
  }

  private goTo(stage: Stage): void {
    this.moved = true;
    this.stage.set(stage);
    // After the render: the steps before are marked completed, so the linear stepper lets us in.
    afterNextRender(
      () => {
        this.stepper().selectedIndex = STAGES.indexOf(stage);
        this.focusHeading();
      },
      { injector: this.injector },
    );
  }

  /** Each step announces itself: its heading takes the focus. */
  private focusHeading(): void {
    const heading = this.host.nativeElement.querySelector<HTMLElement>(`#import-step-${this.stage()}`);
    heading?.focus();
  }
}

/** A run that ended in a failure already put into words. */
class RunFailed extends Error {
  constructor(readonly failure: Message) {
    super(failure.key);
  }
}
