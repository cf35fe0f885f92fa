import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AdminClassView } from '@preau/contracts';
import { closeDialogs, setUpComponentTest, settle, text, waitFor } from '../../../testing';
import { adminClass, adminUser, page, refusal } from '../data-access/admin-test-data';
import { ClassDialog, ClassDialogData } from './class-dialog';
import { buttonIn, dialogEl, fieldIn, openDialog, typeInto } from '../testing';

jest.setTimeout(30_000);

describe('ClassDialog', () => {
  let backend: HttpTestingController;
  beforeEach(() => {
    setUpComponentTest({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    closeDialogs();
    backend.verify();
  });

  const people = () =>
    backend
      .expectOne((r) => r.url === '/api/v1/admin/users' && r.params.get('schoolId') === 's1' && r.params.get('limit') === '100')
      .flush(
        page([
          adminUser({ id: 't1', displayName: 'Marie Dupont', role: 'TEACHER' }),
          adminUser({ id: 't2', displayName: 'Ali Ben', role: 'TEACHER' }),
          adminUser({ id: 'u1', displayName: 'Léa Martin', role: 'PUPIL' }),
        ]),
      );
  const box = (level: string) =>
    Array.from(dialogEl().querySelectorAll('mat-checkbox')).find((b) => text(b) === level)?.querySelector('input') as HTMLInputElement;

  it('creates a double-level class: two levels at most, in school order, with teachers of the school', async () => {
    const state = await openDialog<ClassDialog, ClassDialogData, AdminClassView>(ClassDialog, { schoolId: 's1' });
    people();
    await settle(3, 60);
    expect(text(dialogEl().querySelector('h2'))).toBe('Nouvelle classe');
    await typeInto(fieldIn(dialogEl(), 'Nom de la classe'), 'CE2/CM1');
    box('CM1').click();
    await settle();
    box('CE2').click();
    await settle();
    // Two levels: the others are out of reach.
    expect(box('CP').disabled).toBe(true);
    expect(box('CM2').disabled).toBe(true);

    // The teachers the school has, pupils left out.
    (dialogEl().querySelector('mat-select') as HTMLElement).click();
    await settle(3, 60);
    const options = Array.from(document.querySelectorAll<HTMLElement>('mat-option'));
    expect(options.map(text)).toEqual(['Ali Ben', 'Marie Dupont']);
    options[1].click();
    await settle(3, 60);

    buttonIn(dialogEl(), 'Créer la classe').click();
    await settle();
    const create = backend.expectOne({ method: 'POST', url: '/api/v1/admin/schools/s1/classes' });
    expect(create.request.body).toEqual({ name: 'CE2/CM1', levels: ['CE2', 'CM1'], teacherIds: ['t1'] });
    const saved = adminClass({ id: 'c9', name: 'CE2/CM1', levels: ['CE2', 'CM1'] });
    create.flush(saved);
    await waitFor(() => expect(state.done).toBe(true));
    expect(state.value).toEqual(saved);
  });

  it('asks for a level before saving', async () => {
    await openDialog<ClassDialog, ClassDialogData, AdminClassView>(ClassDialog, { schoolId: 's1' });
    people();
    await typeInto(fieldIn(dialogEl(), 'Nom de la classe'), 'CP B');
    buttonIn(dialogEl(), 'Créer la classe').click();
    await settle();
    expect(text(dialogEl())).toContain('Choisissez au moins un niveau.');
  });

  it('edits a class with PATCH and shows the refusal of the server', async () => {
    const state = await openDialog<ClassDialog, ClassDialogData, AdminClassView>(ClassDialog, { schoolId: 's1', cls: adminClass() });
    people();
    await settle();
    expect(text(dialogEl().querySelector('h2'))).toBe('Modifier la classe CE2 A');
    expect(box('CE2').checked).toBe(true);
    box('CM1').click();
    await settle();
    buttonIn(dialogEl(), 'Enregistrer').click();
    await settle();
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/v1/admin/classes/c1' });
    expect(patch.request.body).toEqual({ name: 'CE2 A', levels: ['CE2', 'CM1'], teacherIds: ['t1'] });
    patch.flush(...refusal(404, 'NOT_FOUND'));
    await settle();
    expect(text(dialogEl().querySelector('[role="alert"]'))).toBe("Cette page n'existe pas, ou vous n'y avez pas accès.");
    expect(state.done).toBe(false);
  });
});
