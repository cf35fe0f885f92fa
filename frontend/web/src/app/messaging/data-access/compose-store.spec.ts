import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { mediaItem } from '../../media/testing';
import { AUTOSAVE_DELAY_MS } from '../../shared/data/autosave';
import { ComposeStore, subjectFromBody } from './compose-store';
import { BERNARD, DUPONT, LEA, TOM, ZOE, draft, group } from './messaging-test-data';

const microtasks = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('ComposeStore', () => {
  let store: ComposeStore;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), ComposeStore] });
    store = TestBed.inject(ComposeStore);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    jest.useRealTimers();
    backend.verify();
  });

  async function loadDirectory() {
    const loading = store.loadDirectory();
    backend.expectOne('/api/v1/messaging/recipients').flush({ people: [LEA, TOM, ZOE, BERNARD], groups: [group()] });
    await loading;
  }

  it('loads whom the caller may write to, and learns their names', async () => {
    await loadDirectory();
    expect(store.suggestions().people).toHaveLength(4);
    expect(store.people().get(ZOE.id)?.displayName).toBe('Zoé Durand');
  });

  it('offers local matches at once, then the server’s answer', async () => {
    await loadDirectory();
    const searching = store.search('zo');
    expect(store.suggestions().people).toEqual([ZOE]);
    const far = { ...ZOE, id: 'p-far', displayName: 'Zoé Loin' };
    backend
      .expectOne((r) => r.url === '/api/v1/messaging/recipients' && r.params.get('q') === 'zo')
      .flush({ people: [ZOE, far], groups: [] });
    await searching;
    expect(store.suggestions().people).toEqual([ZOE, far]);
    expect(store.people().has('p-far')).toBe(true);
  });

  it('keeps the groups found by their wording when the server (which searches names) finds none', async () => {
    await loadDirectory();
    store.groupLabel = (g) => `Élèves de ${g.name}`;
    const searching = store.search('élèves');
    backend
      .expectOne((r) => r.url === '/api/v1/messaging/recipients' && r.params.get('q') === 'élèves')
      .flush({ people: [], groups: [] });
    await searching;
    expect(store.suggestions().groups.map((g) => g.id)).toEqual([group().id]);
  });

  it('creates the draft after a pause in typing, then replaces it', async () => {
    jest.useFakeTimers();
    store.addPerson(LEA);
    store.setSubject('Piscine');
    expect(store.draftState()).toBe('unsaved');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    backend.expectNone('/api/v1/messaging/drafts');
    jest.advanceTimersByTime(1);
    await microtasks();
    const create = backend.expectOne({ method: 'POST', url: '/api/v1/messaging/drafts' });
    expect(create.request.body).toEqual({ recipientIds: [LEA.id], subject: 'Piscine', body: '', attachmentIds: [] });
    create.flush(draft({ id: 'd7' }));
    await microtasks();
    expect(store.draftId()).toBe('d7');
    expect(store.draftState()).toBe('saved');

    store.setBody('Bonjour');
    store.setBody('Bonjour à tous');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    await microtasks();
    const put = backend.expectOne({ method: 'PUT', url: '/api/v1/messaging/drafts/d7' });
    expect(put.request.body).toMatchObject({ body: 'Bonjour à tous' });
    put.flush(draft({ id: 'd7' }));
    await microtasks();
    expect(store.draftState()).toBe('saved');
  });

  it('saves nothing while nothing is written, and nothing twice', async () => {
    jest.useFakeTimers();
    store.setSubject('');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS * 2);
    await microtasks();
    backend.expectNone('/api/v1/messaging/drafts');
    expect(store.draftState()).toBe('idle');
    await store.flush();
    backend.expectNone('/api/v1/messaging/drafts');
  });

  it('says when the draft could not be saved, and tries again on the next change', async () => {
    jest.useFakeTimers();
    store.setBody('Salut');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    await microtasks();
    backend
      .expectOne({ method: 'POST', url: '/api/v1/messaging/drafts' })
      .flush({ code: 'INTERNAL_ERROR' }, { status: 500, statusText: 'x' });
    await microtasks();
    expect(store.draftState()).toBe('error');
    store.setBody('Salut !');
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    await microtasks();
    backend.expectOne({ method: 'POST', url: '/api/v1/messaging/drafts' }).flush(draft({ id: 'd8' }));
    await microtasks();
    expect(store.draftId()).toBe('d8');
  });

  it('opens a saved draft with its recipients and attachments (dropping a deleted one)', async () => {
    const opening = store.openDraft('d1');
    backend
      .expectOne('/api/v1/messaging/drafts/d1')
      .flush(draft({ recipients: [LEA, TOM], attachmentIds: ['img1', 'gone'] }));
    await microtasks();
    backend.expectOne('/api/v1/media/img1').flush(mediaItem({ id: 'img1' }));
    backend.expectOne('/api/v1/media/gone').flush({ code: 'NOT_FOUND' }, { status: 404, statusText: 'x' });
    await opening;
    expect(store.recipientIds()).toEqual([LEA.id, TOM.id]);
    expect(store.subject()).toBe('Piscine');
    expect(store.attachments().map((a) => a.id)).toEqual(['img1']);
    expect(store.draftState()).toBe('saved');
  });

  it('lists what is missing instead of sending', async () => {
    expect(await store.send()).toBeNull();
    expect(store.missing()).toEqual(['recipients', 'subject', 'body']);
    store.addPerson(LEA);
    expect(store.missing()).toEqual(['subject', 'body']);
  });

  it('lets a pupil leave the subject out: the first words stand for it', async () => {
    store.subjectOptional.set(true);
    store.addPerson(TOM);
    store.setBody('On joue au foot à la récré ?\nRéponds-moi');
    const sending = store.send();
    await microtasks();
    expect(backend.expectOne({ method: 'POST', url: '/api/v1/messaging/conversations' }).request.body).toMatchObject({
      subject: 'On joue au foot à la récré ?',
    });
    void sending;
  });

  it('sends recipients (groups included), text, attachments and the draft id; then keeps the answer', async () => {
    await loadDirectory();
    store.addGroup(group());
    store.addPerson(ZOE);
    store.setSubject(' Sortie ');
    store.setBody(' Rendez-vous à 9 h. ');
    store.addAttachment(mediaItem({ id: 'img1' }));
    store.draftId.set('d1');
    const sending = store.send();
    expect(store.sending()).toBe(true);
    await microtasks();
    const req = backend.expectOne({ method: 'POST', url: '/api/v1/messaging/conversations' });
    expect(req.request.body).toEqual({
      recipientIds: [LEA.id, TOM.id, ZOE.id],
      subject: 'Sortie',
      body: 'Rendez-vous à 9 h.',
      attachmentIds: ['img1'],
      draftId: 'd1',
    });
    req.flush({ id: 'c5', messageId: 'm5', status: 'held' }, { status: 201, statusText: 'Created' });
    expect(await sending).toEqual({ id: 'c5', messageId: 'm5', status: 'held' });
    expect(store.sent()?.status).toBe('held');
    expect(store.sending()).toBe(false);
  });

  it('marks the refused recipients, names them, and takes them out on demand', async () => {
    await loadDirectory();
    store.addGroup(group({ memberIds: [LEA.id, TOM.id, ZOE.id] }));
    store.addPerson(BERNARD);
    store.setSubject('x');
    store.setBody('y');
    const sending = store.send();
    await microtasks();
    backend
      .expectOne({ method: 'POST', url: '/api/v1/messaging/conversations' })
      .flush({ code: 'RECIPIENT_NOT_ALLOWED', refused: [ZOE.id, BERNARD.id] }, { status: 403, statusText: 'x' });
    expect(await sending).toBeNull();
    expect(store.failure()).toMatchObject({ key: 'messaging.errors.recipientNotAllowed', count: 2 });
    expect(store.refusedNames()).toEqual(['Zoé Durand', 'Paul Bernard']);
    const [groupChip, bernard] = store.chips();
    expect(store.refusedIn(groupChip)).toBe(1);
    expect(store.refusedIn(bernard)).toBe(1);

    store.removeRefused();
    expect(store.recipientIds()).toEqual([LEA.id, TOM.id]);
    expect(store.failure()).toBeNull();
  });

  it('does not send twice while sending', async () => {
    store.addPerson(DUPONT);
    store.setSubject('a');
    store.setBody('b');
    void store.send();
    expect(await store.send()).toBeNull();
    await microtasks();
    backend.expectOne({ method: 'POST', url: '/api/v1/messaging/conversations' });
  });

  it('deletes the draft when asked to', async () => {
    store.draftId.set('d1');
    const discarding = store.discard();
    await microtasks();
    backend
      .expectOne({ method: 'DELETE', url: '/api/v1/messaging/drafts/d1' })
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(await discarding).toBe(true);
    expect(store.draftId()).toBeNull();
  });

  it('toggles a person in and out (the pupil picker), taking them out of a group too', () => {
    store.addGroup(group());
    store.togglePerson(LEA);
    expect(store.recipientIds()).toEqual([TOM.id]);
    store.togglePerson(LEA);
    expect(store.recipientIds()).toEqual([TOM.id, LEA.id]);
  });
});

describe('subjectFromBody', () => {
  it('takes the first line, cut at a word when long', () => {
    expect(subjectFromBody('  Coucou\nça va ?')).toBe('Coucou');
    expect(subjectFromBody('a'.repeat(10) + ' ' + 'b'.repeat(70))).toBe('a'.repeat(10) + ' ' + 'b'.repeat(49) + '…');
    expect(subjectFromBody('mot '.repeat(30))).toMatch(/^(mot ){14}mot…$/);
  });
});
