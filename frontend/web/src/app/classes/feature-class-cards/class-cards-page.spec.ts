import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ClassMembersView, ClassView } from '@preau/contracts';
import { closeDialogs, setUpComponentTest, settle, text, waitFor } from '../../../testing';
import { ClassCardsPage } from './class-cards-page';

jest.setTimeout(30_000);

describe('ClassCardsPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  const ce2a: ClassView = {
    id: 'c1',
    name: 'CE2 A',
    schoolId: 's1',
    schoolName: 'École Jules Ferry',
    modules: { blog: true, homework: true, liaison: true, calendar: true, media: true, messaging: true },
    schoolSwitches: {},
    settings: { commentModeration: 'held', holdPupilMessages: true, shareBlogWithPartners: false },
    permissions: ['class.read', 'class.members.read', 'class.settings.change'],
  } as ClassView;
  const members: ClassMembersView = {
    pupils: [
      { id: 'u2', displayName: 'Léa Martin', role: 'PUPIL' },
      { id: 'u1', displayName: 'Hugo Bernard', role: 'PUPIL' },
    ],
    teachers: [{ id: 't1', displayName: 'Anne Lefèvre', role: 'TEACHER' }],
  };

  async function awaitRequest(match: { method?: string; url: string }): Promise<TestRequest> {
    let found: TestRequest | undefined;
    await waitFor(() => {
      found = backend.expectOne(match);
    });
    return found as TestRequest;
  }

  async function open() {
    setUpComponentTest({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'classes/:id/cards', component: ClassCardsPage }], withComponentInputBinding()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    const navigating = harness.navigateByUrl('/classes/c1/cards');
    await navigating;
    (await awaitRequest({ url: '/api/v1/classes/c1' })).flush(ce2a);
    (await awaitRequest({ url: '/api/v1/classes/c1/members' })).flush(members);
    await settle();
  }
  const el = () => harness.routeNativeElement as HTMLElement;
  const dialog = () => document.querySelector('mat-dialog-container') as HTMLElement;
  const buttonIn = (root: HTMLElement, name: string) =>
    Array.from(root.querySelectorAll<HTMLElement>('button, a')).find((b) => text(b) === name) as HTMLElement;

  afterEach(() => {
    closeDialogs();
    backend.verify();
  });

  it("lists the class's pupils by name, each with a labelled reset, and links the class's sheets in a new tab", async () => {
    await open();
    expect(text(el().querySelector('h1'))).toBe('Cartes et mots de passe · CE2 A');
    expect(Array.from(el().querySelectorAll('.pupil-name')).map(text)).toEqual(['Hugo Bernard', 'Léa Martin']);
    expect(Array.from(el().querySelectorAll('button.reset')).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Nouveau mot de passe pour Hugo Bernard',
      'Nouveau mot de passe pour Léa Martin',
    ]);
    const print = el().querySelector('a.print-cards') as HTMLAnchorElement;
    expect(print.getAttribute('href')).toBe('/api/v1/classes/c1/login-sheets.pdf');
    expect(print.getAttribute('target')).toBe('_blank');
    expect(text(print)).toContain('Imprimer les cartes');
  });

  it("gives a pupil a new password after a warning, shows it once with their card to print", async () => {
    await open();
    (el().querySelectorAll('button.reset')[1] as HTMLButtonElement).click();
    await settle(3, 60);
    expect(text(dialog().querySelector('h2'))).toBe('Nouveau mot de passe pour Léa Martin ?');
    expect(text(dialog().querySelector('p'))).toContain('ancienne carte ne marcheront plus');
    buttonIn(dialog(), 'Donner un nouveau mot de passe').click();
    (await awaitRequest({ method: 'POST', url: '/api/v1/admin/users/u2/password-reset' })).flush({
      id: 'u2',
      login: 'lea.ce2a',
      temporaryPassword: 'lapin-vert-42',
      mustChangePassword: false,
      cardToken: 'PC1.u2.secret',
    });
    await waitFor(() => expect(text(dialog()?.querySelector('h2'))).toBe('Nouveau mot de passe de Léa Martin'));
    expect(text(dialog().querySelector('.password'))).toBe('lapin-vert-42');
    expect(text(dialog().querySelector('.login'))).toBe('lea.ce2a');
    expect(text(dialog().querySelector('.new-card'))).toContain('ancienne carte ne marche plus');
    expect(dialog().querySelector('a.print-card')?.getAttribute('href')).toBe('/api/v1/classes/c1/login-sheets.pdf');
    expect(text(dialog())).not.toContain('PC1.');
    expect(text(el().querySelector('.status-saved'))).toContain('Léa Martin a un nouveau mot de passe.');

    // Closed, the password is gone: the page never shows it.
    buttonIn(dialog(), "J'ai noté").click();
    await settle(3, 60);
    expect(document.querySelector('mat-dialog-container')).toBeNull();
    expect(text(el())).not.toContain('lapin-vert-42');
  });

  it('asks nothing of the server when the teacher cancels the reset', async () => {
    await open();
    (el().querySelector('button.reset') as HTMLButtonElement).click();
    await settle(3, 60);
    buttonIn(dialog(), 'Annuler').click();
    await settle(3, 60);
    backend.expectNone({ method: 'POST' });
  });

  it('shows a refusal as such, and no password', async () => {
    await open();
    (el().querySelector('button.reset') as HTMLButtonElement).click();
    await settle(3, 60);
    buttonIn(dialog(), 'Donner un nouveau mot de passe').click();
    (await awaitRequest({ method: 'POST', url: '/api/v1/admin/users/u1/password-reset' })).flush(
      { type: 'about:blank', title: 'Forbidden', status: 403, code: 'FORBIDDEN' },
      { status: 403, statusText: 'Forbidden' },
    );
    await waitFor(() => expect(text(el().querySelector('.status-error'))).toContain("Vous n'avez pas le droit de faire cela."));
    expect(document.querySelector('mat-dialog-container')).toBeNull();
  });

  it("reprints the class's cards after warning that the old ones stop working, then offers the new sheets", async () => {
    await open();
    expect(el().querySelector('a.print-new-cards')).toBeNull();
    (el().querySelector('button.reissue') as HTMLButtonElement).click();
    await settle(3, 60);
    expect(text(dialog().querySelector('p'))).toContain('Les anciennes cartes ne marcheront plus');
    buttonIn(dialog(), 'Réimprimer les cartes').click();
    (await awaitRequest({ method: 'POST', url: '/api/v1/admin/classes/c1/cards' })).flush({ reissued: 2 });
    await waitFor(() => expect(text(el().querySelector('.status-saved'))).toContain('Nouvelles cartes prêtes pour 2 élève(s)'));
    expect(el().querySelector('a.print-new-cards')?.getAttribute('href')).toBe('/api/v1/classes/c1/login-sheets.pdf');
  });

  it('says "not found" for a class the person may not see', async () => {
    setUpComponentTest({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'classes/:id/cards', component: ClassCardsPage }], withComponentInputBinding()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/classes/c9/cards');
    (await awaitRequest({ url: '/api/v1/classes/c9' })).flush(
      { type: 'about:blank', title: 'Not found', status: 404, code: 'NOT_FOUND' },
      { status: 404, statusText: 'Not Found' },
    );
    (await awaitRequest({ url: '/api/v1/classes/c9/members' })).flush(
      { type: 'about:blank', title: 'Not found', status: 404, code: 'NOT_FOUND' },
      { status: 404, statusText: 'Not Found' },
    );
    await settle();
    expect(text(el().querySelector('h1'))).toBe('Cartes et mots de passe des élèves');
    expect(text(el())).toContain("Cette page n'existe pas, ou vous n'y avez pas accès.");
    expect(el().querySelector('button.reset')).toBeNull();
  });
});
