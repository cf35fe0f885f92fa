import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { MessagingModerationView } from '@preau/contracts';
import { provideClassContext } from '../../classes';
import { FakeLiveEvents } from '../../shared/live/fake-live-events';
import { LiveEvents } from '../../shared/live/live-events';
import { MessagingBadges } from '../data-access/messaging-badges';
import { LEA, TOM, ZOE, moderated, waitFor } from '../data-access/messaging-test-data';
import { MessagingModerationPage } from './moderation-page';
import { provideTestTransloco } from '../../../testing';

const queue = (): MessagingModerationView => ({
  classId: 'cl1',
  held: [moderated({ id: 'h1', body: 'On joue au loup ?\nÀ la récré' }), moderated({ id: 'h2', author: ZOE })],
  reported: [
    moderated({
      id: 'r1',
      status: 'delivered',
      author: TOM,
      recipients: [LEA],
      reports: [{ by: LEA, reason: 'Il est méchant', at: '2026-03-02T10:00:00Z' }],
    }),
  ],
  counts: { held: 2, reported: 1 },
});

describe('MessagingModerationPage', () => {
  let backend: HttpTestingController;
  let el: HTMLElement;
  let live: FakeLiveEvents;

  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await TestBed.inject(ApplicationRef).whenStable();
    }
  };
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** Until `check` passes (dialogs close after their exit animation), at most a second. */
  const tabs = () => Array.from(el.querySelectorAll('[role=tab]')).map((t) => text(t));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [MessagingModerationPage, provideTestTransloco()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideClassContext(),
        { provide: LiveEvents, useClass: FakeLiveEvents },
        { provide: MessagingBadges, useValue: { setQueue: jest.fn() } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    live = TestBed.inject(LiveEvents) as unknown as FakeLiveEvents;
    const fixture = TestBed.createComponent(MessagingModerationPage);
    fixture.componentRef.setInput('classId', 'cl1');
    el = fixture.nativeElement;
    // Not `settle()`: the application is not stable while the requests wait.
    fixture.detectChanges();
    await new Promise((resolve) => setTimeout(resolve, 0));
    backend.expectOne('/api/v1/classes/cl1').flush({ id: 'cl1', name: 'CE2 A' });
    backend.expectOne('/api/v1/classes/cl1/messaging/held').flush(queue());
    await settle();
  });

  afterEach(() => {
    backend.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  it('shows the held messages with author, recipients and text, and both tabs with their counts', () => {
    expect(text(el.querySelector('h1'))).toBe('Messages à valider');
    expect(text(el.querySelector('.page-subtitle'))).toBe('CE2 A');
    expect(tabs()).toEqual(['En attente (2)', 'Signalés (1)']);
    const first = el.querySelector('li.item') as HTMLElement;
    expect(text(first.querySelector('h2'))).toBe('Léa Martin · CE2 A');
    expect(text(first.querySelector('.meta'))).toContain('À : Tom Petit');
    expect(first.querySelector('preau-message-text')?.textContent).toBe('On joue au loup ?\nÀ la récré');
  });

  it('approves a message: it leaves the list and the tab’s count', async () => {
    const approve = Array.from(el.querySelectorAll<HTMLButtonElement>('li.item button')).find(
      (b) => text(b) === 'check Accepter le message de Léa Martin',
    ) as HTMLButtonElement;
    approve.click();
    backend
      .expectOne({ method: 'POST', url: '/api/v1/messaging/messages/h1/approve' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(el.querySelectorAll('li.item')).toHaveLength(1);
    expect(tabs()[0]).toBe('En attente (1)');
    expect(text(el.querySelector('p.message[role=status]'))).toBe('Le message de Léa Martin est transmis.');
    // Its button went with it: the focus is on the next message's first action.
    await waitFor(() => expect(document.activeElement).toBe(el.querySelector('li.item .actions button')));
  });

  it('refuses with a required note', async () => {
    const refuse = Array.from(el.querySelectorAll<HTMLButtonElement>('li.item button')).find((b) =>
      text(b).startsWith('block Refuser'),
    ) as HTMLButtonElement;
    refuse.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(text(dialog.querySelector('h2'))).toBe('Refuser le message de Léa Martin');
    (dialog.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await settle();
    expect(text(dialog.querySelector('mat-error'))).toBe("Écrivez un message pour l'élève.");
    const note = dialog.querySelector('textarea') as HTMLTextAreaElement;
    note.value = 'Pas de gros mots.';
    note.dispatchEvent(new Event('input'));
    (dialog.querySelector('button[type=submit]') as HTMLButtonElement).click();
    let sent: TestRequest[] = [];
    await waitFor(() => {
      sent = backend.match({ method: 'POST', url: '/api/v1/messaging/messages/h1/refuse' });
      expect(sent).toHaveLength(1);
    });
    const req = sent[0];
    expect(req.request.body).toEqual({ note: 'Pas de gros mots.' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(tabs()[0]).toBe('En attente (1)');
  });

  it('lists reported messages with who reported them and why, and hides one after confirmation', async () => {
    el.querySelectorAll<HTMLElement>('[role=tab]')[1].click();
    await settle();
    const reportedItem = () =>
      Array.from(el.querySelectorAll('li.item')).find((li) =>
        text(li.querySelector('h2')).startsWith('Tom Petit'),
      ) as HTMLElement;
    await waitFor(() => expect(reportedItem()).toBeTruthy());
    const item = reportedItem();
    expect(text(item.querySelector('.reports'))).toBe('flag Signalé par Léa Martin : « Il est méchant »');
    (
      Array.from(item.querySelectorAll<HTMLButtonElement>('button')).find((b) =>
        text(b).includes('Masquer'),
      ) as HTMLButtonElement
    ).click();
    await settle();
    const confirm = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(text(confirm.querySelector('h2'))).toBe('Masquer le message de Tom Petit ?');
    (
      Array.from(confirm.querySelectorAll<HTMLButtonElement>('button')).find(
        (b) => text(b) === 'Masquer le message',
      ) as HTMLButtonElement
    ).click();
    let sent: TestRequest[] = [];
    await waitFor(() => {
      sent = backend.match({ method: 'POST', url: '/api/v1/messaging/messages/r1/hide' });
      expect(sent).toHaveLength(1);
    });
    sent[0].flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(tabs()[1]).toBe('Signalés (0)');
    // Nothing left in the list: the focus is on the sentence that says so.
    await waitFor(() => expect(document.activeElement).toBe(el.querySelector('p.empty')));
  });

  it('reloads when a message comes to wait', async () => {
    live.emit('messaging.held', { classId: 'cl1', held: 3 });
    backend
      .expectOne('/api/v1/classes/cl1/messaging/held')
      .flush({ ...queue(), held: [...queue().held, moderated({ id: 'h3' })], counts: { held: 3, reported: 1 } });
    await settle();
    expect(tabs()[0]).toBe('En attente (3)');
  });
});
