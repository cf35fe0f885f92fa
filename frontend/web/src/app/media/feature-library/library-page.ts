import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ClassView, MediaItemView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { SessionStore } from '../../auth/data-access/session-store';
import { API } from '../../shared/http/api';
import { ErrorState } from '../../shared/ui/error-state';
import { MediaApi } from '../data-access/media-api';
import { MediaListStore } from '../data-access/media-list-store';
import { UploadQueue } from '../data-access/upload-queue';
import { MediaFilters } from '../ui/media-filters';
import { MediaGrid } from '../ui/media-grid';
import { MediaPicker } from '../ui/media-picker';
import { UploadPanel } from '../ui/upload-panel';
import { MediaItemDialog, MediaItemDialogData, MediaItemDialogResult } from './media-item-dialog';

/**
 * "Ma médiathèque" (`/media`: upload, manage, share with one's classes) and a class's library
 * (`/classes/:classId/media`: read; the teacher adds items from their own library and removes them).
 */
@Component({
  selector: 'preau-library-page',
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslocoPipe, ErrorState, MediaFilters, MediaGrid, UploadPanel],
  providers: [MediaListStore, UploadQueue],
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
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LibraryPage {
  private readonly api = inject(MediaApi);
  private readonly dialog = inject(MatDialog);
  private readonly picker = inject(MediaPicker);
  private readonly session = inject(SessionStore);
  protected readonly store = inject(MediaListStore);
  private readonly queue = inject(UploadQueue);

  /** From the route `/classes/:classId/media`; absent on `/media`. */
  readonly classId = input<string | undefined>(undefined);

  protected readonly cls = httpResource<ClassView>(() => {
    const id = this.classId();
    return id ? `${API}/classes/${encodeURIComponent(id)}` : undefined;
  });
  protected readonly className = computed(() => (this.cls.hasValue() ? this.cls.value().name : ''));
  /** The teacher of the class: adds and removes items of its library. */
  protected readonly canShare = computed(() => this.cls.hasValue() && this.cls.value().permissions.includes('media.class.share'));
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
      untracked(() => void this.store.setScope(classId ? { kind: 'class', classId } : { kind: 'mine' }));
    });
  }

  protected async open(item: MediaItemView): Promise<void> {
    const me = this.session.me();
    const classId = this.classId();
    const data: MediaItemDialogData = {
      item,
      owner: !!me && me.id === item.ownerId,
      shareable: classId
        ? this.canShare()
          ? [{ id: classId, name: this.className() }]
          : []
        : this.teacherClasses(),
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
