import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { MediaItemView } from '@preau/contracts';
import { mediaItem } from '../data-access/media-test-data';
import { MediaPicker } from './media-picker';
import { provideTestTransloco } from '../../../testing';

const page = (items: MediaItemView[], nextCursor: string | null = null) => ({ items, nextCursor });

describe('MediaPicker', () => {
  let backend: HttpTestingController;
  let picker: MediaPicker;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [provideTestTransloco()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    picker = TestBed.inject(MediaPicker);
  });

  afterEach(() => document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = '')));

  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await TestBed.inject(ApplicationRef).whenStable();
    }
  };
  const dialog = () => document.querySelector('mat-dialog-container') as HTMLElement;
  const card = (title: string) =>
    Array.from(dialog().querySelectorAll<HTMLButtonElement>('preau-media-card button')).find((b) =>
      b.textContent?.includes(title),
    ) as HTMLButtonElement;
  const list = (scope: string) =>
    backend.expectOne((r) => r.url === '/api/v1/media' && r.params.get('scope') === scope);

  it('lists my library and closes with the ready item chosen', async () => {
    const chosen = picker.open();
    await settle();
    expect(dialog().querySelector('h2')?.textContent).toContain('Choisir dans la médiathèque');
    list('mine').flush(
      page([
        mediaItem({ id: 'a', title: 'Le parc' }),
        mediaItem({ id: 'b', title: 'La chorale', kind: 'audio', status: 'processing' }),
      ]),
    );
    await settle();

    const processing = card('La chorale');
    expect(processing.getAttribute('aria-disabled')).toBe('true');
    expect(processing.textContent).toContain('En cours de traitement');
    processing.click();
    await settle();
    expect(dialog()).not.toBeNull();

    card('Le parc').click();
    await expect(chosen).resolves.toMatchObject({ id: 'a', title: 'Le parc' });
  });

  it('offers the class library next to mine when given a class', async () => {
    const chosen = picker.open({ classId: 'c1' });
    await settle();
    list('mine').flush(page([]));
    await settle();
    expect(dialog().textContent).toContain('Votre médiathèque est vide');

    const classTab = Array.from(dialog().querySelectorAll<HTMLButtonElement>('mat-button-toggle button')).find((b) =>
      b.textContent?.includes('Médiathèque de la classe'),
    );
    classTab?.click();
    await settle();
    list('class:c1').flush(
      page([mediaItem({ id: 'fiche', title: 'Fiche outil', kind: 'document', sharedWithClassIds: ['c1'] })]),
    );
    await settle();
    // Nothing is sent from the class library: no upload there.
    expect(dialog().textContent).not.toContain('Choisir des fichiers');
    card('Fiche outil').click();
    await expect(chosen).resolves.toMatchObject({ id: 'fiche' });
  });

  it('keeps to the kinds asked for', async () => {
    const chosen = picker.open({ kinds: ['image'] });
    await settle();
    const req = list('mine');
    expect(req.request.params.get('kind')).toBe('image');
    req.flush(page([mediaItem({ id: 'a', title: 'Le parc' })]));
    await settle();
    // The kind filter offers nothing else.
    expect(dialog().textContent).not.toContain('Tous les types');
    card('Le parc').click();
    await expect(chosen).resolves.toMatchObject({ id: 'a' });
  });

  it('closes with nothing on cancel', async () => {
    const chosen = picker.open();
    await settle();
    list('mine').flush(page([]));
    await settle();
    (
      Array.from(dialog().querySelectorAll('button')).find(
        (b) => b.textContent?.trim() === 'Annuler',
      ) as HTMLButtonElement
    ).click();
    await expect(chosen).resolves.toBeNull();
  });

  it('sends a new file from inside and lets it be chosen once ready', async () => {
    const chosen = picker.open();
    await settle();
    list('mine').flush(page([]));
    await settle();
    const input = dialog().querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'dessin.png', { type: 'image/png' })] });
    input.dispatchEvent(new Event('change'));
    await settle();
    backend
      .expectOne((r) => r.method === 'POST' && r.url === '/api/v1/media')
      .flush(mediaItem({ id: 'new', title: 'dessin' }), { status: 202, statusText: 'Accepted' });
    await settle();
    expect(dialog().textContent).toContain('Prêt');
    card('dessin').click();
    await expect(chosen).resolves.toMatchObject({ id: 'new' });
  });
});
