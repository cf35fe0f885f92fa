import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal, viewChild } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { MediaItemView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { formatDuration, formatSize } from '../data-access/media-labels';
import { SoundRecorder, canRecordSound } from '../data-access/sound-recorder';
import { UploadEntry, UploadQueue } from '../data-access/upload-queue';
import { LinkDialog } from './link-dialog';

/** Phones and tablets (a finger, not a mouse): offer the camera. */
function hasTouchScreen(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}

/**
 * Sending files to the library: a drop zone with a button alternative, the camera and the microphone
 * on devices that have them, a link; then each file's progress and processing state, announced in a
 * polite live region. Uses the `UploadQueue` of the page or picker around it.
 */
@Component({
  selector: 'preau-upload-panel',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatProgressSpinnerModule, TranslocoPipe],
  providers: [SoundRecorder],
  templateUrl: './upload-panel.html',
  styleUrl: './upload-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UploadPanel {
  protected readonly queue = inject(UploadQueue);
  protected readonly recorder = inject(SoundRecorder);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly filesInput = viewChild.required<ElementRef<HTMLInputElement>>('filesInput');
  private readonly cameraInput = viewChild<ElementRef<HTMLInputElement>>('cameraInput');

  /** A smaller panel without the drop zone's explanations (the picker). */
  readonly compact = input(false);
  /** Offer "add a link". */
  readonly links = input(true);

  protected readonly camera = hasTouchScreen();
  protected readonly microphone = canRecordSound();
  protected readonly dragging = signal(false);
  protected readonly recordError = signal<string | null>(null);
  protected readonly timer = computed(() => formatDuration(this.recorder.elapsed()));
  protected readonly announcement = computed(() => {
    const a = this.queue.announcement();
    if (!a) return '';
    const reason = a.params['reasonKey'] ? this.transloco.translate(a.params['reasonKey']) : '';
    return this.transloco.translate(a.key, { ...a.params, reason });
  });

  protected chooseFiles(): void {
    this.filesInput().nativeElement.click();
  }

  protected takePhoto(): void {
    this.cameraInput()?.nativeElement.click();
  }

  protected picked(event: Event): void {
    const target = event.target as HTMLInputElement;
    if (target.files?.length) this.queue.add(Array.from(target.files));
    target.value = '';
  }

  protected dragOver(event: DragEvent): void {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const files = event.dataTransfer?.files;
    if (files?.length) this.queue.add(Array.from(files));
  }

  protected async toggleRecording(): Promise<void> {
    this.recordError.set(null);
    if (!this.recorder.recording()) {
      try {
        await this.recorder.start();
      } catch {
        this.recordError.set('media.upload.microphoneRefused');
      }
      return;
    }
    const recording = await this.recorder.stop();
    if (recording) this.queue.addBlob(recording.blob, recording.fileName);
  }

  protected async addLink(): Promise<void> {
    const ref = this.dialog.open<LinkDialog, void, MediaItemView>(LinkDialog, { autoFocus: 'first-tabbable', width: '520px', maxWidth: '95vw' });
    const item = await firstValueFrom(ref.afterClosed());
    if (item) this.queue.register(item);
  }

  protected size(entry: UploadEntry): string {
    return formatSize(entry.size, this.transloco.getActiveLang());
  }

  protected finished(entry: UploadEntry): boolean {
    return entry.state === 'ready' || entry.state === 'failed' || entry.state === 'refused';
  }
}
