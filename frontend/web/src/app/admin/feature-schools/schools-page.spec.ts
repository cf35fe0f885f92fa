import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '@preau/contracts';
import { closeDialogs, fakeSession, profile, setUpComponentTest, settle, text } from '../../../testing';
import { SessionStore } from '../../shared/session/session-store';
import { adminSchool, awaitRequest, refusal } from '../data-access/admin-test-data';
import { buttonIn, fieldIn, typeInto } from '../testing';
import { SchoolsPage } from './schools-page';

jest.setTimeout(30_000);

describe('SchoolsPage', () => {
  let backend: HttpTestingController;

  async function render(role: Role = 'ACADEMY_ADMIN') {
    setUpComponentTest({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), { provide: SessionStore, useValue: fakeSession(profile(role)) }],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(SchoolsPage);
    fixture.autoDetectChanges();
    // Not `settle`: the resource's request is a pending task, whenStable waits for its answer.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return fixture.nativeElement as HTMLElement;
  }
  const schools = [
    adminSchool(),
    adminSchool({ id: 's2', name: 'École Émile Zola', uai: '0690001N', address: { street: '1 rue', postalCode: '69001', city: 'Lyon' }, directors: [], classCount: 5 }),
  ];
  const rows = (el: HTMLElement) => Array.from(el.querySelectorAll('tr.mat-mdc-row')).map((r) => text(r.querySelector('td')));

  afterEach(() => {
    closeDialogs();
    backend.verify();
  });

  it('shows the schools in a captioned table, sorted by name, filtered without regard to accents', async () => {
    const el = await render();
    backend.expectOne('/api/v1/admin/schools').flush(schools);
    await settle();
    expect(text(el.querySelector('caption'))).toBe('Écoles, triables par colonne');
    expect(el.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Tableau des écoles');
    expect(rows(el)).toEqual(['École Émile Zola', 'École Jules Ferry']);
    expect(text(el.querySelector('tr.mat-mdc-row'))).toContain('0690001N');
    expect(text(el.querySelector('tr.mat-mdc-row'))).toContain('Lyon');
    // The paginator speaks French too.
    expect(text(el.querySelector('.mat-mdc-paginator-range-label'))).toBe('1 – 2 sur 2');
    expect(text(el.querySelector('.mat-mdc-paginator-page-size-label'))).toBe('Lignes par page');
    // Sort headers are buttons the keyboard reaches.
    const classHeader = Array.from(el.querySelectorAll('th')).find((th) => text(th) === 'Classes') as HTMLElement;
    expect(classHeader.querySelector('[role="button"], button, .mat-sort-header-container')).toBeTruthy();
    classHeader.click();
    await settle();
    expect(rows(el)).toEqual(['École Jules Ferry', 'École Émile Zola']);

    const filter = el.querySelector('input[type="search"]') as HTMLInputElement;
    filter.value = 'emile';
    filter.dispatchEvent(new Event('input'));
    await settle();
    expect(rows(el)).toEqual(['École Émile Zola']);
    filter.value = 'personne';
    filter.dispatchEvent(new Event('input'));
    await settle();
    expect(text(el.querySelector('.empty'))).toBe('Aucune école ne correspond à « personne ».');
  });

  it("lets an academy administrator create and edit schools: the dialog's school is saved, then the list reloads", async () => {
    const el = await render('ACADEMY_ADMIN');
    backend.expectOne('/api/v1/admin/schools').flush(schools);
    await settle();
    expect(el.querySelector('.create-school')).toBeTruthy();
    expect(el.querySelector('.edit-school')?.getAttribute('aria-label')).toBe('Modifier École Émile Zola');
    (el.querySelector('.create-school') as HTMLButtonElement).click();
    await settle(3, 60);
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(text(dialog.querySelector('h2'))).toBe('Nouvelle école');
    await typeInto(fieldIn(dialog, "Nom de l'école"), 'École du Parc');
    await typeInto(fieldIn(dialog, 'Code UAI'), '0750654D');
    buttonIn(dialog, "Créer l'école").click();
    await settle(1, 0);
    backend.expectOne({ method: 'POST', url: '/api/v1/admin/schools' }).flush(adminSchool({ id: 's9', name: 'École du Parc' }));
    // After the dialog's closing animation, the list is asked again.
    (await awaitRequest(backend, '/api/v1/admin/schools')).flush([...schools, adminSchool({ id: 's9', name: 'École du Parc' })]);
    await settle(3, 60);
    expect(text(el.querySelector('.status-saved'))).toContain("L'école École du Parc est créée.");
    expect(rows(el)).toContain('École du Parc');
  });

  it('shows a director their school and no way to create or edit one', async () => {
    const el = await render('SCHOOL_ADMIN');
    backend.expectOne('/api/v1/admin/schools').flush([schools[0]]);
    await settle();
    expect(rows(el)).toEqual(['École Jules Ferry']);
    expect(el.querySelector('.create-school')).toBeNull();
    expect(el.querySelector('.edit-school')).toBeNull();
  });

  it('shows a refusal in plain French, with a retry', async () => {
    const el = await render('SCHOOL_ADMIN');
    backend.expectOne('/api/v1/admin/schools').flush(...refusal(403, 'FORBIDDEN'));
    await settle();
    expect(text(el.querySelector('[role="alert"]'))).toContain("Vous n'avez pas le droit de faire cela.");
    expect(el.querySelector('table')).toBeNull();
  });
});
