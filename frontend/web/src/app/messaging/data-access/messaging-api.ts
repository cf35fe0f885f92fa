import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ConversationPage,
  DraftView,
  ListConversationsQuery,
  MessagingModerationView,
  RecipientsView,
  ReplyRequest,
  SaveDraftRequest,
  SentMessage,
  StartConversationRequest,
  ThreadView,
  UnreadView,
} from '@preau/contracts';
import { Observable } from 'rxjs';
import { API, queryParams } from '../../shared/http/api';

export const MESSAGING_URL = `${API}/messaging`;

export function conversationUrl(id: string): string {
  return `${MESSAGING_URL}/conversations/${encodeURIComponent(id)}`;
}

export function draftUrl(id: string): string {
  return `${MESSAGING_URL}/drafts/${encodeURIComponent(id)}`;
}

export function messageUrl(id: string): string {
  return `${MESSAGING_URL}/messages/${encodeURIComponent(id)}`;
}

export function heldQueueUrl(classId: string): string {
  return `${API}/classes/${encodeURIComponent(classId)}/messaging/held`;
}

/** The messaging routes of docs/product/api-conventions.md (contract: libs/contracts/src/messaging). */
@Injectable({ providedIn: 'root' })
export class MessagingApi {
  private readonly http = inject(HttpClient);

  /** Exactly the people (and ready-made groups) the caller may write to. */
  recipients(q?: string | null): Observable<RecipientsView> {
    const query = q?.trim();
    const params = query ? new HttpParams().set('q', query) : undefined;
    return this.http.get<RecipientsView>(`${MESSAGING_URL}/recipients`, { params });
  }

  list(query: ListConversationsQuery): Observable<ConversationPage> {
    const params = queryParams({ ...query, q: query.q?.trim() });
    return this.http.get<ConversationPage>(`${MESSAGING_URL}/conversations`, { params });
  }

  /** Opening a conversation marks it read. */
  thread(id: string): Observable<ThreadView> {
    return this.http.get<ThreadView>(conversationUrl(id));
  }

  start(request: StartConversationRequest): Observable<SentMessage> {
    return this.http.post<SentMessage>(`${MESSAGING_URL}/conversations`, request);
  }

  reply(conversationId: string, request: ReplyRequest): Observable<SentMessage> {
    return this.http.post<SentMessage>(`${conversationUrl(conversationId)}/messages`, request);
  }

  createDraft(request: SaveDraftRequest): Observable<DraftView> {
    return this.http.post<DraftView>(`${MESSAGING_URL}/drafts`, request);
  }

  draft(id: string): Observable<DraftView> {
    return this.http.get<DraftView>(draftUrl(id));
  }

  saveDraft(id: string, request: SaveDraftRequest): Observable<DraftView> {
    return this.http.put<DraftView>(draftUrl(id), request);
  }

  deleteDraft(id: string): Observable<void> {
    return this.http.delete<void>(draftUrl(id));
  }

  report(messageId: string, reason?: string | null): Observable<void> {
    const text = reason?.trim();
    return this.http.post<void>(`${messageUrl(messageId)}/report`, text ? { reason: text } : {});
  }

  approve(messageId: string): Observable<void> {
    return this.http.post<void>(`${messageUrl(messageId)}/approve`, {});
  }

  refuse(messageId: string, note: string): Observable<void> {
    return this.http.post<void>(`${messageUrl(messageId)}/refuse`, { note });
  }

  hide(messageId: string): Observable<void> {
    return this.http.post<void>(`${messageUrl(messageId)}/hide`, {});
  }

  /** A class's held and reported messages (its teachers). */
  moderation(classId: string): Observable<MessagingModerationView> {
    return this.http.get<MessagingModerationView>(heldQueueUrl(classId));
  }

  unread(): Observable<UnreadView> {
    return this.http.get<UnreadView>(`${MESSAGING_URL}/unread`);
  }
}
