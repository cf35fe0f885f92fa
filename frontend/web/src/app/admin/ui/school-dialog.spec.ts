import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { AdminSchoolView } from '@preau/contracts';
import { firstValueFrom } from 'rxjs';
import { closeDialogs, setUpComponentTest, settle as settleFor, text, waitFor } from '../../../testing';
import { adminSchool, adminUser, page, refusal } from '../data-access/admin-test-data';
import { DIRECTOR_SEARCH_MS, SchoolDialog, SchoolDialogData } from './school-dialog';

// A loaded machine (several builds on 2 cores) draws dialogs slowly.
jest.setTimeout(30_000);

describe('SchoolDialog', () => {
  let backend: HttpTestingController;
  beforeEach(() => {
    setUpComponentTest({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    closeDialogs();
    backend.verify();
  });

  const settle = () => settleFor(3, 60);
  const dialog = () => document.querySelector('mat-dialog-container') as HTMLElement;
  const field = (label: string) => {
    const formField = Array.from(dialog().querySelectorAll('mat-form-field')).find((f) => text(f.querySelector('mat-label')) === label);
    return formField?.querySelector('input') as HTMLInputElement;
  };
  const button = (name: string) => Array.from(dialog().querySelectorAll('button')).find((b) => text(b) === name) as HTMLButtonElement;
  const type = async (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await settleFor(1, 0);
  };

  async function open(data: SchoolDialogData = {}) {
    const ref = TestBed.inject(MatDialog).open<SchoolDialog, SchoolDialogData, AdminSchoolView>(SchoolDialog, { data, autoFocus: false });
    const state = { done: false, value: undefined as AdminSchoolView | undefined };
    void firstValueFrom(ref.afterClosed()).then((value) => {
      state.done = true;
      state.value = value;
    });
    await settle();
    return state;
  }

  it('refuses a UAI whose check letter does not match, in plain French, before asking the server', async () => {
    await open();
    expect(text(dialog().querySelector('h2'))).toBe('Nouvelle école');
    await type(field("Nom de l'école"), 'École du Parc');
    await type(field('Code UAI'), '0750654E');
    button("Créer l'école").click();
    await settle();
    expect(text(dialog())).toContain('avec ces chiffres, la lettre est D');
    await type(field('Code UAI'), '75065');
    expect(text(dialog())).toContain('Un code UAI s\'écrit avec 7 chiffres puis une lettre');
    backend.expectNone(() => true);
  });

  it('creates a school with its address and its director picked among the academy\'s teachers and directors', async () => {
    const state = await open();
    await type(field("Nom de l'école"), ' École du Parc ');
    await type(field('Code UAI'), '0750654d');
    await type(field('Rue'), '1 rue du Parc');
    await type(field('Code postal'), '69001');
    await type(field('Commune'), 'Lyon');

    const search = dialog().querySelector('.director-search') as HTMLInputElement;
    search.dispatchEvent(new Event('focusin'));
    search.value = 'dup';
    search.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, DIRECTOR_SEARCH_MS + 20));
    const req = backend.expectOne((r) => r.url === '/api/v1/admin/users' && r.params.get('q') === 'dup');
    req.flush(
      page([
        adminUser({ id: 't9', displayName: 'Marie Dupont', login: 'marie.dupont', role: 'TEACHER', classes: [] }),
        adminUser({ id: 'p9', displayName: 'Jean Dupont', login: 'jean.dupont', role: 'PARENT', classes: [] }),
      ]),
    );
    await settle();
    search.dispatchEvent(new Event('focusin'));
    await settle();
    // Only who may direct a school is offered: the parent is not.
    const options = Array.from(document.querySelectorAll('mat-option'));
    expect(options.map(text)).toEqual(['Marie Dupont · Enseignant·e (marie.dupont)']);
    (options[0] as HTMLElement).click();
    await settle();
    expect(text(dialog().querySelector('mat-chip-row'))).toContain('Marie Dupont');

    button("Créer l'école").click();
    await settle();
    const create = backend.expectOne({ method: 'POST', url: '/api/v1/admin/schools' });
    expect(create.request.body).toEqual({
      name: 'École du Parc',
      uai: '0750654D',
      address: { street: '1 rue du Parc', postalCode: '69001', city: 'Lyon' },
      directorId: 't9',
    });
    const saved = adminSchool({ id: 's9', name: 'École du Parc' });
    create.flush(saved);
    await waitFor(() => expect(state.done).toBe(true));
    expect(state.value).toEqual(saved);
  });

  it('asks for a whole address or none', async () => {
    await open();
    await type(field("Nom de l'école"), 'École du Parc');
    await type(field('Code UAI'), '0750654D');
    await type(field('Commune'), 'Lyon');
    button("Créer l'école").click();
    await settle();
    expect(text(dialog())).toContain("Donnez l'adresse entière");
    backend.expectNone(() => true);
  });

  it('edits a school: PATCH with the directors list, and shows a refusal in plain French', async () => {
    const state = await open({ school: adminSchool() });
    expect(text(dialog().querySelector('h2'))).toBe('Modifier École Jules Ferry');
    expect(field('Code UAI').value).toBe('0750654D');
    await type(field("Nom de l'école"), 'École Jules-Ferry');
    button('Enregistrer').click();
    await settle();
    const patch = backend.expectOne({ method: 'PATCH', url: '/api/v1/admin/schools/s1' });
    expect(patch.request.body).toEqual({
      name: 'École Jules-Ferry',
      uai: '0750654D',
      address: { street: '3 rue des Écoles', postalCode: '75005', city: 'Paris' },
      directorIds: ['d1'],
    });
    patch.flush(...refusal(403, 'FORBIDDEN'));
    await settle();
    expect(text(dialog().querySelector('[role="alert"]'))).toBe("Vous n'avez pas le droit de faire cela.");
    expect(state.done).toBe(false);
  });
});
