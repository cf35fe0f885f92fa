import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { mediaItem } from '../data-access/media-test-data';
import { MediaItemDialog, MediaItemDialogData, MediaItemDialogResult } from './media-item-dialog';
import { provideTestTransloco } from '../../../testing';

describe('MediaItemDialog', () => {
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [provideTestTransloco()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => (e.innerHTML = ''));
  });

  // Long enough for a dialog's closing animation to end.
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 60));
      await TestBed.inject(ApplicationRef).whenStable();
    }
  };
  const button = (name: string, index = -1) => {
    const dialogs = Array.from(document.querySelectorAll('mat-dialog-container'));
    const dialog = dialogs.at(index) as HTMLElement;
    return Array.from(dialog.querySelectorAll('button')).find((b) =>
      b.textContent?.trim().includes(name),
    ) as HTMLButtonElement;
  };
  function open(data: Partial<MediaItemDialogData> = {}) {
    const ref = TestBed.inject(MatDialog).open<MediaItemDialog, MediaItemDialogData, MediaItemDialogResult>(
      MediaItemDialog,
      {
        data: { item: mediaItem(), owner: true, shareable: [], ...data },
      },
    );
    return firstValueFrom(ref.afterClosed());
  }

  it('asks again when the item is used elsewhere, then deletes it with force', async () => {
    const closed = open();
    await settle();
    button('Supprimer').click();
    await settle();
    expect(document.body.textContent).toContain('Supprimer « Sortie au parc » ?');
    button('Supprimer').click();
    await settle();
    backend
      .expectOne((r) => r.method === 'DELETE' && r.urlWithParams === '/api/v1/media/m1')
      .flush(
        { type: 'about:blank', title: 'in use', status: 409, code: 'MEDIA_IN_USE', usages: 2 },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(document.body.textContent).toContain('utilisé à 2 endroits');
    button('Supprimer quand même').click();
    await settle();
    backend
      .expectOne((r) => r.method === 'DELETE' && r.urlWithParams === '/api/v1/media/m1?force=true')
      .flush(null, { status: 204, statusText: 'No Content' });
    await expect(closed).resolves.toMatchObject({ deleted: true });
  });

  it('keeps the item when the second question is declined', async () => {
    void open();
    await settle();
    button('Supprimer').click();
    await settle();
    button('Supprimer').click();
    await settle();
    backend
      .expectOne('/api/v1/media/m1')
      .flush({ code: 'MEDIA_IN_USE', usages: 1 }, { status: 409, statusText: 'Conflict' });
    await settle();
    expect(document.body.textContent).toContain('utilisé à 1 endroit (article, message ou cahier)');
    button('Annuler').click();
    await settle();
    backend.expectNone('/api/v1/media/m1?force=true');
    expect(document.querySelectorAll('mat-dialog-container')).toHaveLength(1);
  });

  it('shares with a class and removes from it, saying so', async () => {
    const closed = open({ owner: false, shareable: [{ id: 'c1', name: 'CE2 A' }] });
    await settle();
    expect(button('Supprimer')).toBeUndefined();
    button('Partager avec CE2 A').click();
    await settle();
    const share = backend.expectOne('/api/v1/classes/c1/media');
    expect(share.request.body).toEqual({ mediaId: 'm1' });
    share.flush(mediaItem({ sharedWithClassIds: ['c1'] }));
    await settle();
    expect(document.body.textContent).toContain('Partagé avec CE2 A.');
    button('Retirer de CE2 A').click();
    await settle();
    backend
      .expectOne((r) => r.method === 'DELETE' && r.url === '/api/v1/classes/c1/media/m1')
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();
    expect(document.body.textContent).toContain('Retiré de CE2 A.');
    button('Fermer').click();
    await expect(closed).resolves.toMatchObject({ deleted: false, item: { sharedWithClassIds: [] } });
  });

  it('renames the item', async () => {
    const closed = open();
    await settle();
    button('Renommer').click();
    await settle();
    const input = document.querySelector('mat-dialog-container input') as HTMLInputElement;
    input.value = ' Le parc ';
    input.dispatchEvent(new Event('input'));
    button('Enregistrer le titre').click();
    await settle();
    const req = backend.expectOne((r) => r.method === 'PATCH' && r.url === '/api/v1/media/m1');
    expect(req.request.body).toEqual({ title: 'Le parc' });
    req.flush(mediaItem({ title: 'Le parc' }));
    await settle();
    expect(document.querySelector('mat-dialog-container h2')?.textContent).toContain('Le parc');
    button('Fermer').click();
    await expect(closed).resolves.toMatchObject({ item: { title: 'Le parc' } });
  });

  it('moves the item into a folder, then back to the root (owner only)', async () => {
    const folders = [
      { id: 'f1', name: 'Sorties', itemCount: 0 },
      { id: 'f2', name: 'Arts', itemCount: 2 },
    ];
    const closed = open({ folders });
    await settle();
    expect(document.body.textContent).toContain('Sans dossier');
    button('Déplacer vers…').click();
    await settle();
    const menuItem = (name: string) =>
      Array.from(document.querySelectorAll('[role="menuitemradio"]')).find((b) =>
        b.textContent?.includes(name),
      ) as HTMLButtonElement;
    expect(menuItem('Sans dossier').getAttribute('aria-checked')).toBe('true');
    menuItem('Sorties').click();
    await settle();
    const req = backend.expectOne((r) => r.method === 'PATCH' && r.url === '/api/v1/media/m1');
    expect(req.request.body).toEqual({ folderId: 'f1' });
    req.flush(mediaItem({ folderId: 'f1' }));
    await settle();
    expect(document.body.textContent).toContain('Déplacé dans « Sorties ».');
    expect(document.body.textContent).toContain('Dossier : Sorties');

    button('Déplacer vers…').click();
    await settle();
    expect(menuItem('Sorties').getAttribute('aria-checked')).toBe('true');
    menuItem('Sans dossier').click();
    await settle();
    const back = backend.expectOne((r) => r.method === 'PATCH' && r.url === '/api/v1/media/m1');
    expect(back.request.body).toEqual({ folderId: null });
    back.flush(mediaItem({ folderId: null }));
    await settle();
    expect(document.body.textContent).toContain('Sans dossier');
    button('Fermer').click();
    await expect(closed).resolves.toMatchObject({ deleted: false, item: { folderId: null } });
  });

  it('offers no move to someone who does not own the item', async () => {
    void open({ owner: false, folders: [{ id: 'f1', name: 'Sorties', itemCount: 0 }] });
    await settle();
    expect(button('Déplacer vers…')).toBeUndefined();
  });
});
