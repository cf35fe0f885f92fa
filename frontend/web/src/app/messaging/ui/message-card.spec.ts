import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ThreadMessageView } from '@preau/contracts';
import { mediaItem } from '../../media/testing';
import { DUPONT, LEA, TOM, threadMessage } from '../data-access/messaging-test-data';
import { MessageCard } from './message-card';
import { MessageText } from './message-text';
import { provideTestTransloco } from '../../../testing';

const transloco = provideTestTransloco();
const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await TestBed.inject(ApplicationRef).whenStable();
};

describe('MessageText', () => {
  async function render(body: string | null) {
    TestBed.configureTestingModule({ imports: [MessageText, transloco] });
    const fixture = TestBed.createComponent(MessageText);
    fixture.componentRef.setInput('body', body);
    await settle();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows markup as text, never as HTML, and keeps line breaks', async () => {
    const el = await render('<img src=x onerror=alert(1)>\n<b>gras</b>');
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)>\n<b>gras</b>');
  });

  it('makes http(s) addresses links that open a new tab without a handle on this one', async () => {
    const el = await render('Voir https://preau.fr/blog. Ou javascript:alert(1)');
    const links = el.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://preau.fr/blog');
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(links[0].textContent).toBe("https://preau.fr/blog (s'ouvre dans un nouvel onglet)");
    expect(el.textContent).toContain('. Ou javascript:alert(1)');
  });
});

describe('MessageCard', () => {
  async function render(message: ThreadMessageView, mine = false) {
    TestBed.configureTestingModule({ imports: [MessageCard, transloco] });
    const fixture = TestBed.createComponent(MessageCard);
    fixture.componentRef.setInput('message', message);
    fixture.componentRef.setInput('mine', mine);
    fixture.componentRef.setInput('people', new Map([LEA, TOM, DUPONT].map((p) => [p.id, p])));
    fixture.componentRef.setInput('now', Date.parse('2026-03-02T10:00:00Z'));
    await settle();
    return fixture.nativeElement as HTMLElement;
  }

  it('is an article named by its author, with the text and the date', async () => {
    const el = await render(threadMessage());
    const article = el.querySelector('article') as HTMLElement;
    expect(el.querySelector(`#${article.getAttribute('aria-labelledby')}`)?.textContent).toContain('Claire Dupont');
    expect(el.querySelector('preau-message-text')?.textContent).toBe('Bonjour,\nN’oubliez pas vos bottes.');
    expect(el.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-02T09:00:00Z');
    expect(el.querySelector('time')?.textContent).toBe('10:00');
  });

  it('shows the teacher’s marker instead of a hidden message', async () => {
    const el = await render(threadMessage({ status: 'hidden', body: null, attachments: [mediaItem()] }));
    expect(el.textContent).toContain("Message masqué par l'enseignant");
    expect(el.querySelector('preau-message-text')).toBeNull();
    expect(el.querySelector('preau-attachment-list')).toBeNull();
  });

  it('tells the author their message waits for the teacher, or was refused with a note', async () => {
    let el = await render(threadMessage({ author: LEA, status: 'held' }), true);
    expect(el.textContent).toContain("En attente de validation par l'enseignant");
    expect(el.querySelector('h3')?.textContent).toContain('Vous');
    TestBed.resetTestingModule();
    el = await render(threadMessage({ author: LEA, status: 'refused', moderationNote: 'Pas de gros mots.' }), true);
    expect(el.textContent).toContain("Refusé par l'enseignant");
    expect(el.textContent).toContain("Message de l'enseignant : « Pas de gros mots. »");
  });

  it('tells the author who has read it', async () => {
    const el = await render(
      threadMessage({
        recipientIds: [LEA.id, TOM.id, 'p-x'],
        readBy: [
          { personId: LEA.id, readAt: '2026-03-02T09:30:00Z' },
          { personId: TOM.id, readAt: '2026-03-02T09:40:00Z' },
        ],
      }),
      true,
    );
    expect(el.querySelector('summary')?.textContent?.trim()).toBe('Lu par 2 sur 3');
    expect(Array.from(el.querySelectorAll('details li')).map((li) => li.textContent?.trim())).toEqual([
      'Léa Martin · il y a 30 minutes',
      'Tom Petit · il y a 20 minutes',
    ]);
  });

  it('offers a menu only when there is something the caller may do', async () => {
    let el = await render(threadMessage());
    expect(el.querySelector('.menu-button')).toBeNull();
    TestBed.resetTestingModule();
    el = await render(threadMessage({ permissions: { report: true, hide: false } }));
    expect(el.querySelector('.menu-button')?.getAttribute('aria-label')).toBe(
      'Actions sur le message de Claire Dupont',
    );
    TestBed.resetTestingModule();
    el = await render(threadMessage({ reportedByMe: true, permissions: { report: true, hide: false } }));
    expect(el.querySelector('.menu-button')).toBeNull();
    expect(el.textContent).toContain('Vous avez signalé ce message');
  });

  it('shows image attachments as thumbnails with their title as alternative text', async () => {
    const el = await render(
      threadMessage({
        attachments: [
          mediaItem({ title: 'Le parc' }),
          mediaItem({ id: 'l1', kind: 'link', title: 'Le musée', url: 'https://musee.fr', renditions: {} }),
        ],
      }),
    );
    expect(el.querySelector('.thumb img')?.getAttribute('alt')).toBe('Le parc');
    const link = el.querySelector('a.file') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://musee.fr/');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
