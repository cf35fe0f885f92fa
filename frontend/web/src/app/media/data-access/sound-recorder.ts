import { DestroyRef, Injectable, inject, signal } from '@angular/core';

/** Formats the browser may record to, best first (the server transcodes to a web format anyway). */
const RECORDING_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/ogg', 'audio/mp4'];

export interface Recording {
  blob: Blob;
  fileName: string;
}

/** True when this browser can record sound (MediaRecorder and a microphone API). */
export function canRecordSound(): boolean {
  return typeof MediaRecorder !== 'undefined' && typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;
}

/** Records the microphone with MediaRecorder; `elapsed` ticks every second for the visible timer. */
@Injectable()
export class SoundRecorder {
  private recorder: MediaRecorder | null = null;
  private stream: MediaStream | null = null;
  private chunks: Blob[] = [];
  private timer: ReturnType<typeof setInterval> | null = null;
  private startedAt = 0;

  readonly recording = signal(false);
  readonly elapsed = signal(0);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.cancel());
  }

  /** Asks for the microphone and starts; rejects when refused or absent. */
  async start(): Promise<void> {
    if (this.recording()) return;
    this.stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const mimeType = RECORDING_TYPES.find((t) => MediaRecorder.isTypeSupported?.(t));
    this.recorder = new MediaRecorder(this.stream, mimeType ? { mimeType } : undefined);
    this.chunks = [];
    this.recorder.ondataavailable = (event) => {
      if (event.data.size > 0) this.chunks.push(event.data);
    };
    this.recorder.start(1000);
    this.startedAt = Date.now();
    this.elapsed.set(0);
    this.recording.set(true);
    this.timer = setInterval(() => this.elapsed.set(Math.floor((Date.now() - this.startedAt) / 1000)), 1000);
  }

  /** Stops and hands the recording over. */
  stop(): Promise<Recording | null> {
    const recorder = this.recorder;
    if (!recorder || recorder.state === 'inactive') return Promise.resolve(null);
    return new Promise((resolve) => {
      recorder.onstop = () => {
        const type = (recorder.mimeType || this.chunks[0]?.type || 'audio/webm').split(';')[0];
        const blob = new Blob(this.chunks, { type });
        const extension = type.includes('ogg') ? 'ogg' : type.includes('mp4') ? 'm4a' : 'webm';
        const stamp = new Date().toISOString().slice(0, 19).replace(/[T:]/g, '-');
        this.release();
        resolve(blob.size > 0 ? { blob, fileName: `enregistrement-${stamp}.${extension}` } : null);
      };
      recorder.stop();
    });
  }

  /** Stops without keeping anything. */
  cancel(): void {
    if (this.recorder && this.recorder.state !== 'inactive') {
      this.recorder.onstop = null;
      this.recorder.stop();
    }
    this.release();
  }

  private release(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stream?.getTracks().forEach((t) => t.stop());
    this.stream = null;
    this.recorder = null;
    this.chunks = [];
    this.recording.set(false);
  }
}
