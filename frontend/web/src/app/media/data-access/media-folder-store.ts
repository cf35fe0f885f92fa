import { Injectable, inject, signal } from '@angular/core';
import type { MediaFolderView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { MediaApi } from './media-api';

const byName = (a: MediaFolderView, b: MediaFolderView) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });

/**
 * My media folders (name and item count), kept sorted by name. Changes throw the API's error (a
 * 409 `CONFLICT` when the name is taken) for the caller to show. Provided by the page that shows them.
 */
@Injectable()
export class MediaFolderStore {
  private readonly api = inject(MediaApi);

  readonly folders = signal<MediaFolderView[]>([]);
  readonly loaded = signal(false);
  readonly error = signal<unknown>(null);

  async load(): Promise<void> {
    this.error.set(null);
    try {
      this.folders.set([...(await firstValueFrom(this.api.folders()))].sort(byName));
      this.loaded.set(true);
    } catch (error) {
      this.error.set(error);
    }
  }

  find(id: string | null): MediaFolderView | undefined {
    return id === null ? undefined : this.folders().find((f) => f.id === id);
  }

  async create(name: string): Promise<MediaFolderView> {
    const folder = await firstValueFrom(this.api.createFolder(name.trim()));
    this.folders.update((folders) => [...folders, folder].sort(byName));
    return folder;
  }

  async rename(id: string, name: string): Promise<MediaFolderView> {
    const folder = await firstValueFrom(this.api.renameFolder(id, name.trim()));
    this.folders.update((folders) => folders.map((f) => (f.id === id ? folder : f)).sort(byName));
    return folder;
  }

  /** The folder goes; its items go back to the root. */
  async remove(id: string): Promise<void> {
    await firstValueFrom(this.api.deleteFolder(id), { defaultValue: undefined });
    this.folders.update((folders) => folders.filter((f) => f.id !== id));
  }

  /** An item moved from one folder to another (`null`: the root): the counts follow. */
  moved(from: string | null, to: string | null): void {
    if (from === to) return;
    this.folders.update((folders) =>
      folders.map((f) => (f.id === from ? { ...f, itemCount: Math.max(0, f.itemCount - 1) } : f.id === to ? { ...f, itemCount: f.itemCount + 1 } : f)),
    );
  }

  /** An item was deleted from a folder. */
  removedFrom(folderId: string | null): void {
    this.moved(folderId, null);
  }
}
