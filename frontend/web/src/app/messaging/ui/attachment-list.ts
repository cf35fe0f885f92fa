import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MediaItemView } from '@preau/contracts';
import { MEDIA_KIND_ICONS, imageSrcset, thumbnailOf } from '../../media';
import { MediaViewer } from '../../media';
import { safeHttpUrl } from '../../shared/links/safe-url';

/** An attachment, full size, with its player and download. */
@Component({
  selector: 'preau-attachment-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslocoPipe, MediaViewer],
  template: `
    <h2 mat-dialog-title>{{ item.title }}</h2>
    <mat-dialog-content><preau-media-viewer [item]="item" /></mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>{{ 'messaging.close' | transloco }}</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttachmentDialog {
  protected readonly item = inject<MediaItemView>(MAT_DIALOG_DATA);
}

/**
 * A message's attachments, from the media library's renditions (signed links): pictures as
 * thumbnails, sounds with their player right there (pupils record their voice), links opening in a
 * new tab, the rest as a button to the viewer.
 */
@Component({
  selector: 'preau-attachment-list',
  imports: [MatIconModule, TranslocoPipe],
  template: `
    <ul class="attachments" [attr.aria-label]="'messaging.attachments.label' | transloco: { count: items().length }">
      @for (item of items(); track item.id) {
        <li>
          @if (item.status !== 'ready') {
            <span class="file file-off">
              <mat-icon aria-hidden="true">{{ icon(item) }}</mat-icon>
              {{ item.title }} ·
              {{
                (item.status === 'processing' ? 'media.status.processing' : 'messaging.attachments.unavailable')
                  | transloco
              }}
            </span>
          } @else if (item.kind === 'image' && thumb(item); as src) {
            <button type="button" class="thumb" (click)="open(item)">
              <img [src]="src" [attr.srcset]="srcset(item)" sizes="160px" [alt]="item.title" loading="lazy" />
              <span class="visually-hidden">{{ 'messaging.attachments.enlarge' | transloco }}</span>
            </button>
          } @else if (item.kind === 'audio' && item.renditions['audio']) {
            <span class="audio">
              <span class="audio-title"><mat-icon aria-hidden="true">music_note</mat-icon>{{ item.title }}</span>
              <audio controls preload="none" [src]="item.renditions['audio']" [attr.aria-label]="item.title"></audio>
            </span>
          } @else if (item.kind === 'link' && link(item); as url) {
            <a class="file" [href]="url" target="_blank" rel="noopener noreferrer">
              <mat-icon aria-hidden="true">open_in_new</mat-icon>
              {{ item.title }}<span class="visually-hidden"> ({{ 'messaging.thread.newTab' | transloco }})</span>
            </a>
          } @else {
            <button type="button" class="file" (click)="open(item)">
              <mat-icon aria-hidden="true">{{ icon(item) }}</mat-icon>
              {{ item.title }}<span class="visually-hidden"> · {{ 'media.kinds.' + item.kind | transloco }}</span>
            </button>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .attachments {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 8px 0 0;
      padding: 0;
    }
    .thumb {
      display: block;
      padding: 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      overflow: hidden;
      cursor: zoom-in;
      background: var(--mat-sys-surface-container-highest);
      img {
        display: block;
        width: 160px;
        height: 120px;
        object-fit: cover;
      }
    }
    .file {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-height: 44px;
      padding: 0 12px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: 22px;
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-large);
      text-decoration: none;
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    .file-off {
      cursor: default;
      border-style: dashed;
      color: var(--mat-sys-on-surface-variant);
    }
    .audio {
      display: flex;
      flex-direction: column;
      gap: 4px;
      font: var(--mat-sys-label-large);
      audio {
        max-width: 100%;
      }
    }
    .audio-title {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttachmentList {
  readonly items = input.required<readonly MediaItemView[]>();
  private readonly dialog = inject(MatDialog);

  protected icon(item: MediaItemView): string {
    return MEDIA_KIND_ICONS[item.kind];
  }

  protected thumb(item: MediaItemView): string | null {
    return thumbnailOf(item);
  }

  protected srcset(item: MediaItemView): string | null {
    return imageSrcset(item);
  }

  protected link(item: MediaItemView): string | null {
    return safeHttpUrl(item.url);
  }

  protected open(item: MediaItemView): void {
    this.dialog.open(AttachmentDialog, {
      data: item,
      width: '900px',
      maxWidth: '96vw',
      maxHeight: '92vh',
      restoreFocus: true,
    });
  }
}
