import { DEMO_ACADEMY, type ConversationPage, type DraftView, type MeResponse, type MessagingModerationView, type ThreadView, type UnreadView } from '@preau/contracts';
import { type Answer, type ApiClient, as } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

/**
 * Moderation, reports, limits, switches and blocked accounts over HTTP on the demo academy (CE2 A holds its
 * pupils' messages; CM2 and Curie's CE2 do not), plus drafts, unread counts, search and attachments.
 */

type Client = ApiClient & { me: MeResponse };
let preau: PreauServer;
const people = new Map<string, Client>();
let ce2a: string;
let ferrySchool: string;

function who(login: string): Client {
  const client = people.get(login);
  if (!client) throw new Error(`unknown demo login ${login}`);
  return client;
}
const id = (login: string) => who(login).me.id;

let serial = 0;
async function send(from: string, to: string[], body = `Bonjour ${++serial}`, extra: Record<string, unknown> = {}): Promise<Answer> {
  return who(from).post('/messaging/conversations', { recipientIds: to.map(id), subject: `Sujet ${++serial}`, body, ...extra });
}
const held = (teacher: string) => who(teacher).get<MessagingModerationView>(`/classes/${ce2a}/messaging/held`);
const bodiesSeenBy = async (login: string, conversationId: string) => {
  const answer = await who(login).get<ThreadView>(`/messaging/conversations/${conversationId}`);
  return answer.status === 200 ? answer.body.messages.map((m) => m.body) : answer.status;
};
const outbox = (type: string, messageId: string) =>
  preau.sql<{ payload: Record<string, unknown> }>(`select payload from platform.outbox_message where type = $1 and payload->>'messageId' = $2`, [type, messageId]);

beforeAll(async () => {
  preau = await startPreau('messaging_moderation', {
    PREAU_REQUESTS_PER_MINUTE: '100000',
    PREAU_MESSAGING_PUPIL_RECIPIENTS: '2',
    PREAU_MESSAGING_ADULT_MESSAGES: '40',
  });
  for (const person of DEMO_ACADEMY.people) people.set(person.login, await as(preau.baseUrl, person.login));
  ce2a = who('ferry.ce2a.prof').me.classes.find((c) => c.name === 'CE2 A')?.id ?? '';
  ferrySchool = who('ferry.direction').me.schools[0].id;
  expect(ce2a).not.toBe('');
}, 120_000);
afterAll(() => preau?.stop());

describe('held pupils\' messages (holdPupilMessages in CE2 A)', () => {
  it('waits for a teacher of the class: the recipient sees nothing until it is approved, then gets it', async () => {
    const sent = await send('lea.ce2a', ['hugo.ce2a'], 'On joue à la récré ?');
    expect(sent.body.status).toBe('held');
    expect(await bodiesSeenBy('hugo.ce2a', sent.body.id)).toBe(404);
    expect((await who('hugo.ce2a').get<ConversationPage>('/messaging/conversations?folder=inbox&q=récré')).body.items).toEqual([]);
    // Nor can he answer a conversation he may not know exists (404, nothing stored).
    const reply = await who('hugo.ce2a').post(`/messaging/conversations/${sent.body.id}/messages`, { body: 'Oui !' });
    expect(reply.status).toBe(404);
    expect(await preau.sql('select 1 from messaging.message where conversation_id = $1 and author_id = $2', [sent.body.id, id('hugo.ce2a')])).toEqual([]);
    const own = await who('lea.ce2a').get<ThreadView>(`/messaging/conversations/${sent.body.id}`);
    expect(own.body.messages.map((m) => m.status)).toEqual(['held']);
    const queue = await held('ferry.ce2a.prof');
    expect(queue.status).toBe(200);
    expect(queue.body.held.map((m) => m.body)).toContain('On joue à la récré ?');
    expect(queue.body.counts.held).toBe(queue.body.held.length);
    expect((await who('ferry.ce2a.prof').post(`/messaging/messages/${sent.body.messageId}/approve`)).status).toBe(204);
    expect(await bodiesSeenBy('hugo.ce2a', sent.body.id)).toEqual(['On joue à la récré ?']);
    expect((await held('ferry.ce2a.prof')).body.held.map((m) => m.id)).not.toContain(sent.body.messageId);
    // The class it left the held queue of: the worker tells that class's teachers, whatever the pupil's class later.
    expect((await outbox('messaging.message-approved', sent.body.messageId)).map((r) => r.payload['classId'])).toEqual([ce2a]);
    expect((await outbox('messaging.message-sent', sent.body.messageId)).length).toBe(1);
  });

  it('refused with a note: only the pupil sees it, with the note; the recipient never', async () => {
    const sent = await send('lea.ce2a', ['hugo.ce2a'], 'Hugo est nul.');
    expect((await who('ferry.ce2a.prof').post(`/messaging/messages/${sent.body.messageId}/refuse`, { note: 'On reste gentil, Léa.' })).status).toBe(204);
    const own = await who('lea.ce2a').get<ThreadView>(`/messaging/conversations/${sent.body.id}`);
    expect(own.body.messages[0]).toMatchObject({ status: 'refused', moderationNote: 'On reste gentil, Léa.' });
    expect(await bodiesSeenBy('hugo.ce2a', sent.body.id)).toBe(404);
    const audited = await outbox('messaging.message-refused', sent.body.messageId);
    expect(audited.map((r) => r.payload['classId'])).toEqual([ce2a]);
    expect(JSON.stringify(audited)).not.toContain('gentil');
  });

  it('a refusal needs a note (ARefusalNoteIsOneTo500Characters) and loses nothing', async () => {
    const sent = await send('ines.ce2a', ['lea.ce2a'], 'Coucou');
    const answer = await who('ferry.ce2a.prof').post(`/messaging/messages/${sent.body.messageId}/refuse`, { note: '  ' });
    expect(answer.status).toBe(400);
    expect(answer.body.rule).toBe('ARefusalNoteIsOneTo500Characters');
    expect((await held('ferry.ce2a.prof')).body.held.map((m) => m.id)).toContain(sent.body.messageId);
  });

  it.each([
    ['ferry.cm2.prof', 404],
    ['curie.ce2.prof', 404],
    ['parent.lea', 404],
    ['academie.admin', 404],
    ['ferry.direction', 404],
    ['lea.ce2a', 403],
    // The recipient does not have it yet: for them it does not exist.
    ['hugo.ce2a', 404],
  ])('%s may not approve it (%s)', async (login, status) => {
    const sent = await send('lea.ce2a', ['hugo.ce2a'], 'Pas encore validé');
    expect((await who(login).post(`/messaging/messages/${sent.body.messageId}/approve`)).status).toBe(status);
    expect((await who(login).post(`/messaging/messages/${sent.body.messageId}/refuse`, { note: 'non' })).status).toBe(status);
    expect(await bodiesSeenBy('hugo.ce2a', sent.body.id)).toBe(404);
  });

  it.each([
    // A pupil or a parent of the class: the moderation rule says why.
    ['lea.ce2a', { rule: 'OnlyATeacherOfTheClassModerates' }],
    ['parent.lea', { rule: 'OnlyATeacherOfTheClassModerates' }],
    // Anyone else, the director who does not teach it included: messaging in this class is not theirs.
    ['ferry.direction', { action: 'messaging.use' }],
    ['ferry.cm2.prof', { code: 'FORBIDDEN' }],
    ['curie.ce2.prof', { code: 'FORBIDDEN' }],
    ['academie.admin', { code: 'FORBIDDEN' }],
  ])('%s may not read the held queue (403 %o)', async (login, why) => {
    const answer = await held(login);
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'FORBIDDEN', ...why });
    expect(answer.body).not.toHaveProperty('held');
  });
});

describe('hiding and reporting', () => {
  it('a partner pupil writes to Léa; she reports it; the teachers of both pupils see the report; one hides it for everyone', async () => {
    const sent = await send('nina.curie', ['lea.ce2a'], 'Message méchant');
    expect(sent.body.status).toBe('delivered');
    const message = sent.body.messageId;
    expect((await who('lea.ce2a').post(`/messaging/messages/${message}/report`, { reason: 'Il est méchant' })).status).toBe(204);
    const again = await who('lea.ce2a').post(`/messaging/messages/${message}/report`, {});
    expect(again.body.rule).toBe('AMessageIsReportedOncePerPerson');
    const queue = await held('ferry.ce2a.prof');
    const reported = queue.body.reported.find((m) => m.id === message);
    expect(reported?.reports.map((r) => r.by.id)).toEqual([id('lea.ce2a')]);
    expect(queue.body.counts.reported).toBe(queue.body.reported.length);
    expect((await outbox('messaging.message-reported', message)).length).toBe(1);
    expect((await who('ferry.cm2.prof').post(`/messaging/messages/${message}/hide`)).status).toBe(404);
    expect((await who('parent.lea').post(`/messaging/messages/${message}/hide`)).status).toBe(404);
    expect((await who('lea.ce2a').post(`/messaging/messages/${message}/hide`)).status).toBe(403);
    expect((await who('curie.ce2.prof').post(`/messaging/messages/${message}/hide`)).status).toBe(204);
    for (const login of ['lea.ce2a', 'nina.curie']) {
      const thread = await who(login).get<ThreadView>(`/messaging/conversations/${sent.body.id}`);
      expect(thread.body.messages[0]).toMatchObject({ status: 'hidden', body: null, attachments: [] });
    }
    expect(JSON.stringify((await who('lea.ce2a').get(`/messaging/conversations?folder=inbox`)).body)).not.toContain('Message méchant');
    expect((await held('ferry.ce2a.prof')).body.reported.map((m) => m.id)).not.toContain(message);
    expect((await outbox('messaging.message-hidden', message)).length).toBe(1);
  });

  it('a teacher of a pupil taking part may hide a message without being in the conversation; others may not', async () => {
    const sent = await send('ferry.ce2a.prof', ['curie.ce2.prof', 'lea.ce2a'], 'Correspondance');
    expect((await who('ferry.cm2.prof').post(`/messaging/messages/${sent.body.messageId}/hide`)).status).toBe(404);
    const thread = await who('curie.ce2.prof').get<ThreadView>(`/messaging/conversations/${sent.body.id}`);
    expect(thread.body.messages[0].permissions).toEqual({ report: true, hide: false });
    expect((await who('ferry.ce2a.prof').get<ThreadView>(`/messaging/conversations/${sent.body.id}`)).body.messages[0].permissions.hide).toBe(true);
  });
});

describe('moderation scope is per message', () => {
  it("in the director's broadcast to CE2 A and CM2 pupils, Tom's private reply is CM2's teacher's to moderate, not CE2 A's", async () => {
    const sent = await send('ferry.direction', ['lea.ce2a', 'tom.cm2'], 'Fête de l’école samedi');
    expect(sent.status).toBe(201);
    const reply = await who('tom.cm2').post(`/messaging/conversations/${sent.body.id}/messages`, { body: 'Je viendrai avec mon père.' });
    expect(reply.status).toBe(201);
    expect((await who('ferry.ce2a.prof').post(`/messaging/messages/${reply.body.messageId}/hide`)).status).toBe(404);
    expect((await who('ferry.cm2.prof').post(`/messaging/messages/${reply.body.messageId}/hide`)).status).toBe(204);
    // The broadcast itself reached both classes' pupils: both teachers moderate it.
    expect((await who('ferry.ce2a.prof').post(`/messaging/messages/${sent.body.messageId}/hide`)).status).toBe(204);
  });
});

describe('limits against abuse', () => {
  it('a pupil sends at most 20 messages in 10 minutes: the 21st answers 429 with Retry-After and stores nothing', async () => {
    const count = async () => Number((await preau.sql<{ n: string }>(`select count(*) as n from messaging.message where author_id = $1`, [id('tom.cm2')]))[0].n);
    // What Tom wrote earlier in this file counts too (all within the 10 minutes).
    const earlier = await count();
    for (let i = earlier; i < 20; i++) expect((await send('tom.cm2', ['ferry.cm2.prof'], `Message ${i}`)).status).toBe(201);
    const before = await count();
    expect(before).toBe(20);
    const refused = await send('tom.cm2', ['ferry.cm2.prof'], 'Encore un');
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', rule: 'AnAccountStaysWithinItsSendRate', limit: 20, windowMinutes: 10 });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await count()).toBe(before);
    const audited = await preau.sql(`select 1 from platform.outbox_message where type = 'messaging.sending-refused' and actor_id = $1 and payload->>'code' = 'RATE_LIMITED'`, [id('tom.cm2')]);
    expect(audited.length).toBeGreaterThan(0);
  });

  it('recipients per message are limited (configured here: 2 for pupils)', async () => {
    const answer = await send('nina.curie', ['lea.ce2a', 'hugo.ce2a', 'ines.ce2a']);
    expect(answer.status).toBe(429);
    expect(answer.body).toMatchObject({ code: 'RATE_LIMITED', rule: 'AMessageStaysWithinItsRecipientLimit', limit: 2 });
  });

  it('adults have their own limit (configured here: 40), not the pupils\' 20', async () => {
    const count = async () => Number((await preau.sql<{ n: string }>(`select count(*) as n from messaging.message where author_id = $1`, [id('parent.nina')]))[0].n);
    for (let i = await count(); i < 40; i++) expect((await send('parent.nina', ['curie.ce2.prof'], `Question ${i}`)).status).toBe(201);
    expect(await count()).toBe(40);
    const refused = await send('parent.nina', ['curie.ce2.prof'], 'Une de trop');
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', rule: 'AnAccountStaysWithinItsSendRate', limit: 40 });
    expect(await count()).toBe(40);
  });
});

describe('drafts, unread counts, search, attachments', () => {
  it('a draft is kept for its author only, listed in drafts, and goes away once sent', async () => {
    const created = await who('parent.hugo').post<DraftView>('/messaging/drafts', { recipientIds: [id('ferry.cm2.prof')], subject: 'Brouillon', body: 'À finir' });
    expect(created.status).toBe(201);
    expect(created.body.recipients.map((r) => r.id)).toEqual([id('ferry.cm2.prof')]);
    const changed = await who('parent.hugo').put<DraftView>(`/messaging/drafts/${created.body.id}`, { body: 'Tom sera en retard.' });
    expect(changed.body).toMatchObject({ subject: 'Brouillon', body: 'Tom sera en retard.' });
    const folder = await who('parent.hugo').get<ConversationPage>('/messaging/conversations?folder=drafts');
    expect(folder.body.items.map((i) => i.id)).toContain(created.body.id);
    for (const other of ['parent.lea', 'ferry.cm2.prof', 'academie.admin']) {
      expect((await who(other).get(`/messaging/drafts/${created.body.id}`)).status).toBe(404);
      expect((await who(other).put(`/messaging/drafts/${created.body.id}`, { body: 'pirate' })).status).toBe(404);
      expect((await who(other).delete(`/messaging/drafts/${created.body.id}`)).status).toBe(404);
    }
    const sent = await send('parent.hugo', ['ferry.cm2.prof'], 'Tom sera en retard.', { draftId: created.body.id });
    expect(sent.status).toBe(201);
    expect((await who('parent.hugo').get(`/messaging/drafts/${created.body.id}`)).status).toBe(404);
  });

  it('an author keeps at most 200 drafts (AnAuthorKeepsAtMost200Drafts, 409), and nothing more is stored', async () => {
    const count = async () => Number((await preau.sql<{ n: string }>(`select count(*) as n from messaging.draft where author_id = $1`, [id('parent.nina')]))[0].n);
    for (let i = await count(); i < 200; i++) expect((await who('parent.nina').post('/messaging/drafts', { body: `Brouillon ${i}` })).status).toBe(201);
    const refused = await who('parent.nina').post('/messaging/drafts', { body: 'Un de trop' });
    expect(refused.body).toMatchObject({ status: 409, code: 'CONFLICT', rule: 'AnAuthorKeepsAtMost200Drafts', limit: 200 });
    expect(await count()).toBe(200);
    await preau.sql(`delete from messaging.draft where author_id = $1`, [id('parent.nina')]);
  });

  it('a list of more recipients than any limit allows is refused before anything is asked or stored (429)', async () => {
    const many = Array.from({ length: 301 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const answer = await who('ferry.direction').post('/messaging/conversations', { recipientIds: many, subject: 'Tous', body: 'x' });
    expect(answer.body).toMatchObject({ status: 429, code: 'RATE_LIMITED', rule: 'AMessageStaysWithinItsRecipientLimit', limit: 300 });
  });

  it('a draft names only people its author may write to (typing an id tells nothing of a stranger)', async () => {
    const draft = await who('lea.ce2a').post<DraftView>('/messaging/drafts', { recipientIds: [id('hugo.ce2a'), id('parent.hugo'), id('tom.cm2')], subject: 'Brouillon', body: '' });
    expect(draft.status).toBe(201);
    expect(draft.body.recipients.map((r) => r.id)).toEqual([id('hugo.ce2a')]);
    expect(JSON.stringify(draft.body)).not.toContain(who('parent.hugo').me.displayName);
    const folder = await who('lea.ce2a').get<ConversationPage>('/messaging/conversations?folder=drafts');
    expect(JSON.stringify(folder.body)).not.toContain(who('tom.cm2').me.displayName);
  });

  it('text that cannot be stored (NUL, half a surrogate pair) answers 400 VALIDATION_FAILED, never 500', async () => {
    for (const body of ['a\u0000b', 'a\ud800b']) {
      const answer = await send('parent.lea', ['ferry.ce2a.prof'], body);
      expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    }
    const search = await who('parent.lea').get(`/messaging/conversations?q=${encodeURIComponent('\u0000')}`);
    expect(search.status).toBe(400);
  });

  it('unread counts go up on delivery and down when the conversation is opened; search finds text', async () => {
    const before = (await who('parent.lea').get<UnreadView>('/messaging/unread')).body.total;
    const sent = await send('ferry.ce2a.prof', ['parent.lea'], 'Les évaluations de lecture arrivent.');
    expect((await who('parent.lea').get<UnreadView>('/messaging/unread')).body.total).toBe(before + 1);
    const inbox = await who('parent.lea').get<ConversationPage>('/messaging/conversations?folder=inbox&q=évaluations');
    expect(inbox.body.items.map((i) => i.id)).toEqual([sent.body.id]);
    expect(inbox.body.items[0]).toMatchObject({ unread: 1, lastMessage: { excerpt: 'Les évaluations de lecture arrivent.' } });
    await who('parent.lea').get(`/messaging/conversations/${sent.body.id}`);
    expect((await who('parent.lea').get<UnreadView>('/messaging/unread')).body.total).toBe(before);
    const asSender = await who('ferry.ce2a.prof').get<ThreadView>(`/messaging/conversations/${sent.body.id}`);
    expect(asSender.body.messages[0].readBy?.map((r) => r.personId)).toEqual([id('parent.lea')]);
    const sentFolder = await who('ferry.ce2a.prof').get<ConversationPage>('/messaging/conversations?folder=sent&q=évaluations');
    expect(sentFolder.body.items.map((i) => i.id)).toEqual([sent.body.id]);
  });

  it('a cursor that is not one of the list answers 400 VALIDATION_FAILED naming the field', async () => {
    const answer = await who('parent.lea').get('/messaging/conversations?folder=inbox&cursor=pas-un-curseur');
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'cursor' }] });
  });

  it('an attachment is readable by the recipients only; someone else\'s item cannot be attached (nothing sent)', async () => {
    const link = await who('ferry.ce2a.prof').post('/media/links', { url: 'https://fr.vikidia.org/wiki/Loup', title: 'Le loup' });
    expect(link.status).toBe(201);
    const sent = await send('ferry.ce2a.prof', ['parent.lea'], 'Lecture du soir', { attachmentIds: [link.body.id] });
    expect(sent.status).toBe(201);
    const thread = await who('parent.lea').get<ThreadView>(`/messaging/conversations/${sent.body.id}`);
    expect(thread.body.messages[0].attachments.map((a) => a.id)).toEqual([link.body.id]);
    expect((await who('parent.lea').get(`/media/${link.body.id}`)).status).toBe(200);
    expect((await who('parent.hugo').get(`/media/${link.body.id}`)).status).toBe(404);
    const stolen = await send('parent.hugo', ['ferry.cm2.prof'], 'Je réutilise', { attachmentIds: [link.body.id] });
    // The media library's answer for items that are not the sender's to use (as for the blog).
    expect({ status: stolen.status, code: stolen.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect((await preau.sql(`select 1 from messaging.message where body = 'Je réutilise'`)).length).toBe(0);
  });
});

// Last: switches and blocking change who may write for everyone.
describe('switches and blocked accounts stop sending at once', () => {
  it('the class module off: its pupils cannot send (403 MODULE_DISABLED), nobody can write to them; back on, it works', async () => {
    expect((await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/modules`, { messaging: false })).status).toBe(200);
    const pupil = await send('lea.ce2a', ['hugo.ce2a']);
    expect({ status: pupil.status, code: pupil.body.code }).toEqual({ status: 403, code: 'MODULE_DISABLED' });
    const toPupil = await send('ferry.ce2a.prof', ['lea.ce2a']);
    expect(toPupil.body).toMatchObject({ status: 403, code: 'MODULE_DISABLED', switchedOff: [id('lea.ce2a')] });
    expect((await who('lea.ce2a').get('/messaging/recipients')).body.code).toBe('MODULE_DISABLED');
    expect((await send('ferry.ce2a.prof', ['ferry.direction'])).status).toBe(201);
    expect((await who('ferry.ce2a.prof').patch(`/classes/${ce2a}/modules`, { messaging: true })).status).toBe(200);
    expect((await send('lea.ce2a', ['hugo.ce2a'])).status).toBe(201);
  });

  it("the school's emergency switch stops everyone of the school, and messages from outside into it", async () => {
    // A conversation open before the switch: replying in it is sending too.
    const open = await send('parent.lea', ['ferry.ce2a.prof'], 'Avant la coupure');
    expect(open.status).toBe(201);
    const before = Number((await preau.sql<{ n: string }>('select count(*) as n from messaging.message'))[0].n);
    expect((await who('ferry.direction').put(`/admin/schools/${ferrySchool}/switches`, { messaging: false })).status).toBe(200);
    try {
      for (const login of ['ferry.ce2a.prof', 'parent.lea']) {
        const reply = await who(login).post(`/messaging/conversations/${open.body.id}/messages`, { body: 'Une réponse' });
        expect([login, reply.status, reply.body.code]).toEqual([login, 403, 'MODULE_DISABLED']);
      }
      for (const [from, to] of [['tom.cm2', 'ferry.cm2.prof'], ['ferry.ce2a.prof', 'parent.lea'], ['parent.lea', 'ferry.ce2a.prof'], ['ferry.direction', 'ferry.cm2.prof'], ['nina.curie', 'lea.ce2a']] as const) {
        const answer = await send(from, [to]);
        expect([from, to, answer.status, answer.body.code]).toEqual([from, to, 403, 'MODULE_DISABLED']);
      }
      // Marie Curie is not switched off: its teacher still writes to its families (the only message stored).
      expect((await send('curie.ce2.prof', ['parent.nina'])).status).toBe(201);
      expect(Number((await preau.sql<{ n: string }>('select count(*) as n from messaging.message'))[0].n)).toBe(before + 1);
    } finally {
      expect((await who('ferry.direction').put(`/admin/schools/${ferrySchool}/switches`, { messaging: true })).status).toBe(200);
    }
    expect((await send('parent.lea', ['ferry.ce2a.prof'])).status).toBe(201);
  });

  it("a held message is not approved into a school switched off since it was written (403 MODULE_DISABLED), and stays held", async () => {
    const sent = await send('lea.ce2a', ['nina.curie'], 'Bonjour Nina');
    expect(sent.body.status).toBe('held');
    const curie = who('curie.ce2.prof').me.schools[0].id;
    expect((await who('academie.admin').put(`/admin/schools/${curie}/switches`, { messaging: false })).status).toBe(200);
    try {
      const answer = await who('ferry.ce2a.prof').post(`/messaging/messages/${sent.body.messageId}/approve`);
      expect(answer.body).toMatchObject({ status: 403, code: 'MODULE_DISABLED', switchedOff: [id('nina.curie')] });
      expect((await held('ferry.ce2a.prof')).body.held.map((m) => m.id)).toContain(sent.body.messageId);
    } finally {
      expect((await who('academie.admin').put(`/admin/schools/${curie}/switches`, { messaging: true })).status).toBe(200);
    }
  });

  it('a blocked account stops at once: its session is gone, nothing is sent', async () => {
    const tom = who('tom.cm2');
    expect((await who('ferry.direction').post(`/admin/users/${id('tom.cm2')}/block`)).status).toBe(204);
    try {
      const answer = await tom.post('/messaging/conversations', { recipientIds: [id('ferry.cm2.prof')], subject: 'Hello', body: 'x' });
      expect(answer.status).toBe(401);
    } finally {
      expect((await who('ferry.direction').post(`/admin/users/${id('tom.cm2')}/unblock`)).status).toBe(204);
    }
  });
});
