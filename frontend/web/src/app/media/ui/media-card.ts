import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MediaItemView } from '@preau/contracts';
import { MEDIA_KIND_ICONS, failureReasonKey, imageSrcset, thumbnailOf } from '../data-access/media-labels';

/**
 * One item of a grid: its picture (or an icon), title, kind and processing state, as a single big
 * button whose name says all of it.
 */
@Component({
  selector: 'preau-media-card',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    @let it = item();
    <button
      type="button"
      class="card"
      [class.card-failed]="it.status === 'failed'"
      [attr.aria-disabled]="disabled() || null"
      [attr.data-media-id]="it.id"
      (click)="!disabled() && activate.emit(it)"
    >
      <span class="thumb">
        @if (thumbnail(); as src) {
          <img [src]="src" [attr.srcset]="srcset()" sizes="(max-width: 599px) 50vw, 240px" alt="" loading="lazy" />
          @if (it.kind === 'video') {
            <mat-icon aria-hidden="true" class="play">play_circle</mat-icon>
          }
        } @else {
          <mat-icon aria-hidden="true" class="kind-icon">{{ icon() }}</mat-icon>
        }
      </span>
      <span class="title">{{ it.title }}</span>
      <span class="kind">
        <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
        {{ 'media.kinds.' + it.kind | transloco }}
      </span>
      @if (it.status === 'processing') {
        <span class="state">
          <!-- a plain spinner: a progressbar role would nest inside the button -->
          <span class="spinner" aria-hidden="true"></span>
          {{ 'media.status.processing' | transloco }}
        </span>
      } @else if (it.status === 'failed') {
        <span class="state state-failed">
          <mat-icon aria-hidden="true">error</mat-icon>
          {{ reasonKey() | transloco }}
        </span>
      }
    </button>
  `,
  styles: `
    :host {
      display: flex;
      flex: 1;
      min-width: 0;
    }
    .card {
      flex: 1;
      display: flex;
      flex-direction: column;
      align-items: stretch;
      gap: 6px;
      min-width: 0;
      padding: 8px 8px 12px;
      border: 2px solid var(--mat-sys-outline-variant);
      border-radius: 16px;
      background: var(--mat-sys-surface-container-low);
      color: var(--mat-sys-on-surface);
      font: inherit;
      text-align: start;
      cursor: pointer;
      &:hover {
        border-color: var(--mat-sys-primary);
      }
      &[aria-disabled='true'] {
        cursor: default;
        border-style: dashed;
      }
    }
    .card-failed {
      border-color: var(--mat-sys-error);
    }
    .thumb {
      position: relative;
      display: flex;
      align-items: center;
      justify-content: center;
      aspect-ratio: 4 / 3;
      border-radius: 10px;
      overflow: hidden;
      background: var(--mat-sys-surface-container-highest);
      img {
        width: 100%;
        height: 100%;
        object-fit: cover;
      }
    }
    .kind-icon {
      font-size: 56px;
      width: 56px;
      height: 56px;
      color: var(--mat-sys-primary);
    }
    .play {
      position: absolute;
      font-size: 48px;
      width: 48px;
      height: 48px;
      color: #fff;
      filter: drop-shadow(0 0 4px rgb(0 0 0 / 60%));
    }
    .title {
      font: var(--mat-sys-title-medium);
      overflow-wrap: anywhere;
    }
    .kind,
    .state {
      display: flex;
      align-items: center;
      gap: 6px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
      mat-icon {
        font-size: 20px;
        width: 20px;
        height: 20px;
        flex: none;
      }
    }
    .spinner {
      flex: none;
      width: 14px;
      height: 14px;
      border: 3px solid var(--mat-sys-primary);
      border-right-color: transparent;
      border-radius: 50%;
      animation: spin 1s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }
    .state-failed {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MediaCard {
  readonly item = input.required<MediaItemView>();
  /** Shown but not choosable (e.g. still processing, in the picker). */
  readonly disabled = input(false);
  readonly activate = output<MediaItemView>();

  protected readonly icon = computed(() => MEDIA_KIND_ICONS[this.item().kind]);
  protected readonly thumbnail = computed(() => thumbnailOf(this.item()));
  protected readonly srcset = computed(() => (this.item().kind === 'image' ? imageSrcset(this.item()) : null));
  protected readonly reasonKey = computed(() => failureReasonKey(this.item()));
}
