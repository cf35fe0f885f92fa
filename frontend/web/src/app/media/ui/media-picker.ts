import { ChangeDetectionStrategy, Component, DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MediaItemView, MediaKind } from '@preau/contracts';
import { MEDIA_KINDS } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { MediaScope } from '../data-access/media-api';
import { MediaListStore } from '../data-access/media-list-store';
import { UploadQueue } from '../data-access/upload-queue';
import { MediaFilters } from './media-filters';
import { MediaGrid } from './media-grid';
import { UploadPanel } from './upload-panel';

export interface MediaPickerOptions {
  /** Also offer this class's library. */
  classId?: string | null;
  /** Only these kinds (e.g. images for a picture). All kinds when absent. */
  kinds?: readonly MediaKind[];
  /** Offer sending new files from inside the picker (default: yes). */
  upload?: boolean;
  /** Translation key of the dialog's title. */
  title?: string;
}

/**
 * Lets someone choose one ready item from their library or their class's library, or send a new one
 * first; closes with the item chosen, or nothing.
 */
@Component({
  selector: 'preau-media-picker-dialog',
  imports: [MatButtonModule, MatButtonToggleModule, MatDialogModule, MatIconModule, TranslocoPipe, MediaFilters, MediaGrid, UploadPanel],
  providers: [MediaListStore, UploadQueue],
  template: `
    <h2 mat-dialog-title>{{ options.title ?? 'media.picker.title' | transloco }}</h2>
    <mat-dialog-content class="content">
      @if (options.classId) {
        <mat-button-toggle-group
          class="scopes"
          [attr.aria-label]="'media.picker.scopes' | transloco"
          [value]="scopeKind()"
          (change)="switchScope($event.value)"
          hideSingleSelectionIndicator
        >
          <mat-button-toggle value="mine">{{ 'media.mine.title' | transloco }}</mat-button-toggle>
          <mat-button-toggle value="class">{{ 'media.class.short' | transloco }}</mat-button-toggle>
        </mat-button-toggle-group>
      }
      @if (options.upload !== false && scopeKind() === 'mine') {
        <preau-upload-panel [compact]="true" />
      }
      <preau-media-filters
        [query]="store.query()"
        [kind]="store.kind()"
        [kinds]="kinds"
        [allowAll]="defaultKind === null"
        (queryChange)="store.search($event)"
        (kindChange)="store.filterKind($event ?? defaultKind)"
      />
      <preau-media-grid
        [store]="store"
        [onlyReady]="true"
        [emptyKey]="scopeKind() === 'mine' ? 'media.mine.empty' : 'media.class.empty'" [label]="'media.picker.choose' | transloco" (activate)="choose($event)" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="null">{{ 'common.cancel' | transloco }}</button>
    </mat-dialog-actions>
  `,
  styles: `
    .content {
      min-height: 50vh;
    }
    .scopes {
      margin-bottom: 16px;
      max-width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MediaPickerDialog {
  protected readonly options = inject<MediaPickerOptions>(MAT_DIALOG_DATA, { optional: true }) ?? {};
  protected readonly store = inject(MediaListStore);
  private readonly queue = inject(UploadQueue);
  private readonly ref = inject<MatDialogRef<MediaPickerDialog, MediaItemView | null>>(MatDialogRef);
  protected readonly kinds: readonly MediaKind[] = this.options.kinds?.length ? this.options.kinds : MEDIA_KINDS;
  /** Restricted to some kinds, the filter is always on one of them (never "all"). */
  protected readonly defaultKind: MediaKind | null = this.kinds.length < MEDIA_KINDS.length ? this.kinds[0] : null;
  private readonly scope = signal<MediaScope>({ kind: 'mine' });
  protected readonly scopeKind = computed(() => this.scope().kind);

  constructor() {
    this.store.skipWatching = (id) => this.queue.tracks(id);
    this.queue.itemChanges.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((item) => {
      if (this.scope().kind === 'mine' && this.allowed(item)) this.store.upsert(item);
    });
    this.store.kind.set(this.defaultKind);
    void this.store.setScope(this.scope());
  }

  protected switchScope(kind: 'mine' | 'class'): void {
    const scope: MediaScope = kind === 'class' && this.options.classId ? { kind: 'class', classId: this.options.classId } : { kind: 'mine' };
    this.scope.set(scope);
    void this.store.setScope(scope);
  }

  protected choose(item: MediaItemView): void {
    if (item.status === 'ready' && this.allowed(item)) this.ref.close(item);
  }

  private allowed(item: MediaItemView): boolean {
    return this.kinds.includes(item.kind);
  }
}

/**
 * The media picker other modules embed (blog, messages, notebooks):
 * `const item = await inject(MediaPicker).open({ classId, kinds: ['image'] });`
 */
@Injectable({ providedIn: 'root' })
export class MediaPicker {
  private readonly dialog = inject(MatDialog);

  async open(options: MediaPickerOptions = {}): Promise<MediaItemView | null> {
    const ref = this.dialog.open<MediaPickerDialog, MediaPickerOptions, MediaItemView | null>(MediaPickerDialog, {
      data: options,
      width: '960px',
      maxWidth: '96vw',
      maxHeight: '92vh',
      autoFocus: 'first-heading',
      restoreFocus: true,
    });
    return (await firstValueFrom(ref.afterClosed())) ?? null;
  }
}
