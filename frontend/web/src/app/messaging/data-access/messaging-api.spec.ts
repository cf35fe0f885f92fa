import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { MessagingApi } from './messaging-api';

describe('MessagingApi', () => {
  let api: MessagingApi;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(MessagingApi);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('asks the recipients, with a trimmed search or none', () => {
    void firstValueFrom(api.recipients());
    expect(backend.expectOne('/api/v1/messaging/recipients').request.params.keys()).toEqual([]);
    void firstValueFrom(api.recipients('  léa '));
    backend.expectOne((r) => r.url === '/api/v1/messaging/recipients' && r.params.get('q') === 'léa');
  });

  it('lists a folder with its search and cursor', () => {
    void firstValueFrom(api.list({ folder: 'sent', q: ' musée ', cursor: 'abc' }));
    const req = backend.expectOne((r) => r.url === '/api/v1/messaging/conversations');
    expect(req.request.params.get('folder')).toBe('sent');
    expect(req.request.params.get('q')).toBe('musée');
    expect(req.request.params.get('cursor')).toBe('abc');
  });

  it('opens a thread, starts a conversation and replies', () => {
    void firstValueFrom(api.thread('c/1'));
    backend.expectOne({ method: 'GET', url: '/api/v1/messaging/conversations/c%2F1' });
    void firstValueFrom(api.start({ recipientIds: ['a'], subject: 's', body: 'b', draftId: 'd1' }));
    expect(backend.expectOne({ method: 'POST', url: '/api/v1/messaging/conversations' }).request.body).toEqual({ recipientIds: ['a'], subject: 's', body: 'b', draftId: 'd1' });
    void firstValueFrom(api.reply('c1', { body: 'ok', to: ['a'] }));
    expect(backend.expectOne({ method: 'POST', url: '/api/v1/messaging/conversations/c1/messages' }).request.body).toEqual({ body: 'ok', to: ['a'] });
  });

  it('creates, reads, replaces and deletes drafts', () => {
    void firstValueFrom(api.createDraft({ subject: 's' }));
    backend.expectOne({ method: 'POST', url: '/api/v1/messaging/drafts' });
    void firstValueFrom(api.draft('d1'));
    backend.expectOne({ method: 'GET', url: '/api/v1/messaging/drafts/d1' });
    void firstValueFrom(api.saveDraft('d1', { body: 'b' }));
    expect(backend.expectOne({ method: 'PUT', url: '/api/v1/messaging/drafts/d1' }).request.body).toEqual({ body: 'b' });
    void firstValueFrom(api.deleteDraft('d1'));
    backend.expectOne({ method: 'DELETE', url: '/api/v1/messaging/drafts/d1' });
  });

  it('reports (with a reason only when there is one), approves, refuses with a note, hides', () => {
    void firstValueFrom(api.report('m1', '  '));
    expect(backend.expectOne({ method: 'POST', url: '/api/v1/messaging/messages/m1/report' }).request.body).toEqual({});
    void firstValueFrom(api.report('m1', ' méchant '));
    expect(backend.expectOne({ method: 'POST', url: '/api/v1/messaging/messages/m1/report' }).request.body).toEqual({ reason: 'méchant' });
    void firstValueFrom(api.approve('m1'));
    backend.expectOne({ method: 'POST', url: '/api/v1/messaging/messages/m1/approve' });
    void firstValueFrom(api.refuse('m1', 'Pas gentil.'));
    expect(backend.expectOne({ method: 'POST', url: '/api/v1/messaging/messages/m1/refuse' }).request.body).toEqual({ note: 'Pas gentil.' });
    void firstValueFrom(api.hide('m1'));
    backend.expectOne({ method: 'POST', url: '/api/v1/messaging/messages/m1/hide' });
  });

  it('reads a class’s held queue and the unread count', () => {
    void firstValueFrom(api.moderation('cl1'));
    backend.expectOne({ method: 'GET', url: '/api/v1/classes/cl1/messaging/held' });
    void firstValueFrom(api.unread());
    backend.expectOne({ method: 'GET', url: '/api/v1/messaging/unread' });
  });
});
