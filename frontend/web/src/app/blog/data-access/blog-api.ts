import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ArticlePage,
  ArticleReadersView,
  ArticleStatus,
  ArticleView,
  CommentPage,
  CommentView,
  ModerationQueueView,
} from '@preau/contracts';
import { Observable } from 'rxjs';
import { API } from '../../shared/http/api';

export interface ArticleQuery {
  classId: string;
  /** Without it: everything the caller may see. */
  status?: ArticleStatus | null;
  cursor?: string | null;
  limit?: number;
}

/** What an author writes: the body is HTML whose media are `data-media-id` references. */
export interface ArticleContent {
  title: string;
  body: string;
  mediaIds?: string[];
}

export type ArticleTransition = 'submit' | 'publish' | 'unpublish';

export function classBlogUrl(classId: string): string {
  return `${API}/classes/${encodeURIComponent(classId)}/blog`;
}

export function articleUrl(id: string): string {
  return `${API}/blog/articles/${encodeURIComponent(id)}`;
}

export function commentUrl(id: string): string {
  return `${API}/blog/comments/${encodeURIComponent(id)}`;
}

/** The blog routes of api-v1.md. */
@Injectable({ providedIn: 'root' })
export class BlogApi {
  private readonly http = inject(HttpClient);

  list(query: ArticleQuery): Observable<ArticlePage> {
    let params = new HttpParams();
    if (query.status) params = params.set('status', query.status);
    if (query.cursor) params = params.set('cursor', query.cursor);
    if (query.limit) params = params.set('limit', String(query.limit));
    return this.http.get<ArticlePage>(`${classBlogUrl(query.classId)}/articles`, { params });
  }

  /** A draft, or a published article when a teacher asks `publish`. */
  create(classId: string, content: ArticleContent & { publish?: boolean }): Observable<ArticleView> {
    return this.http.post<ArticleView>(`${classBlogUrl(classId)}/articles`, content);
  }

  /** Opening a published article records the caller's reading receipt. */
  get(id: string): Observable<ArticleView> {
    return this.http.get<ArticleView>(articleUrl(id));
  }

  /** Only its author, while it is a draft. */
  update(id: string, change: Partial<ArticleContent>): Observable<ArticleView> {
    return this.http.patch<ArticleView>(articleUrl(id), change);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(articleUrl(id));
  }

  transition(id: string, transition: ArticleTransition): Observable<ArticleView> {
    return this.http.post<ArticleView>(`${articleUrl(id)}/${transition}`, {});
  }

  /** Back to its author as a draft, with the teacher's words. */
  sendBack(id: string, feedback: string): Observable<ArticleView> {
    return this.http.post<ArticleView>(`${articleUrl(id)}/reject`, { feedback });
  }

  readers(id: string): Observable<ArticleReadersView> {
    return this.http.get<ArticleReadersView>(`${articleUrl(id)}/readers`);
  }

  comments(articleId: string): Observable<CommentPage> {
    return this.http.get<CommentPage>(`${articleUrl(articleId)}/comments`);
  }

  addComment(articleId: string, body: string): Observable<CommentView> {
    return this.http.post<CommentView>(`${articleUrl(articleId)}/comments`, { body });
  }

  approveComment(id: string): Observable<CommentView> {
    return this.http.post<CommentView>(`${commentUrl(id)}/approve`, {});
  }

  hideComment(id: string): Observable<CommentView> {
    return this.http.post<CommentView>(`${commentUrl(id)}/hide`, {});
  }

  deleteComment(id: string): Observable<void> {
    return this.http.delete<void>(commentUrl(id));
  }

  moderation(classId: string): Observable<ModerationQueueView> {
    return this.http.get<ModerationQueueView>(`${classBlogUrl(classId)}/moderation`);
  }
}
