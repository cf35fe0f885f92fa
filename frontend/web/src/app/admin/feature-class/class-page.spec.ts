import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { closeDialogs, setUpComponentTest, settle, text, waitFor } from '../../../testing';
import { adminClass, adminUser, awaitRequest, page, refusal } from '../data-access/admin-test-data';
import { buttonIn } from '../testing';
import { AdminClassPage } from './class-page';

jest.setTimeout(30_000);

describe('AdminClassPage', () => {
  let backend: HttpTestingController;
  const classes = [adminClass(), adminClass({ id: 'c2', name: 'CM1', levels: ['CM1'], teachers: [], pupilCount: 20 })];
  const people = [
    adminUser({ id: 'u1', displayName: 'Léa Martin', login: 'lea.martin' }),
    adminUser({ id: 'u2', displayName: 'Tom Petit', login: 'tom.petit' }),
    adminUser({
      id: 'p1',
      displayName: 'Sophie Martin',
      login: 'sophie.martin',
      role: 'PARENT',
      classes: [],
      children: [{ id: 'u1', displayName: 'Léa Martin', className: 'CE2 A', classId: 'c1' }],
    }),
    adminUser({ id: 't1', displayName: 'Marie Dupont', login: 'marie.dupont', role: 'TEACHER' }),
  ];

  async function render() {
    setUpComponentTest({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AdminClassPage);
    fixture.componentRef.setInput('id', 's1');
    fixture.componentRef.setInput('classId', 'c1');
    fixture.autoDetectChanges();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return fixture.nativeElement as HTMLElement;
  }
  /** The class's people (GET /admin/users?classId=) come page by page (100 at a time) until the cursor ends. */
  async function loaded() {
    const el = await render();
    backend.expectOne('/api/v1/admin/schools/s1/classes').flush(classes);
    (await awaitRequest(backend, (r) =>
          r.url === '/api/v1/admin/users' &&
          r.params.get('schoolId') === 's1' &&
          r.params.get('classId') === 'c1' &&
          !r.params.has('cursor'))).flush(
      page(people.slice(0, 2), 'next'),
    );
    (await awaitRequest(backend, (r) => r.url === '/api/v1/admin/users' && r.params.get('classId') === 'c1' && r.params.get('cursor') === 'next')).flush(page(people.slice(2)));
    await settle();
    return el;
  }
  const box = (el: HTMLElement, name: string) =>
    Array.from(el.querySelectorAll('mat-checkbox')).find((b) => text(b) === name)?.querySelector('input') as HTMLInputElement;

  afterEach(() => {
    closeDialogs();
    backend.verify();
  });

  it("lists the class's pupils only (not its teacher, not their parents), with the class's PDFs", async () => {
    const el = await loaded();
    expect(text(el.querySelector('h1'))).toBe('Classe CE2 A');
    expect(Array.from(el.querySelectorAll('.pupil-list mat-checkbox')).map(text)).toEqual(['Léa Martin', 'Tom Petit']);
    const families = Array.from(el.querySelectorAll('.family-list li'));
    expect(families.map((li) => text(li.querySelector('span')))).toEqual(['Sophie Martin']);
    expect(text(families[0].querySelector('.login'))).toBe('Actif');
    expect(families[0].querySelector('a')?.getAttribute('href')).toBe('/admin/people/p1');
    const hrefs = Array.from(el.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '/api/v1/admin/schools/s1/login-sheets.pdf?classId=c1',
      '/api/v1/admin/schools/s1/family-letters.pdf?classId=c1',
    ]);
  });

  it('moves the selected pupils to another class of the school, after a confirmation', async () => {
    const el = await loaded();
    const move = el.querySelector('button.move') as HTMLButtonElement;
    expect(move.disabled).toBe(true);
    box(el, 'Tom Petit').click();
    await settle(1, 0);
    (el.querySelector('mat-select') as HTMLElement).click();
    await settle(3, 60);
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map(text)).toEqual(['CM1 (CM1)']);
    options[0].click();
    await settle(3, 60);
    expect(text(move)).toContain('Déplacer la sélection (1)');
    move.click();
    await settle(3, 60);
    const confirm = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(text(confirm.querySelector('p'))).toBe('1 élève(s) de CE2 A passeront en CM1 pour cette année scolaire.');
    buttonIn(confirm, 'Déplacer vers CM1').click();
    const req = await awaitRequest(backend, { method: 'POST', url: '/api/v1/admin/classes/c2/pupils' });
    expect(req.request.body).toEqual({ pupilIds: ['u2'] });
    req.flush(null, { status: 204, statusText: 'No Content' });
    (await awaitRequest(backend, '/api/v1/admin/schools/s1/classes')).flush(classes);
    (await awaitRequest(backend, (r) => r.url === '/api/v1/admin/users')).flush(
      page([people[0], { ...people[1], classes: [{ id: 'c2', name: 'CM1' }] }]),
    );
    await waitFor(() => expect(text(el.querySelector('.status-saved'))).toContain('1 élève(s) déplacé(s) de CE2 A vers CM1.'));
    await settle();
    expect(Array.from(el.querySelectorAll('.pupil-list mat-checkbox')).map(text)).toEqual(['Léa Martin']);
  });

  it('reprints the cards of the class after a warning, and shows a refusal in plain French', async () => {
    const el = await loaded();
    (el.querySelector('button.reissue-cards') as HTMLButtonElement).click();
    await settle(3, 60);
    const confirm = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(text(confirm.querySelector('h2'))).toBe('Refaire les cartes de CE2 A ?');
    buttonIn(confirm, 'Refaire les cartes').click();
    const req = await awaitRequest(backend, { method: 'POST', url: '/api/v1/admin/classes/c1/cards' });
    req.flush(...refusal(403, 'FORBIDDEN'));
    await waitFor(() => expect(text(el.querySelector('.status-error'))).toContain("Vous n'avez pas le droit de faire cela."));
  });

  it('says "not found" for a class that is not of the school', async () => {
    const el = await render();
    backend.expectOne('/api/v1/admin/schools/s1/classes').flush([classes[1]]);
    (await awaitRequest(backend, (r) => r.url === '/api/v1/admin/users' && r.params.get('classId') === 'c1')).flush(
      ...refusal(404, 'NOT_FOUND'),
    );
    await settle();
    expect(text(el.querySelector('[role="alert"]'))).toBe("Cette page n'existe pas, ou vous n'y avez pas accès.");
  });
});
