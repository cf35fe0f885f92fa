import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { CreatedStaffView } from '@preau/contracts';
import { closeDialogs, setUpComponentTest, settle, text, waitFor } from '../../../testing';
import { adminUser, refusal } from '../data-access/admin-test-data';
import { buttonIn, dialogEl, fieldIn, openDialog, typeInto } from '../testing';
import { StaffDialog, StaffDialogData } from './staff-dialog';

jest.setTimeout(30_000);

const created: CreatedStaffView = {
  user: adminUser({ id: 't9', displayName: 'Chloé Leroy', login: 'chloe.leroy', role: 'TEACHER', classes: [], pendingActivation: true }),
  credentials: {
    id: 't9',
    login: 'chloe.leroy',
    displayName: 'Chloé Leroy',
    role: 'TEACHER',
    firstPassword: null,
    cardToken: null,
    activationCode: 'ABCD-EFGH-JKMN',
    activationExpiresAt: '2027-02-05T00:00:00.000Z',
  },
};

describe('StaffDialog', () => {
  let backend: HttpTestingController;
  beforeEach(() => {
    setUpComponentTest({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    closeDialogs();
    backend.verify();
  });

  it('adds a teacher to the school (a director cannot add a director) and closes with the activation code', async () => {
    const state = await openDialog<StaffDialog, StaffDialogData, CreatedStaffView>(StaffDialog, {
      schoolId: 's1',
      schoolName: 'École Jules Ferry',
      mayAddDirector: false,
    });
    expect(text(dialogEl().querySelector('h2'))).toBe('Ajouter un enseignant à École Jules Ferry');
    expect(dialogEl().querySelector('mat-radio-group')).toBeNull();
    await typeInto(fieldIn(dialogEl(), 'Prénom'), 'Chloé');
    await typeInto(fieldIn(dialogEl(), 'Nom'), 'Leroy');
    buttonIn(dialogEl(), 'Ajouter').click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/v1/admin/schools/s1/staff' });
    expect(req.request.body).toEqual({ firstName: 'Chloé', lastName: 'Leroy', role: 'TEACHER' });
    req.flush(created);
    await waitFor(() => expect(state.done).toBe(true));
    expect(state.value).toEqual(created);
  });

  it('lets an academy administrator add a director, and shows a refusal', async () => {
    const state = await openDialog<StaffDialog, StaffDialogData, CreatedStaffView>(StaffDialog, {
      schoolId: 's1',
      schoolName: 'École Jules Ferry',
      mayAddDirector: true,
    });
    await typeInto(fieldIn(dialogEl(), 'Prénom'), 'Chloé');
    await typeInto(fieldIn(dialogEl(), 'Nom'), 'Leroy');
    await typeInto(fieldIn(dialogEl(), 'Adresse e-mail (facultative)'), 'chloe@example.org');
    const director = Array.from(dialogEl().querySelectorAll('mat-radio-button')).find((r) => text(r) === 'Direction');
    (director?.querySelector('input') as HTMLInputElement).click();
    await settle();
    buttonIn(dialogEl(), 'Ajouter').click();
    await settle();
    const req = backend.expectOne({ method: 'POST', url: '/api/v1/admin/schools/s1/staff' });
    expect(req.request.body).toEqual({ firstName: 'Chloé', lastName: 'Leroy', role: 'SCHOOL_ADMIN', email: 'chloe@example.org' });
    req.flush(...refusal(403, 'FORBIDDEN'));
    await settle();
    expect(text(dialogEl().querySelector('[role="alert"]'))).toBe("Vous n'avez pas le droit de faire cela.");
    expect(state.done).toBe(false);
  });

  it('requires the names', async () => {
    await openDialog<StaffDialog, StaffDialogData, CreatedStaffView>(StaffDialog, { schoolId: 's1', schoolName: 'X', mayAddDirector: false });
    buttonIn(dialogEl(), 'Ajouter').click();
    await settle();
    expect(text(dialogEl())).toContain('Ce champ est obligatoire.');
  });
});
