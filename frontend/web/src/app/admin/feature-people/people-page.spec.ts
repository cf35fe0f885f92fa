import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { setUpComponentTest, settle, text, waitFor } from '../../../testing';
import { adminSchool, adminUser, awaitRequest, page, refusal } from '../data-access/admin-test-data';
import { PEOPLE_SEARCH_MS, PeoplePage } from './people-page';

jest.setTimeout(30_000);

describe('PeoplePage', () => {
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
    pendingActivation: true,
  });
  const teacher = adminUser({ id: 't1', displayName: 'Marie Dupont', login: 'marie.dupont', role: 'TEACHER', blocked: true });

  async function open(url: string) {
    setUpComponentTest({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'admin/people', component: PeoplePage }], withComponentInputBinding()),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    const navigating = harness.navigateByUrl(url);
    return navigating;
  }
  const el = () => harness.routeNativeElement as HTMLElement;
  const usersRequest = (check: (params: URLSearchParams) => boolean = () => true) =>
    awaitRequest(backend, (r) => r.url === '/api/v1/admin/users' && check(new URLSearchParams(r.params.toString())));
  const names = () => Array.from(el().querySelectorAll('tr.mat-mdc-row .person-link')).map(text);

  afterEach(() => backend.verify());

  it("lists a school's people with their role, classes or children and account state, and loads more with the cursor", async () => {
    const navigating = open('/admin/people?schoolId=s1');
    const first = await usersRequest((p) => p.get('schoolId') === 's1' && !p.has('cursor'));
    expect(first.request.params.get('limit')).toBe('25');
    first.flush(page([lea, parent], 'c-2'));
    (await awaitRequest(backend, '/api/v1/admin/schools')).flush([adminSchool(), adminSchool({ id: 's2', name: 'École Zola' })]);
    await navigating;
    await settle();
    expect(text(el().querySelector('caption'))).toBe('Personnes, triables par colonne sur la partie chargée');
    expect(names()).toEqual(['Léa Martin', 'Sophie Martin']);
    const parentRow = el().querySelectorAll('tr.mat-mdc-row')[1];
    expect(text(parentRow)).toContain('Parent');
    expect(text(parentRow)).toContain('Léa Martin (CE2 A)');
    expect(text(parentRow)).toContain("En attente d'activation");
    expect(parentRow.querySelector('a')?.getAttribute('href')).toBe('/admin/people/p1');

    (el().querySelector('.load-more') as HTMLButtonElement).click();
    (await usersRequest((p) => p.get('cursor') === 'c-2' && p.get('schoolId') === 's1')).flush(page([teacher]));
    await settle();
    expect(names()).toEqual(['Léa Martin', 'Sophie Martin', 'Marie Dupont']);
    expect(text(el().querySelectorAll('tr.mat-mdc-row')[2])).toContain('Bloqué');
    expect(el().querySelector('.load-more')).toBeNull();
  });

  it('searches on the server after a pause in typing, the search kept in the address', async () => {
    const navigating = open('/admin/people');
    (await usersRequest((p) => !p.has('q'))).flush(page([lea, parent, teacher]));
    (await awaitRequest(backend, '/api/v1/admin/schools')).flush([adminSchool()]);
    await navigating;
    await settle();
    const search = el().querySelector('input.search') as HTMLInputElement;
    search.value = 'Éa';
    search.dispatchEvent(new Event('input'));
    search.value = 'Léa';
    search.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, PEOPLE_SEARCH_MS + 50));
    // One request for what was typed last: accents and case are the server's to fold.
    (await usersRequest((p) => p.get('q') === 'Léa')).flush(page([lea]));
    await settle();
    expect(names()).toEqual(['Léa Martin']);
    expect(TestBed.inject(Router).url).toBe('/admin/people?q=L%C3%A9a');
  });

  it('filters what is loaded by role with the chips', async () => {
    const navigating = open('/admin/people');
    (await usersRequest()).flush(page([lea, parent, teacher]));
    (await awaitRequest(backend, '/api/v1/admin/schools')).flush([adminSchool()]);
    await navigating;
    await settle();
    const chips = Array.from(el().querySelectorAll<HTMLElement>('mat-chip-option'));
    expect(chips.map(text)).toEqual(['Élèves', 'Parents', 'Enseignants', 'Direction']);
    (chips[1].querySelector('button') ?? chips[1]).click();
    await settle();
    expect(names()).toEqual(['Sophie Martin']);
  });

  it('shows a refusal in plain French', async () => {
    const navigating = open('/admin/people?schoolId=s9');
    (await usersRequest()).flush(...refusal(404, 'NOT_FOUND'));
    (await awaitRequest(backend, '/api/v1/admin/schools')).flush([adminSchool()]);
    await navigating;
    await waitFor(() => expect(text(el().querySelector('[role="alert"]'))).toContain("Cette page n'existe pas, ou vous n'y avez pas accès."));
    expect(el().querySelector('table')).toBeNull();
  });
});
