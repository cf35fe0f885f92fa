import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { MediaFolderView, MediaItemView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { injectClass } from '../../classes';
import { SessionStore } from '../../shared/session/session-store';
import { errorMessageKey } from '../../shared/http/problem';
import { pluralKey } from '../../shared/i18n/plural';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { ErrorState } from '../../shared/ui/error-state';
import { MediaApi, MediaFolderFilter } from '../data-access/media-api';
import { MediaFolderStore } from '../data-access/media-folder-store';
import { MediaListStore } from '../data-access/media-list-store';
import { UploadQueue } from '../data-access/upload-queue';
import { FolderBar } from '../ui/folder-bar';
import { FolderNameDialog, FolderNameDialogData } from '../ui/folder-name-dialog';
import { MediaFilters } from '../ui/media-filters';
import { MediaGrid } from '../ui/media-grid';
import { MediaPicker } from '../ui/media-picker';
import { UploadPanel } from '../ui/upload-panel';
import { MediaItemDialog, MediaItemDialogData, MediaItemDialogResult } from './media-item-dialog';

/**
 * "Ma médiathèque" (`/media`: upload, manage, share with one's classes) and a class's library
 * (`/classes/:classId/media`: read; the teacher adds items from their own library and removes them).
 * In "Ma médiathèque", personal folders: show one, make, rename, delete; items move in the item dialog.
 */
@Component({
  selector: 'preau-library-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
    ErrorState,
    FolderBar,
    MediaFilters,
    MediaGrid,
    UploadPanel,
  ],
  providers: [MediaListStore, MediaFolderStore, UploadQueue],
  templateUrl: './library-page.html',
  styles: `
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: 8px 16px;
    }
    .back {
      margin-bottom: 8px;
    }
    .folder-message {
      margin: -8px 0 8px;
      min-height: 1.5em;
    }
    .folder-message.error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LibraryPage {
  private readonly api = inject(MediaApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly picker = inject(MediaPicker);
  private readonly session = inject(SessionStore);
  protected readonly store = inject(MediaListStore);
  protected readonly folders = inject(MediaFolderStore);
  /** What the last folder action did (or why it failed), said to screen readers too. */
  protected readonly folderMessage = signal<{ key: string; error: boolean; params?: Record<string, string> } | null>(
    null,
  );
  protected readonly emptyKey = computed(() =>
    this.classId() ? 'media.class.empty' : this.store.folder() === null ? 'media.mine.empty' : 'media.folders.empty',
  );
  private readonly queue = inject(UploadQueue);

  /** From the route `/classes/:classId/media`; absent on `/media`. */
  readonly classId = input<string | undefined>(undefined);

  protected readonly cls = injectClass(() => this.classId());
  protected readonly className = this.cls.name;
  /** The teacher of the class: adds and removes items of its library. */
  protected readonly canShare = computed(() => this.cls.can('media.class.share'));
  /** A teacher's classes, for "share with the class" from their own library. */
  private readonly teacherClasses = computed(() => {
    const me = this.session.me();
    return me?.role === 'TEACHER' ? me.classes.map((c) => ({ id: c.id, name: c.name })) : [];
  });

  constructor() {
    this.store.skipWatching = (id) => this.queue.tracks(id);
    this.queue.itemChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((item) => this.store.upsert(item));
    effect(() => {
      const classId = this.classId();
      untracked(() => {
        this.store.folder.set(null);
        void this.store.setScope(classId ? { kind: 'class', classId } : { kind: 'mine' });
        if (!classId) void this.folders.load();
      });
    });
  }

  protected async open(item: MediaItemView): Promise<void> {
    const me = this.session.me();
    const classId = this.classId();
    const data: MediaItemDialogData = {
      item,
      owner: !!me && me.id === item.ownerId,
      shareable: classId ? (this.canShare() ? [{ id: classId, name: this.className() }] : []) : this.teacherClasses(),
      folders: !classId && me?.id === item.ownerId ? this.folders.folders() : [],
    };
    const ref = this.dialog.open<MediaItemDialog, MediaItemDialogData, MediaItemDialogResult>(MediaItemDialog, {
      data,
      width: '900px',
      maxWidth: '96vw',
      maxHeight: '94vh',
      autoFocus: 'first-heading',
    });
    const result = await firstValueFrom(ref.afterClosed());
    if (!result) return;
    const removedFromClass = !!classId && !result.item.sharedWithClassIds.includes(classId);
    if (result.deleted || removedFromClass) this.store.remove(result.item.id);
    else this.store.upsert(result.item);
    if (!classId) {
      if (result.deleted) this.folders.removedFrom(item.folderId);
      else this.folders.moved(item.folderId, result.item.folderId);
    }
  }

  protected showFolder(folder: MediaFolderFilter): void {
    this.folderMessage.set(null);
    void this.store.setFolder(folder);
  }

  protected async createFolder(): Promise<void> {
    const name = await this.askName({
      title: 'media.folders.createTitle',
      submit: 'media.folders.createSubmit',
      save: (n) => this.folders.create(n),
    });
    if (name) this.folderMessage.set({ key: 'media.folders.created', error: false, params: { name } });
  }

  protected async renameFolder(folder: MediaFolderView): Promise<void> {
    const name = await this.askName({
      title: 'media.folders.renameTitle',
      submit: 'media.folders.renameSubmit',
      name: folder.name,
      save: (n) => this.folders.rename(folder.id, n),
    });
    if (name) this.folderMessage.set({ key: 'media.folders.renamed', error: false, params: { name } });
  }

  protected async deleteFolder(folder: MediaFolderView): Promise<void> {
    const params = { name: folder.name, count: String(folder.itemCount) };
    const message = pluralKey('media.folders.deleteText', folder.itemCount, this.transloco.getActiveLang());
    const data: ConfirmDialogData = {
      title: 'media.folders.deleteTitle',
      message,
      confirm: 'media.folders.deleteConfirm',
      params,
      danger: true,
    };
    const ref = this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, maxWidth: '95vw' });
    if ((await firstValueFrom(ref.afterClosed())) !== true) return;
    try {
      await this.folders.remove(folder.id);
      this.folderMessage.set({ key: 'media.folders.deleted', error: false, params });
      // Its items are back at the root: what is shown changes.
      await this.store.setFolder(this.store.folder() === folder.id ? null : this.store.folder());
    } catch (error) {
      this.folderMessage.set({ key: errorMessageKey(error), error: true });
    }
  }

  private async askName(data: FolderNameDialogData): Promise<string | undefined> {
    this.folderMessage.set(null);
    const ref = this.dialog.open<FolderNameDialog, FolderNameDialogData, string>(FolderNameDialog, {
      data,
      maxWidth: '95vw',
    });
    return firstValueFrom(ref.afterClosed());
  }

  /** The teacher picks one of their items and shares it into the class library. */
  protected async addFromMine(): Promise<void> {
    const classId = this.classId();
    if (!classId) return;
    const item = await this.picker.open({ title: 'media.class.pickTitle' });
    if (!item) return;
    try {
      this.store.upsert(await firstValueFrom(this.api.share(classId, item.id)));
    } catch (error) {
      this.store.error.set(error);
    }
  }
}
