import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import type { Role } from '@preau/contracts';
import { SessionStore } from '../../shared/session/session-store';
import { mediaItem } from '../../media/testing';
import { MediaPicker } from '../../media';
import { AUTOSAVE_DELAY } from '../../shared/data/autosave';
import { BERNARD, DUPONT, LEA, TOM, ZOE, fakeSession, group, me, waitFor } from '../data-access/messaging-test-data';
import { ComposeData, ComposeDialog, ComposeResult } from './compose-dialog';
import { provideTestTransloco } from '../../../testing';

describe('ComposeDialog', () => {
  let backend: HttpTestingController;
  const pick = jest.fn();

  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await TestBed.inject(ApplicationRef).whenStable();
    }
  };
  /** Until `check` passes, at most a second (a loaded machine draws later). */
  const dialog = () => document.querySelector('mat-dialog-container') as HTMLElement;
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const buttonNamed = (name: string) =>
    Array.from(dialog().querySelectorAll<HTMLButtonElement>('button')).find((b) =>
      text(b).includes(name),
    ) as HTMLButtonElement;
  const type = (selector: string, value: string) => {
    const field = dialog().querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
    field.value = value;
    field.dispatchEvent(new Event('input'));
  };

  async function open(role: Role, data: ComposeData = {}, people = [LEA, TOM, ZOE, DUPONT]) {
    TestBed.configureTestingModule({
      imports: [provideTestTransloco()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: SessionStore, useValue: fakeSession(me(role)) },
        { provide: MediaPicker, useValue: { open: pick } },
        // Autosave has its own specs (ComposeStore): here a slow machine must not save a draft mid-test.
        { provide: AUTOSAVE_DELAY, useValue: 3_600_000 },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const ref = TestBed.inject(MatDialog).open<ComposeDialog, ComposeData, ComposeResult>(ComposeDialog, { data });
    await settle();
    backend.expectOne('/api/v1/messaging/recipients').flush({ people, groups: [group()] });
    await settle();
    return ref;
  }

  afterEach(() => {
    backend.verify();
    TestBed.inject(MatDialog).closeAll();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  it('gives a pupil faces to touch, grouped by class, and no subject to write', async () => {
    await open('PUPIL', {}, [
      LEA,
      TOM,
      ZOE,
      DUPONT,
      { ...BERNARD, id: 'p-mum', displayName: 'Sophie Martin', context: 'Léa Martin' },
    ]);
    expect(text(dialog().querySelector('h2'))).toContain('Écrire un message');
    expect(text(dialog().querySelector('#pupil-to-label'))).toContain('À qui ?');
    expect(Array.from(dialog().querySelectorAll('h3.context')).map((h) => text(h))).toEqual([
      'Ma classe (CE2 A)',
      'Classe CM1 B',
      'Ma famille',
    ]);
    const tom = Array.from(dialog().querySelectorAll<HTMLButtonElement>('button.face')).find((b) =>
      text(b).includes('Tom Petit'),
    ) as HTMLButtonElement;
    expect(tom.getAttribute('aria-pressed')).toBe('false');
    tom.click();
    await settle();
    expect(tom.getAttribute('aria-pressed')).toBe('true');
    // Large targets: at least 48 px is asked of the styles; here the subject is optional.
    expect(dialog().querySelector('input[name=subject]')?.hasAttribute('required')).toBe(false);
    expect(text(dialog().querySelector('mat-label'))).toBe('Titre (si tu veux)');

    type('textarea[name=body]', 'On joue au foot ?');
    buttonNamed('Envoyer').click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/v1/messaging/conversations' });
    expect(req.request.body).toEqual({
      recipientIds: [TOM.id],
      subject: 'On joue au foot ?',
      body: 'On joue au foot ?',
    });
    req.flush({ id: 'c1', messageId: 'm1', status: 'held' });
    await settle();
    expect(text(dialog().querySelector('[role=status]'))).toContain(
      "Message envoyé à l'enseignant, qui le lira avant de le transmettre.",
    );
    await waitFor(() => expect(document.activeElement).toBe(dialog().querySelector('.result-title')));
  });

  it('says what is missing before sending', async () => {
    await open('PARENT');
    buttonNamed('Envoyer').click();
    await settle();
    expect(text(dialog())).toContain('Choisissez au moins un destinataire.');
    expect(text(dialog())).toContain('Écrivez un objet.');
    expect(text(dialog())).toContain('Écrivez votre message.');
    expect(dialog().querySelector('input[name=subject]')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('marks the refused recipients with a clear sentence and lets the sender take them out', async () => {
    await open('TEACHER', { to: [LEA, BERNARD] });
    type('input[name=subject]', 'Sortie');
    type('textarea[name=body]', 'Bonjour');
    buttonNamed('Envoyer').click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: '/api/v1/messaging/conversations' })
      .flush({ code: 'RECIPIENT_NOT_ALLOWED', refused: [BERNARD.id] }, { status: 403, statusText: 'x' });
    await settle();
    const alert = dialog().querySelector('[role=alert]') as HTMLElement;
    expect(text(alert.querySelector('.failure-text'))).toBe(
      'Vous ne pouvez pas écrire à 1 de ces destinataires. Retirez-le pour envoyer le message :',
    );
    expect(text(alert.querySelector('.failure-names'))).toBe('Paul Bernard');
    const refused = Array.from(dialog().querySelectorAll('li.chip')).filter((c) => c.classList.contains('chip-error'));
    expect(refused.map((c) => text(c.querySelector('.chip-text')))).toEqual(['Paul Bernard']);

    buttonNamed('Retirer ces destinataires').click();
    await settle();
    expect(dialog().querySelector('[role=alert]')).toBeNull();
    expect(Array.from(dialog().querySelectorAll('li.chip .chip-text')).map((c) => text(c))).toEqual(['Léa Martin']);
  });

  it('says when to try again after too many messages, and that messaging is switched off', async () => {
    await open('PARENT', { to: [DUPONT] });
    type('input[name=subject]', 'a');
    type('textarea[name=body]', 'b');
    buttonNamed('Envoyer').click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: '/api/v1/messaging/conversations' })
      .flush({ code: 'RATE_LIMITED' }, { status: 429, statusText: 'x', headers: { 'Retry-After': '600' } });
    await settle();
    expect(text(dialog().querySelector('[role=alert] .failure-text'))).toBe(
      'Vous avez envoyé beaucoup de messages. Vous pourrez recommencer dans 10 min.',
    );

    buttonNamed('Envoyer').click();
    await settle();
    backend
      .expectOne({ method: 'POST', url: '/api/v1/messaging/conversations' })
      .flush({ code: 'MODULE_DISABLED' }, { status: 403, statusText: 'x' });
    await settle();
    expect(text(dialog().querySelector('[role=alert] .failure-text'))).toBe(
      'La messagerie est coupée pour le moment : aucun message ne peut être envoyé.',
    );
  });

  it('attaches documents from the media library', async () => {
    pick.mockResolvedValue(mediaItem({ id: 'img1', title: 'Le parc' }));
    await open('PARENT');
    buttonNamed('Joindre un document').click();
    await settle();
    expect(pick).toHaveBeenCalledWith({ classId: null, title: 'messaging.compose.pickTitle' });
    expect(text(dialog().querySelector('.chosen-files'))).toContain('Le parc');
    expect(dialog().querySelector('preau-attachment-list img')?.getAttribute('alt')).toBe('Le parc');
  });

  it('opens a saved draft', async () => {
    TestBed.configureTestingModule({
      imports: [provideTestTransloco()],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: SessionStore, useValue: fakeSession(me('PARENT')) },
        { provide: MediaPicker, useValue: { open: pick } },
        { provide: AUTOSAVE_DELAY, useValue: 3_600_000 },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(MatDialog).open(ComposeDialog, { data: { draftId: 'd1' } });
    await settle();
    backend.expectOne('/api/v1/messaging/recipients').flush({ people: [DUPONT], groups: [] });
    backend
      .expectOne('/api/v1/messaging/drafts/d1')
      .flush({
        id: 'd1',
        recipients: [DUPONT],
        subject: 'Cantine',
        body: 'Bonjour',
        attachmentIds: [],
        updatedAt: '2026-03-02T09:00:00Z',
      });
    await settle();
    expect((dialog().querySelector('input[name=subject]') as HTMLInputElement).value).toBe('Cantine');
    expect(text(dialog().querySelector('li.chip .chip-text'))).toBe('Claire Dupont');
    expect(text(dialog().querySelector('.draft-state'))).toBe('Brouillon enregistré.');
    expect(buttonNamed('Supprimer le brouillon')).toBeTruthy();
  });
});
