import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MediaFolderView } from '@preau/contracts';
import { PluralKeyPipe } from '../../shared/i18n/plural';
import type { MediaFolderFilter } from '../data-access/media-api';

/**
 * My folders above the grid: everything, the items in no folder, each folder with its count
 * (toggle buttons, one pressed); create a folder; rename or delete the one shown. Scrolls
 * sideways on a phone, wraps on wider screens.
 */
@Component({
  selector: 'preau-folder-bar',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, PluralKeyPipe],
  template: `
    <section class="bar" [attr.aria-label]="'media.folders.title' | transloco">
      <div class="list" role="group" [attr.aria-label]="'media.folders.show' | transloco">
        <button mat-stroked-button type="button" class="folder" [class.current]="selected() === null" [attr.aria-pressed]="selected() === null" (click)="show.emit(null)">
          <mat-icon aria-hidden="true">perm_media</mat-icon>
          {{ 'media.folders.all' | transloco }}
        </button>
        <button mat-stroked-button type="button" class="folder" [class.current]="selected() === 'root'" [attr.aria-pressed]="selected() === 'root'" (click)="show.emit('root')">
          <mat-icon aria-hidden="true">folder_off</mat-icon>
          {{ 'media.folders.root' | transloco }}
        </button>
        @for (f of folders(); track f.id) {
          <button
            mat-stroked-button
            type="button"
            class="folder"
            [class.current]="selected() === f.id"
            [attr.aria-pressed]="selected() === f.id"
            [attr.aria-label]="'media.folders.folderLabel' | pluralKey: f.itemCount | transloco: { name: f.name, count: f.itemCount }"
            (click)="show.emit(f.id)"
          >
            <mat-icon aria-hidden="true">{{ selected() === f.id ? 'folder_open' : 'folder' }}</mat-icon>
            <span class="name">{{ f.name }}</span>
            <span class="count" aria-hidden="true">{{ f.itemCount }}</span>
          </button>
        }
      </div>
      <div class="actions">
        <button mat-button type="button" (click)="create.emit()">
          <mat-icon aria-hidden="true">create_new_folder</mat-icon>
          {{ 'media.folders.create' | transloco }}
        </button>
        @if (current(); as f) {
          <button mat-button type="button" (click)="rename.emit(f)">
            <mat-icon aria-hidden="true">drive_file_rename_outline</mat-icon>
            {{ 'media.folders.rename' | transloco: { name: f.name } }}
          </button>
          <button mat-button type="button" class="danger" (click)="remove.emit(f)">
            <mat-icon aria-hidden="true">folder_delete</mat-icon>
            {{ 'media.folders.delete' | transloco: { name: f.name } }}
          </button>
        }
      </div>
    </section>
  `,
  styles: `
    .bar {
      margin-bottom: 16px;
    }
    .list {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .folder {
      max-width: 100%;
    }
    .folder.current {
      --mat-button-outlined-container-color: var(--mat-sys-secondary-container);
      --mat-button-outlined-label-text-color: var(--mat-sys-on-secondary-container);
      --mat-button-outlined-outline-color: var(--mat-sys-secondary);
    }
    .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      max-width: 16em;
      display: inline-block;
      vertical-align: bottom;
    }
    .count {
      margin-left: 6px;
      padding: 0 6px;
      border-radius: 10px;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-small);
      line-height: 20px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin-top: 8px;
    }
    .danger {
      --mat-button-text-label-text-color: var(--mat-sys-error);
    }
    @media (max-width: 599px) {
      .list {
        flex-wrap: nowrap;
        overflow-x: auto;
        padding-bottom: 4px;
        scroll-padding: 8px;
      }
      .folder {
        flex: 0 0 auto;
      }
      .name {
        max-width: 10em;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FolderBar {
  readonly folders = input<MediaFolderView[]>([]);
  readonly selected = input<MediaFolderFilter>(null);
  readonly show = output<MediaFolderFilter>();
  readonly create = output<void>();
  readonly rename = output<MediaFolderView>();
  readonly remove = output<MediaFolderView>();
  protected readonly current = computed(() => {
    const id = this.selected();
    return this.folders().find((f) => f.id === id) ?? null;
  });
}
