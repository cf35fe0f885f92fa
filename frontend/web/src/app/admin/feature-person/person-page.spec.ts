import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AdminUserView } from '@preau/contracts';
import { closeDialogs, setUpComponentTest, settle, text, waitFor } from '../../../testing';
import { adminClass, adminSchool, adminUser, awaitRequest, page, refusal } from '../data-access/admin-test-data';
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
    children: [{ id: 'u1', displayName: 'Léa Martin', className: 'CE2 A' }],
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
  /** As the people list opens a row: the row travels in the navigation's state. */
  async function openFromList(person: AdminUserView) {
    await setUp();
    await TestBed.inject(Router).navigateByUrl(`/admin/people/${person.id}?login=${person.login}`, { state: { person } });
    harness.detectChanges();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  /** A pupil's page finds the school of their class, for the login sheet. */
  async function flushSchools() {
    (await awaitRequest(backend, '/api/v1/admin/schools')).flush([adminSchool()]);
    (await awaitRequest(backend, '/api/v1/admin/schools/s1/classes')).flush([adminClass()]);
    await settle();
  }

  afterEach(() => {
    closeDialogs();
    backend.verify();
  });

  it("shows a pupil from the list's row: class, state, and the class's login sheet to print", async () => {
    await openFromList(lea);
    await flushSchools();
    expect(text(el().querySelector('h1'))).toBe('Léa Martin');
    expect(text(el().querySelector('.login'))).toBe('lea.martin');
    expect(text(el().querySelector('.state'))).toBe('Actif');
    expect(text(el().querySelector('.classes'))).toBe('CE2 A');
    expect(el().querySelector('.print-card')?.getAttribute('href')).toBe('/api/v1/admin/schools/s1/login-sheets.pdf?classId=c1');
  });

  it('finds the person again by login when opened from an address (no GET /admin/users/:id)', async () => {
    await setUp();
    const navigating = harness.navigateByUrl('/admin/people/p1?login=sophie.martin');
    const req = await awaitRequest(backend, (r) => r.url === '/api/v1/admin/users' && r.params.get('q') === 'sophie.martin');
    req.flush(page([adminUser({ id: 'p2', displayName: 'Sophie Martinez', login: 'sophie.martinez' }), parent]));
    await navigating;
    await settle();
    expect(text(el().querySelector('h1'))).toBe('Sophie Martin');
    expect(text(el().querySelector('.children'))).toBe('Léa Martin (CE2 A)');
    expect(el().querySelector('.print-card')).toBeNull();
  });

  it('blocks an account after a confirmation, then offers to unblock it', async () => {
    await openFromList(parent);
    await settle();
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
    await settle();
    (el().querySelector('button.block') as HTMLButtonElement).click();
    await settle(3, 60);
    buttonIn(dialog(), 'Bloquer le compte').click();
    (await awaitRequest(backend, { method: 'POST', url: '/api/v1/admin/users/p1/block' })).flush(...refusal(403, 'FORBIDDEN'));
    await waitFor(() => expect(text(el().querySelector('.status-error'))).toContain("Vous n'avez pas le droit de faire cela."));
    expect(text(el().querySelector('.state'))).toBe('Actif');
  });

  it("resets a pupil's password after a warning, and shows the new password and the new card once", async () => {
    await openFromList(lea);
    await flushSchools();
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

  it('says "not found" when the login finds nobody with this id', async () => {
    await setUp();
    const navigating = harness.navigateByUrl('/admin/people/zz?login=nobody');
    (await awaitRequest(backend, (r) => r.url === '/api/v1/admin/users')).flush(page([]));
    await navigating;
    await settle();
    expect(text(el().querySelector('[role="alert"]'))).toBe("Cette page n'existe pas, ou vous n'y avez pas accès.");
  });
});
