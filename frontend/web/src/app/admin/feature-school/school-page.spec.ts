import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CreatedStaffView, Role } from '@preau/contracts';
import { closeDialogs, fakeSession, profile, setUpComponentTest, settle, text, waitFor } from '../../../testing';
import { SessionStore } from '../../shared/session/session-store';
import { adminClass, adminSchool, adminUser, awaitRequest, refusal } from '../data-access/admin-test-data';
import { buttonIn, fieldIn, typeInto } from '../testing';
import { SchoolPage } from './school-page';

jest.setTimeout(30_000);

describe('SchoolPage', () => {
  let backend: HttpTestingController;

  async function render(role: Role = 'SCHOOL_ADMIN') {
    setUpComponentTest({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: SessionStore, useValue: fakeSession(profile(role)) }],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SchoolPage);
    fixture.componentRef.setInput('id', 's1');
    fixture.autoDetectChanges();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return fixture.nativeElement as HTMLElement;
  }
  const classes = [
    adminClass(),
    adminClass({ id: 'c2', name: 'CE2/CM1', levels: ['CE2', 'CM1'], teachers: [], pupilCount: 24 }),
  ];
  async function loaded(role: Role = 'SCHOOL_ADMIN') {
    const el = await render(role);
    backend.expectOne('/api/v1/admin/schools/s1').flush(adminSchool());
    backend.expectOne('/api/v1/admin/schools/s1/classes').flush(classes);
    await settle();
    return el;
  }
  const cells = (row: Element) => Array.from(row.querySelectorAll('td')).map(text);

  afterEach(() => {
    closeDialogs();
    backend.verify();
  });

  it('shows the school, its classes in a captioned table with levels, teachers and pupils, and the print links', async () => {
    const el = await loaded();
    expect(text(el.querySelector('h1'))).toBe('École Jules Ferry');
    expect(text(el.querySelector('.school-facts'))).toContain('0750654D');
    expect(text(el.querySelector('.school-facts'))).toContain('3 rue des Écoles, 75005 Paris');
    expect(text(el.querySelector('.classes-table caption'))).toBe("Classes de l'année scolaire, triables par colonne");
    const rows = Array.from(el.querySelectorAll('.classes-table tr.mat-mdc-row'));
    expect(cells(rows[0]).slice(0, 4)).toEqual(['CE2 A', 'CE2', 'Marie Dupont', '2']);
    expect(cells(rows[1]).slice(0, 4)).toEqual(['CE2/CM1', 'CE2/CM1', '—', '24']);
    expect(rows[0].querySelector('.edit-class')?.getAttribute('aria-label')).toBe('Modifier la classe CE2 A');
    const links = Array.from(el.querySelectorAll<HTMLAnchorElement>('a[target="_blank"]')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/api/v1/admin/schools/s1/login-sheets.pdf', '/api/v1/admin/schools/s1/family-letters.pdf']);
    // Only an academy administrator edits a school.
    expect(el.querySelector('.edit-school')).toBeNull();
    // The emergency switches stay.
    expect(el.querySelectorAll('.switch-row').length).toBeGreaterThan(0);
  });

  it('offers the class PDFs in each row\'s menu', async () => {
    const el = await loaded();
    (el.querySelector('.classes-table tr.mat-mdc-row button[aria-label="Autres actions pour CE2 A"]') as HTMLButtonElement).click();
    await settle(3, 60);
    const hrefs = Array.from(document.querySelectorAll<HTMLAnchorElement>('.mat-mdc-menu-panel a[target="_blank"]')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      '/api/v1/admin/schools/s1/login-sheets.pdf?classId=c1',
      '/api/v1/admin/schools/s1/family-letters.pdf?classId=c1',
    ]);
  });

  it('adds a teacher, then shows the activation code once', async () => {
    const el = await loaded();
    (el.querySelector('.add-staff') as HTMLButtonElement).click();
    await settle(3, 60);
    let dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    // A director adds teachers only.
    expect(dialog.querySelector('mat-radio-group')).toBeNull();
    await typeInto(fieldIn(dialog, 'Prénom'), 'Chloé');
    await typeInto(fieldIn(dialog, 'Nom'), 'Leroy');
    buttonIn(dialog, 'Ajouter').click();
    await settle(1, 0);
    const created: CreatedStaffView = {
      user: adminUser({ id: 't9', displayName: 'Chloé Leroy', login: 'chloe.leroy', role: 'TEACHER', classes: [] }),
      credentials: {
        id: 't9',
        login: 'chloe.leroy',
        displayName: 'Chloé Leroy',
        role: 'TEACHER',
        firstPassword: null,
        cardToken: null,
        activationCode: 'ABCD-EFGH-JKMN',
        activationExpiresAt: '2027-02-05T10:00:00.000Z',
      },
    };
    backend.expectOne({ method: 'POST', url: '/api/v1/admin/schools/s1/staff' }).flush(created);
    await waitFor(() => expect(text(document.querySelector('mat-dialog-container h2'))).toBe('Identifiants de Chloé Leroy'));
    dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(text(dialog.querySelector('.code'))).toBe('ABCD-EFGH-JKMN');
    expect(text(el.querySelector('.status-saved'))).toContain('Chloé Leroy a rejoint l\'école.');
  });

  it('creates a class from the dialog and reloads the table', async () => {
    const el = await loaded();
    (el.querySelector('.create-class') as HTMLButtonElement).click();
    await settle(3, 60);
    backend.expectOne((r) => r.url === '/api/v1/admin/users' && r.params.get('schoolId') === 's1').flush({ items: [], nextCursor: null });
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    await typeInto(fieldIn(dialog, 'Nom de la classe'), 'CP B');
    (Array.from(dialog.querySelectorAll('mat-checkbox')).find((b) => text(b) === 'CP')?.querySelector('input') as HTMLInputElement).click();
    await settle(1, 0);
    buttonIn(dialog, 'Créer la classe').click();
    await settle(1, 0);
    const create = backend.expectOne({ method: 'POST', url: '/api/v1/admin/schools/s1/classes' });
    expect(create.request.body).toEqual({ name: 'CP B', levels: ['CP'], teacherIds: [] });
    create.flush(adminClass({ id: 'c3', name: 'CP B', levels: ['CP'], teachers: [], pupilCount: 0 }));
    (await awaitRequest(backend, '/api/v1/admin/schools/s1/classes')).flush([...classes, adminClass({ id: 'c3', name: 'CP B', levels: ['CP'] })]);
    await settle();
    expect(text(el.querySelector('.status-saved'))).toContain('La classe CP B est créée.');
    expect(el.querySelectorAll('.classes-table tr.mat-mdc-row').length).toBe(3);
  });

  it('lets an academy administrator edit the school from its page', async () => {
    const el = await loaded('ACADEMY_ADMIN');
    (el.querySelector('.edit-school') as HTMLButtonElement).click();
    await settle(3, 60);
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(text(dialog.querySelector('h2'))).toBe('Modifier École Jules Ferry');
    await typeInto(fieldIn(dialog, 'Code UAI'), '0750655E');
    buttonIn(dialog, 'Enregistrer').click();
    await settle(1, 0);
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/v1/admin/schools/s1' });
    expect(patch.request.body).toMatchObject({ uai: '0750655E', directorIds: ['d1'] });
    patch.flush(adminSchool({ uai: '0750655E' }));
    (await awaitRequest(backend, '/api/v1/admin/schools/s1')).flush(adminSchool({ uai: '0750655E' }));
    await settle();
    expect(text(el.querySelector('.school-facts'))).toContain('0750655E');
  });

  it('shows "not found" in plain French for a school the caller does not run', async () => {
    const el = await render();
    backend.expectOne('/api/v1/admin/schools/s1').flush(...refusal(404, 'NOT_FOUND'));
    backend.expectOne('/api/v1/admin/schools/s1/classes').flush(...refusal(404, 'NOT_FOUND'));
    await settle();
    expect(text(el.querySelector('h1'))).toBe('École');
    expect(text(el.querySelector('[role="alert"]'))).toContain("Cette page n'existe pas, ou vous n'y avez pas accès.");
    expect(el.querySelector('table')).toBeNull();
  });
});
