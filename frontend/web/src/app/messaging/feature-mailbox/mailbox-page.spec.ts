import { BreakpointObserver } from '@angular/cdk/layout';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ConversationSummary, MeResponse, Role } from '@preau/contracts';
import { of } from 'rxjs';
import { SessionStore } from '../../shared/session/session-store';
import { FakeLiveEvents } from '../../shared/live/fake-live-events';
import { LiveEvents } from '../../shared/live/live-events';
import { MessagingBadges } from '../data-access/messaging-badges';
import {
  BERNARD,
  DUPONT,
  LEA,
  TOM,
  fakeSession,
  me,
  summary,
  thread,
  threadMessage,
  waitFor,
} from '../data-access/messaging-test-data';
import { ThreadPage } from '../feature-thread/thread-page';
import { ComposeLauncher } from '../feature-compose/compose-launcher';
import { MailboxPage } from './mailbox-page';
import { NoThread } from './no-thread';
import { provideTestTransloco } from '../../../testing';

const page = (items: ConversationSummary[], nextCursor: string | null = null) => ({ items, nextCursor });

describe('MailboxPage and ThreadPage', () => {
  let backend: HttpTestingController;
  let live: FakeLiveEvents;
  let harness: RouterTestingHarness;
  const compose = jest.fn();

  async function render(
    options: {
      role?: Role;
      wide?: boolean;
      profile?: MeResponse;
      held?: Record<string, { held: number; reported: number; available: boolean }>;
    } = {},
  ) {
    const profile = options.profile ?? me(options.role ?? 'PARENT');
    TestBed.configureTestingModule({
      imports: [provideTestTransloco()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            {
              path: 'messaging',
              component: MailboxPage,
              children: [
                { path: '', component: NoThread },
                { path: 'conversations/:id', component: ThreadPage },
              ],
            },
          ],
          withComponentInputBinding(),
        ),
        { provide: SessionStore, useValue: fakeSession(profile) },
        { provide: LiveEvents, useClass: FakeLiveEvents },
        {
          provide: BreakpointObserver,
          useValue: {
            observe: () => of({ matches: options.wide ?? true, breakpoints: {} }),
            isMatched: () => !options.wide,
          },
        },
        {
          provide: MessagingBadges,
          useValue: {
            unread: signal(3),
            held: signal(options.held ?? {}),
            heldIn: () => 0,
            refreshUnread: jest.fn().mockResolvedValue(undefined),
          },
        },
        { provide: ComposeLauncher, useValue: { open: compose } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    live = TestBed.inject(LiveEvents) as unknown as FakeLiveEvents;
    harness = await RouterTestingHarness.create();
  }

  const el = () => harness.routeNativeElement as HTMLElement;
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await TestBed.inject(ApplicationRef).whenStable();
    }
  };
  /** Until `check` passes, at most a second (a loaded machine draws later). */
  const list = (folder: string) =>
    backend.expectOne((r) => r.url === '/api/v1/messaging/conversations' && r.params.get('folder') === folder);
  const rows = () => Array.from(el().querySelectorAll<HTMLElement>('.conversation-row'));
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  async function openInbox(
    items = [
      summary({ id: 'c1', unread: 2 }),
      summary({ id: 'c2', subject: 'Piscine', participants: [DUPONT, BERNARD] }),
    ],
    cursor: string | null = null,
  ) {
    const navigating = harness.navigateByUrl('/messaging?folder=inbox');
    await settle();
    list('inbox').flush(page(items, cursor));
    await navigating;
    await settle();
  }

  afterEach(() => {
    backend.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  it('shows the folders, the unread count, and the conversations as links with unread ones marked', async () => {
    await render();
    await openInbox();
    expect(text(el().querySelector('h1'))).toBe('Messagerie');
    const folders = Array.from(el().querySelectorAll('nav a'));
    expect(folders.map((a) => a.querySelector('span')?.textContent)).toEqual(['Reçus', 'Envoyés', 'Brouillons']);
    expect(folders[0].getAttribute('aria-current')).toBe('page');
    expect(text(folders[0].querySelector('.badge'))).toBe('3 3 messages non lus');

    expect(el().querySelector('ul.rows')?.getAttribute('aria-label')).toBe('Reçus');
    const [first, second] = rows();
    expect(first.tagName).toBe('A');
    expect(first.getAttribute('href')).toBe('/messaging/conversations/c1?folder=inbox');
    expect(first.classList).toContain('unread');
    expect(text(first)).toContain('Non lu : Sortie au musée');
    expect(text(first)).toContain('N’oubliez pas vos bottes.');
    expect(text(first.querySelector('.badge'))).toBe('2 2 messages non lus');
    // The caller is not named on their own lines: the other person is.
    expect(text(second.querySelector('.names'))).toBe('Claire Dupont');
    expect(second.classList).not.toContain('unread');
  });

  it('loads more with the cursor', async () => {
    await render();
    await openInbox([summary({ id: 'c1' })], 'cur-1');
    const more = Array.from(el().querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Voir plus'),
    ) as HTMLButtonElement;
    more.click();
    backend
      .expectOne((r) => r.url === '/api/v1/messaging/conversations' && r.params.get('cursor') === 'cur-1')
      .flush(page([summary({ id: 'c9', subject: 'Cantine' })]));
    await settle();
    expect(rows().map((r) => r.id)).toEqual(['conversation-c1', 'conversation-c9']);
    expect(Array.from(el().querySelectorAll('button')).some((b) => b.textContent?.includes('Voir plus'))).toBe(false);
  });

  it('puts a new message on top without a reload, and says it politely', async () => {
    await render();
    await openInbox();
    live.emit('message.received', {
      conversationId: 'c5',
      messageId: 'm5',
      authorId: DUPONT.id,
      unread: { conversation: 1, total: 4 },
    });
    list('inbox').flush(page([summary({ id: 'c5', subject: 'Réunion', unread: 1 }), summary({ id: 'c1', unread: 2 })]));
    await settle();
    expect(rows()[0].id).toBe('conversation-c5');
    const status = el().querySelector('p.live') as HTMLElement;
    expect(status.getAttribute('role')).toBe('status');
    expect(text(status)).toBe('Nouveau message de Claire Dupont.');
  });

  it('says when a folder is empty', async () => {
    await render();
    const navigating = harness.navigateByUrl('/messaging?folder=sent');
    await settle();
    list('sent').flush(page([]));
    await navigating;
    await settle();
    expect(text(el().querySelector('.state'))).toBe("Vous n'avez pas encore envoyé de message.");
  });

  it('opens drafts in the composer', async () => {
    await render();
    compose.mockResolvedValue({ sent: { id: 'c8', messageId: 'm8', status: 'delivered' } });
    const navigating = harness.navigateByUrl('/messaging?folder=drafts');
    await settle();
    list('drafts').flush(page([summary({ id: 'd1', participants: [] })]));
    await navigating;
    await settle();
    const row = rows()[0];
    expect(row.tagName).toBe('BUTTON');
    expect(text(row)).toContain('Pas encore de destinataire');
    row.click();
    await settle();
    expect(compose).toHaveBeenCalledWith({ draftId: 'd1' });
    list('drafts').flush(page([]));
    await settle();
    expect(rows()).toHaveLength(0);
  });

  it('gives a teacher a link to each class queue with what waits', async () => {
    await render({ role: 'TEACHER', held: { cl1: { held: 2, reported: 1, available: true } } });
    await openInbox([]);
    const link = Array.from(el().querySelectorAll('a')).find((a) =>
      a.textContent?.includes('À valider'),
    ) as HTMLAnchorElement;
    expect(text(link)).toBe('fact_check À valider · CE2 A (3)');
    expect(link.getAttribute('href')).toBe('/classes/cl1/messaging/moderation');
  });

  describe('a conversation', () => {
    async function openThread(view = thread(), wide = true, role: Role = 'PARENT') {
      await render({ wide, role });
      await openInbox();
      const navigating = harness.navigateByUrl('/messaging/conversations/c1?folder=inbox');
      await settle();
      backend.expectOne({ method: 'GET', url: '/api/v1/messaging/conversations/c1' }).flush(view);
      await navigating;
      await settle();
    }

    it('shows the list and the conversation side by side on a tablet, and puts the focus on its subject', async () => {
      await openThread();
      const heading = el().querySelector('h2.subject') as HTMLElement;
      expect(text(heading)).toBe('Sortie au musée');
      expect(heading.getAttribute('aria-level')).toBe('2');
      await waitFor(() => expect(document.activeElement).toBe(heading));
      expect((el().querySelector('.list-pane') as HTMLElement).hidden).toBe(false);
      expect(rows()[0].getAttribute('aria-current')).toBe('true');
      // Opened: read.
      expect(rows()[0].classList).not.toContain('unread');
      expect(el().querySelectorAll('ol.messages > li')).toHaveLength(1);
      expect(text(el().querySelector('.with'))).toBe('Avec Claire Dupont, Léa Martin');
    });

    it('shows one pane at a time on a phone, with a way back', async () => {
      await openThread(thread(), false);
      expect((el().querySelector('.list-pane') as HTMLElement).hidden).toBe(true);
      const back = Array.from(el().querySelectorAll('a')).find((a) =>
        a.textContent?.includes('Retour aux messages'),
      ) as HTMLAnchorElement;
      expect(back.getAttribute('href')).toBe('/messaging?folder=inbox');
      expect(el().querySelector('h2.subject')?.getAttribute('aria-level')).toBe('1');
    });

    it('sends a reply and shows it, saying so politely', async () => {
      await openThread();
      const field = el().querySelector('textarea') as HTMLTextAreaElement;
      expect(el().querySelector('form.reply')?.getAttribute('aria-label')).toBe('Répondre');
      field.value = 'Merci, à demain !';
      field.dispatchEvent(new Event('input'));
      await settle();
      (el().querySelector('form.reply button[type=submit]') as HTMLButtonElement).click();
      await settle();
      const req = backend.expectOne({ method: 'POST', url: '/api/v1/messaging/conversations/c1/messages' });
      expect(req.request.body).toEqual({ body: 'Merci, à demain !' });
      req.flush({ id: 'c1', messageId: 'm2', status: 'delivered' });
      await settle();
      backend
        .expectOne('/api/v1/messaging/conversations/c1')
        .flush(
          thread({
            messages: [
              threadMessage(),
              threadMessage({
                id: 'm2',
                author: { ...DUPONT, id: me('PARENT').id, displayName: 'Paul Bernard' },
                body: 'Merci, à demain !',
              }),
            ],
          }),
        );
      await settle();
      // The list is asked again so that the conversation moves up.
      list('inbox').flush(page([summary({ id: 'c1' }), summary({ id: 'c2', subject: 'Piscine' })]));
      await settle();
      expect(el().querySelectorAll('ol.messages > li')).toHaveLength(2);
      expect(text(el().querySelector('ol.messages > li:last-child h3'))).toBe('Vous');
      expect(text(el().querySelector('.thread p.live'))).toBe('Message envoyé.');
      expect(field.value).toBe('');
    });

    it('offers the sender of a broadcast to answer everyone or one person', async () => {
      await render({ role: 'TEACHER' });
      await openInbox();
      const navigating = harness.navigateByUrl('/messaging/conversations/c1');
      await settle();
      backend
        .expectOne('/api/v1/messaging/conversations/c1')
        .flush(thread({ kind: 'broadcast', createdBy: DUPONT.id, participants: [DUPONT, LEA, TOM] }));
      await navigating;
      await settle();
      expect(text(el().querySelector('.with'))).toBe('campaign Envoyé à 2 personnes : chacune vous répond en privé.');
      const radios = Array.from(el().querySelectorAll('mat-radio-button')).map((r) => text(r));
      expect(radios).toEqual(['À tous (2)', 'À une personne']);
    });

    it('appends a message that arrives live', async () => {
      await openThread();
      live.emit('message.received', {
        conversationId: 'c1',
        messageId: 'm3',
        authorId: DUPONT.id,
        unread: { conversation: 1, total: 1 },
      });
      // The mailbox refreshes its first page, the thread fetches itself again.
      list('inbox').flush(page([summary({ id: 'c1' })]));
      backend
        .expectOne({ method: 'GET', url: '/api/v1/messaging/conversations/c1' })
        .flush(thread({ messages: [threadMessage(), threadMessage({ id: 'm3', body: 'Et les gourdes.' })] }));
      await settle();
      expect(el().querySelectorAll('ol.messages > li')).toHaveLength(2);
      expect(text(el().querySelector('.thread p.live'))).toBe('Nouveau message de Claire Dupont.');
    });

    it('reports a message from its menu, then gives the focus back to that message (its menu is gone)', async () => {
      await openThread(thread({ messages: [threadMessage({ permissions: { report: true, hide: false } })] }));
      (el().querySelector('button.menu-button') as HTMLButtonElement).click();
      await settle();
      const item = Array.from(
        document.querySelectorAll<HTMLButtonElement>('.cdk-overlay-container button[mat-menu-item]'),
      ).find((b) => text(b).endsWith("Signaler à l'enseignant"));
      expect(item).toBeTruthy();
      item?.click();
      await settle();
      const submit = Array.from(document.querySelectorAll<HTMLButtonElement>('mat-dialog-container button')).find(
        (b) => text(b) === 'Signaler',
      );
      expect(submit).toBeTruthy();
      submit?.click();
      await settle();
      // Once the dialog's closing animation is over.
      await waitFor(() =>
        backend.expectOne({ method: 'POST', url: '/api/v1/messaging/messages/m1/report' }).flush(null),
      );
      await settle();
      // Reported: nothing is left in the menu for a parent, so the button is gone too.
      expect(el().querySelector('button.menu-button')).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(el().querySelector('[id="message-m1-author"]')));
    });

    it('says when the conversation cannot be replied to', async () => {
      await openThread(thread({ canReply: false }));
      expect(el().querySelector('form.reply')).toBeNull();
      expect(text(el().querySelector('.no-reply'))).toBe(
        'Vous ne pouvez pas répondre à cette conversation pour le moment.',
      );
    });
  });
});
