import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { MediaFolderView, MediaItemView } from '@preau/contracts';
import { Observable, firstValueFrom } from 'rxjs';
import { errorMessageKey } from '../../shared/http/problem';
import { pluralKey } from '../../shared/i18n/plural';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { MediaApi } from '../data-access/media-api';
import { formatSize, usagesOf } from '../data-access/media-labels';
import { MediaViewer } from '../ui/media-viewer';

export interface MediaItemDialogData {
  item: MediaItemView;
  /** The caller owns it: rename and delete. */
  owner: boolean;
  /** Classes the caller may share it with (a teacher's classes), by id and name. */
  shareable: { id: string; name: string }[];
  /** The owner's folders, for "move to…" (owner only). */
  folders?: MediaFolderView[];
}

/** What happened in the dialog: the item as it is now, or gone. */
export type MediaItemDialogResult = { item: MediaItemView; deleted: boolean };

/** An item opened: its player, rename, move to a folder, delete (asking again when used elsewhere), class sharing. */
@Component({
  selector: 'preau-media-item-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    TranslocoPipe,
    MediaViewer,
  ],
  templateUrl: './media-item-dialog.html',
  styleUrl: './media-item-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MediaItemDialog {
  private readonly api = inject(MediaApi);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  private readonly ref = inject<MatDialogRef<MediaItemDialog, MediaItemDialogResult>>(MatDialogRef);
  protected readonly data = inject<MediaItemDialogData>(MAT_DIALOG_DATA);

  private readonly titleInput = viewChild<ElementRef<HTMLInputElement>>('titleInput');
  protected readonly item = signal(this.data.item);
  protected readonly renaming = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<{ key: string; error: boolean; params?: Record<string, string> } | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: [
      '',
      [
        Validators.required,
        Validators.maxLength(200),
        (c: { value: string }) => (c.value.trim() ? null : { required: true }),
      ],
    ],
  });
  protected readonly size = computed(() => formatSize(this.item().size, this.transloco.getActiveLang()));

  constructor() {
    this.ref.backdropClick().subscribe(() => this.close());
    this.ref.keydownEvents().subscribe((e) => {
      if (e.key === 'Escape') this.close();
    });
    this.ref.disableClose = true;
  }

  protected readonly folders = this.data.folders ?? [];
  protected readonly folderName = computed(() => this.folders.find((f) => f.id === this.item().folderId)?.name ?? null);

  /** Moves the item into a folder, or back to the root (`null`). */
  protected async move(folder: MediaFolderView | null): Promise<void> {
    if ((folder?.id ?? null) === this.item().folderId) return;
    await this.run(
      this.api.move(this.item().id, folder?.id ?? null),
      folder ? 'media.item.moved' : 'media.item.movedToRoot',
      folder ? { name: folder.name } : undefined,
    );
  }

  protected shared(classId: string): boolean {
    return this.item().sharedWithClassIds.includes(classId);
  }

  protected startRename(): void {
    this.form.setValue({ title: this.item().title });
    this.renaming.set(true);
    setTimeout(() => this.titleInput()?.nativeElement.select());
  }

  protected async rename(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const ok = await this.run(
      this.api.rename(this.item().id, this.form.getRawValue().title.trim()),
      'media.item.renamed',
    );
    if (ok) this.renaming.set(false);
  }

  protected async toggleShare(cls: { id: string; name: string }): Promise<void> {
    const id = this.item().id;
    if (this.shared(cls.id)) {
      const ok = await this.run(this.api.unshare(cls.id, id), 'media.item.unshared', { name: cls.name });
      if (ok) this.item.update((i) => ({ ...i, sharedWithClassIds: i.sharedWithClassIds.filter((c) => c !== cls.id) }));
    } else {
      await this.run(this.api.share(cls.id, id), 'media.item.sharedDone', { name: cls.name });
    }
  }

  protected async remove(): Promise<void> {
    const title = this.item().title;
    if (
      !(await this.confirm({
        title: 'media.item.deleteTitle',
        message: 'media.item.deleteText',
        confirm: 'media.item.delete',
        params: { title },
        danger: true,
      }))
    )
      return;
    this.busy.set(true);
    this.message.set(null);
    try {
      await firstValueFrom(this.api.remove(this.item().id), { defaultValue: undefined });
      this.ref.close({ item: this.item(), deleted: true });
      return;
    } catch (error) {
      const usages = usagesOf(error);
      if (usages === null) {
        this.message.set({ key: errorMessageKey(error), error: true });
        return;
      }
      const params = { title, count: String(usages) };
      if (
        !(await this.confirm({
          title: 'media.item.inUseTitle',
          message: pluralKey('media.item.inUseText', usages, this.transloco.getActiveLang()),
          confirm: 'media.item.deleteAnyway',
          params,
          danger: true,
        }))
      )
        return;
      try {
        await firstValueFrom(this.api.remove(this.item().id, true), { defaultValue: undefined });
        this.ref.close({ item: this.item(), deleted: true });
      } catch (again) {
        this.message.set({ key: errorMessageKey(again), error: true });
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected close(): void {
    this.ref.close({ item: this.item(), deleted: false });
  }

  private async confirm(data: ConfirmDialogData): Promise<boolean> {
    const ref = this.dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, maxWidth: '95vw' });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }

  /** Runs a change; an answered item replaces the shown one. */
  private async run(
    call: Observable<MediaItemView | void>,
    doneKey: string,
    params?: Record<string, string>,
  ): Promise<boolean> {
    this.busy.set(true);
    this.message.set(null);
    try {
      const answer = await firstValueFrom(call, { defaultValue: undefined });
      if (answer) this.item.set(answer);
      this.message.set({ key: doneKey, error: false, params });
      return true;
    } catch (error) {
      this.message.set({ key: errorMessageKey(error), error: true });
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
