import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CreateLinkRequest,
  FolderRequest,
  ListMediaQuery,
  ShareMediaRequest,
  UpdateMediaRequest,
  MediaFolderView,
  MediaItemView,
  Page,
} from '@preau/contracts';
import { Observable } from 'rxjs';
import { API, queryParams } from '../../shared/http/api';

/** `mine`, or the library of one class. */
export type MediaScope = { kind: 'mine' } | { kind: 'class'; classId: string };

/** In "mine": one folder (by id), the items in no folder (`root`), or everything (`null`). */
export type MediaFolderFilter = string | 'root' | null;

export const MEDIA_URL = `${API}/media`;

export function mediaUrl(id: string): string {
  return `${MEDIA_URL}/${encodeURIComponent(id)}`;
}

export const FOLDERS_URL = `${MEDIA_URL}/folders`;

export function folderUrl(id: string): string {
  return `${FOLDERS_URL}/${encodeURIComponent(id)}`;
}

export function scopeParam(scope: MediaScope): string {
  return scope.kind === 'mine' ? 'mine' : `class:${scope.classId}`;
}

/** The media routes of docs/product/api-conventions.md. */
@Injectable({ providedIn: 'root' })
export class MediaApi {
  private readonly http = inject(HttpClient);

  list(query: ListMediaQuery): Observable<Page<MediaItemView>> {
    return this.http.get<Page<MediaItemView>>(MEDIA_URL, { params: queryParams(query) });
  }

  get(id: string): Observable<MediaItemView> {
    return this.http.get<MediaItemView>(mediaUrl(id));
  }

  /** Multipart upload, with progress events (`202` answers an item still `processing`). */
  upload(file: Blob, fileName: string, title?: string): Observable<HttpEvent<MediaItemView>> {
    const body = new FormData();
    if (title) body.append('title', title);
    body.append('file', file, fileName);
    return this.http.post<MediaItemView>(MEDIA_URL, body, { observe: 'events', reportProgress: true });
  }

  addLink(url: string, title: string): Observable<MediaItemView> {
    return this.http.post<MediaItemView>(`${MEDIA_URL}/links`, { url, title } satisfies CreateLinkRequest);
  }

  rename(id: string, title: string): Observable<MediaItemView> {
    return this.http.patch<MediaItemView>(mediaUrl(id), { title } satisfies UpdateMediaRequest);
  }

  /** Refused with 409 `MEDIA_IN_USE` when used elsewhere, unless `force`. */
  remove(id: string, force = false): Observable<void> {
    const params = force ? new HttpParams().set('force', 'true') : undefined;
    return this.http.delete<void>(mediaUrl(id), { params });
  }

  share(classId: string, mediaId: string): Observable<MediaItemView> {
    return this.http.post<MediaItemView>(`${API}/classes/${encodeURIComponent(classId)}/media`, {
      mediaId,
    } satisfies ShareMediaRequest);
  }

  unshare(classId: string, mediaId: string): Observable<void> {
    return this.http.delete<void>(`${API}/classes/${encodeURIComponent(classId)}/media/${encodeURIComponent(mediaId)}`);
  }

  /** Moves one of my items into a folder, or back to the root (`null`). */
  move(id: string, folderId: string | null): Observable<MediaItemView> {
    return this.http.patch<MediaItemView>(mediaUrl(id), { folderId } satisfies UpdateMediaRequest);
  }

  /** My folders, sorted by name. */
  folders(): Observable<MediaFolderView[]> {
    return this.http.get<MediaFolderView[]>(FOLDERS_URL);
  }

  /** Refused with 409 `CONFLICT` when I already have a folder with that name. */
  createFolder(name: string): Observable<MediaFolderView> {
    return this.http.post<MediaFolderView>(FOLDERS_URL, { name } satisfies FolderRequest);
  }

  renameFolder(id: string, name: string): Observable<MediaFolderView> {
    return this.http.patch<MediaFolderView>(folderUrl(id), { name } satisfies FolderRequest);
  }

  /** Its items go back to the root. */
  deleteFolder(id: string): Observable<void> {
    return this.http.delete<void>(folderUrl(id));
  }
}
