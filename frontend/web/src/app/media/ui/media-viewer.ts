import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MediaItemView } from '@preau/contracts';
import { safeHttpUrl } from '../../shared/links/safe-url';
import { failureReasonKey, imageSrcset } from '../data-access/media-labels';

/** The right player for an item: picture, video, sound, PDF preview, or link; with its download. */
@Component({
  selector: 'preau-media-viewer',
  imports: [MatButtonModule, MatIconModule, MatProgressSpinnerModule, TranslocoPipe],
  template: `
    @let it = item();
    @let r = sources();
    @if (it.status === 'processing') {
      <p class="state">
        <mat-progress-spinner mode="indeterminate" diameter="32" aria-hidden="true" />
        {{ 'media.status.processingLong' | transloco }}
      </p>
    } @else if (it.status === 'failed') {
      <p class="state state-failed">
        <mat-icon aria-hidden="true">error</mat-icon>
        {{ reasonKey() | transloco }}
      </p>
    } @else {
      @switch (it.kind) {
        @case ('image') {
          <img
            class="player"
            [src]="r.image"
            [attr.srcset]="srcset()"
            sizes="(max-width: 900px) 100vw, 860px"
            [alt]="it.title"
          />
        }
        @case ('video') {
          <video
            class="player"
            controls
            preload="metadata"
            [attr.poster]="r.poster"
            [src]="r.video"
            [attr.aria-label]="it.title"
          >
            {{ 'media.viewer.noVideo' | transloco }}
          </video>
        }
        @case ('audio') {
          <audio class="audio" controls preload="metadata" [src]="r.audio" [attr.aria-label]="it.title">
            {{ 'media.viewer.noAudio' | transloco }}
          </audio>
        }
        @case ('document') {
          @if (r.preview) {
            <img
              class="player preview"
              [src]="r.preview"
              [alt]="'media.viewer.preview' | transloco: { title: it.title }"
            />
          } @else {
            <mat-icon aria-hidden="true" class="big-icon">description</mat-icon>
          }
        }
        @case ('link') {
          @if (linkUrl(); as url) {
            <a mat-flat-button class="open-link" [href]="url" target="_blank" rel="noopener noreferrer">
              <mat-icon aria-hidden="true">open_in_new</mat-icon>
              {{ 'media.viewer.openLink' | transloco: { title: it.title } }}
            </a>
            <p class="url">{{ url }}</p>
          }
        }
      }
      @if (it.kind !== 'link' && r.download) {
        <a mat-stroked-button class="download" [href]="r.download" download>
          <mat-icon aria-hidden="true">download</mat-icon>
          {{ 'media.viewer.download' | transloco }}
        </a>
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 16px;
    }
    .player {
      display: block;
      max-width: 100%;
      max-height: 60vh;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-highest);
    }
    .preview {
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .audio {
      width: 100%;
      max-width: 480px;
    }
    .big-icon {
      font-size: 96px;
      width: 96px;
      height: 96px;
      color: var(--mat-sys-primary);
    }
    .state {
      display: flex;
      align-items: center;
      gap: 12px;
      font: var(--mat-sys-body-large);
    }
    .state-failed {
      color: var(--mat-sys-error);
    }
    .url {
      font: var(--mat-sys-body-medium);
      overflow-wrap: anywhere;
      color: var(--mat-sys-on-surface-variant);
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MediaViewer {
  readonly item = input.required<MediaItemView>();
  protected readonly srcset = computed(() => imageSrcset(this.item()));
  /** The rendition each player uses, falling back on the original. */
  protected readonly sources = computed(() => {
    const r: Partial<Record<string, string>> = this.item().renditions;
    const original = r['original'] ?? null;
    return {
      original,
      image: r['w1280'] ?? r['jpeg'] ?? original,
      poster: r['poster'] ?? null,
      video: r['mp4'] ?? original,
      audio: r['audio'] ?? original,
      preview: r['preview'] ?? null,
      // Only the owner gets a photo's or video's original (it keeps the camera's data): others download the web copy.
      download: original ?? r['jpeg'] ?? r['mp4'] ?? r['audio'] ?? null,
    };
  });
  protected readonly reasonKey = computed(() => failureReasonKey(this.item()));
  protected readonly linkUrl = computed(() => safeHttpUrl(this.item().url));
}
