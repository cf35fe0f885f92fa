import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AdminUserView } from '@preau/contracts';
import { closeDialogs, setUpComponentTest, settle, text, waitFor } from '../../../testing';
import { adminUser, awaitRequest, refusal } from '../data-access/admin-test-data';
import { buttonIn } from '../testing';
import { PersonPage } from './person-page';

jest.setTimeout(30_000);

describe('PersonPage', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  const lea = adminUser();
  const parent = adminUser({
    id: 'p1',
    displayName: 'Sophie Martin',
    login: 'sophie.martin',
    role: 'PARENT',
    classes: [],
    children: [{ id: 'u1', displayName: 'Léa Martin', className: 'CE2 A', classId: 'c1' }],
  });

  async function setUp() {
    setUpComponentTest({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/people/:id', component: PersonPage }], withComponentInputBinding()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  }
  const el = () => harness.routeNativeElement as HTMLElement;
  const dialog = () => document.querySelector('mat-dialog-container') as HTMLElement;
  /** As the people list opens a row: the row travels in the navigation's state, painted until the page loads. */
  async function openFromList(person: AdminUserView, loaded: AdminUserView = person) {
    await setUp();
    await TestBed.inject(Router).navigateByUrl(`/admin/people/${person.id}`, { state: { person } });
    harness.detectChanges();
    await new Promise((resolve) => setTimeout(resolve, 0));
    (await awaitRequest(backend, `/api/v1/admin/users/${person.id}`)).flush(loaded);
    await settle();
  }
  /** As an address typed or bookmarked: nothing to paint before GET /admin/users/:id answers. */
  async function openByAddress(id: string, answer: (req: TestRequest) => void) {
    await setUp();
    const navigating = harness.navigateByUrl(`/admin/people/${id}`);
    answer(await awaitRequest(backend, `/api/v1/admin/users/${id}`));
    await navigating;
    await settle();
  }

  afterEach(() => {
    closeDialogs();
    backend.verify();
  });

  it("shows a pupil: class, state, and the class's login sheet of their school to print", async () => {
    await openFromList(lea);
    expect(text(el().querySelector('h1'))).toBe('Léa Martin');
    expect(text(el().querySelector('.login'))).toBe('lea.martin');
    expect(text(el().querySelector('.state'))).toBe('Actif');
    expect(text(el().querySelector('.classes'))).toBe('CE2 A');
    expect(el().querySelector('.classes a')?.getAttribute('href')).toBe('/admin/schools/s1/classes/c1');
    expect(el().querySelector('.print-card')?.getAttribute('href')).toBe('/api/v1/admin/schools/s1/login-sheets.pdf?classId=c1');
  });

  it("paints the list's row first, then what the server says now", async () => {
    await openFromList(lea, { ...lea, blocked: true });
    expect(text(el().querySelector('.state'))).toBe('Bloqué');
  });

  it("loads a parent opened from an address, with their family letter per child's class", async () => {
    await openByAddress('p1', (req) => req.flush(parent));
    expect(text(el().querySelector('h1'))).toBe('Sophie Martin');
    expect(text(el().querySelector('.children li'))).toContain('Léa Martin (CE2 A)');
    expect(el().querySelector('.print-letter')?.getAttribute('href')).toBe('/api/v1/admin/schools/s1/family-letters.pdf?classId=c1');
    expect(el().querySelector('.print-card')).toBeNull();
  });

  it("asks for each child's school when a parent's children are in several schools", async () => {
    const nina = adminUser({ id: 'u9', displayName: 'Nina Martin', classes: [{ id: 'c9', name: 'CE2' }], schoolIds: ['s2'] });
    const twoSchools = adminUser({
      ...parent,
      schoolIds: ['s1', 's2'],
      children: [
        { id: 'u1', displayName: 'Léa Martin', className: 'CE2 A', classId: 'c1' },
        { id: 'u9', displayName: 'Nina Martin', className: 'CE2', classId: 'c9' },
      ],
    });
    await setUp();
    const navigating = harness.navigateByUrl('/admin/people/p1');
    (await awaitRequest(backend, '/api/v1/admin/users/p1')).flush(twoSchools);
    (await awaitRequest(backend, '/api/v1/admin/users/u1')).flush(lea);
    (await awaitRequest(backend, '/api/v1/admin/users/u9')).flush(nina);
    await navigating;
    await settle();
    expect(Array.from(el().querySelectorAll('.print-letter')).map((a) => a.getAttribute('href'))).toEqual([
      '/api/v1/admin/schools/s1/family-letters.pdf?classId=c1',
      '/api/v1/admin/schools/s2/family-letters.pdf?classId=c9',
    ]);
  });

  it('blocks an account after a confirmation, then offers to unblock it', async () => {
    await openFromList(parent);
    (el().querySelector('button.block') as HTMLButtonElement).click();
    await settle(3, 60);
    expect(text(dialog().querySelector('h2'))).toBe('Bloquer le compte de Sophie Martin ?');
    buttonIn(dialog(), 'Bloquer le compte').click();
    const req = await awaitRequest(backend, { method: 'POST', url: '/api/v1/admin/users/p1/block' });
    req.flush(null, { status: 204, statusText: 'No Content' });
    await waitFor(() => expect(text(el().querySelector('.status-saved'))).toContain('Le compte de Sophie Martin est bloqué.'));
    expect(text(el().querySelector('.state'))).toBe('Bloqué');
    expect(el().querySelector('button.unblock')).toBeTruthy();
  });

  it('shows a refused block in plain French', async () => {
    await openFromList(parent);
    (el().querySelector('button.block') as HTMLButtonElement).click();
    await settle(3, 60);
    buttonIn(dialog(), 'Bloquer le compte').click();
    (await awaitRequest(backend, { method: 'POST', url: '/api/v1/admin/users/p1/block' })).flush(...refusal(403, 'FORBIDDEN'));
    await waitFor(() => expect(text(el().querySelector('.status-error'))).toContain("Vous n'avez pas le droit de faire cela."));
    expect(text(el().querySelector('.state'))).toBe('Actif');
  });

  it("resets a pupil's password after a warning, and shows the new password and the new card once", async () => {
    await openFromList(lea);
    (el().querySelector('button.reset') as HTMLButtonElement).click();
    await settle(3, 60);
    expect(text(dialog().querySelector('p'))).toContain("l'ancienne carte ne fonctionnera plus");
    buttonIn(dialog(), 'Réinitialiser le mot de passe').click();
    (await awaitRequest(backend, { method: 'POST', url: '/api/v1/admin/users/u1/password-reset' })).flush({
      id: 'u1',
      login: 'lea.martin',
      temporaryPassword: 'lapin-vert-42',
      mustChangePassword: false,
      cardToken: 'PC1.u1.secret',
    });
    await waitFor(() => expect(text(dialog()?.querySelector('h2'))).toBe('Identifiants de Léa Martin'));
    expect(text(dialog().querySelector('.password'))).toBe('lapin-vert-42');
    expect(dialog().querySelector('.must-change')).toBeNull();
    expect(text(dialog().querySelector('.new-card'))).toContain('Une nouvelle carte de connexion est prête');
    // The card's secret is never shown as text.
    expect(text(dialog())).not.toContain('PC1.');
  });

  it('says "not found" for someone the server does not show (404)', async () => {
    await openByAddress('zz', (req) => req.flush(...refusal(404, 'NOT_FOUND')));
    expect(text(el().querySelector('[role="alert"]'))).toBe("Cette page n'existe pas, ou vous n'y avez pas accès.");
  });

  it('offers to try again when the page cannot be loaded', async () => {
    await openByAddress('p1', (req) => req.flush(...refusal(500, 'INTERNAL')));
    expect(el().querySelector('preau-error-state')).toBeTruthy();
  });
});
