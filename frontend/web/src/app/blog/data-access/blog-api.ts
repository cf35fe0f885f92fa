import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ArticlePage,
  ArticleReadersView,
  ArticleView,
  CommentPage,
  CommentRequest,
  CommentView,
  CreateArticleRequest,
  ListArticlesQuery,
  ModerationQueueView,
  SendBackRequest,
  UpdateArticleRequest,
} from '@preau/contracts';
import { Observable } from 'rxjs';
import { API, queryParams } from '../../shared/http/api';

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

/** The blog routes of docs/product/api-conventions.md. */
@Injectable({ providedIn: 'root' })
export class BlogApi {
  private readonly http = inject(HttpClient);

  /** A class's articles: the class is in the path, the rest in the query string. */
  list({ classId, ...query }: ListArticlesQuery & { classId: string }): Observable<ArticlePage> {
    return this.http.get<ArticlePage>(`${classBlogUrl(classId)}/articles`, { params: queryParams(query) });
  }

  /** A draft, or a published article when a teacher asks `publish`. */
  create(classId: string, content: CreateArticleRequest): Observable<ArticleView> {
    return this.http.post<ArticleView>(`${classBlogUrl(classId)}/articles`, content);
  }

  /** Opening a published article records the caller's reading receipt. */
  get(id: string): Observable<ArticleView> {
    return this.http.get<ArticleView>(articleUrl(id));
  }

  /** Only its author, while it is a draft. */
  update(id: string, change: UpdateArticleRequest): Observable<ArticleView> {
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
    return this.http.post<ArticleView>(`${articleUrl(id)}/reject`, { feedback } satisfies SendBackRequest);
  }

  readers(id: string): Observable<ArticleReadersView> {
    return this.http.get<ArticleReadersView>(`${articleUrl(id)}/readers`);
  }

  comments(articleId: string): Observable<CommentPage> {
    return this.http.get<CommentPage>(`${articleUrl(articleId)}/comments`);
  }

  addComment(articleId: string, body: string): Observable<CommentView> {
    return this.http.post<CommentView>(`${articleUrl(articleId)}/comments`, { body } satisfies CommentRequest);
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
