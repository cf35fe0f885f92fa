import { DEMO_ACADEMY, DEMO_LOGINS, type DemoLogin, demoWritingPairs, type ConversationPage, type MeResponse, type RecipientsView, type SentMessage, type ThreadView } from '@preau/contracts';
import { type Answer, type ApiClient, as } from '../support/client';
import { type PreauServer, startPreau } from '../support/preau-server';

/**
 * The communication rules of docs/product/access-rules.md over HTTP, on the demo academy: for every pair of demo people,
 * the recipient picker offers exactly the allowed ones, a message to an allowed person is delivered and one
 * to a refused person answers 403 RECIPIENT_NOT_ALLOWED naming them with nothing stored; replies inside a
 * conversation, broadcasts whose replies go to the sender only, and administrators who never read.
 */

type Client = ApiClient & { me: MeResponse };
let preau: PreauServer;
const people = new Map<string, Client>();
const ids = new Map<string, string>();

function who(login: string): Client {
  const client = people.get(login);
  if (!client) throw new Error(`unknown demo login ${login}`);
  return client;
}
const id = (login: string) => ids.get(login) ?? '';
const loginOf = (personId: string) => [...ids.entries()].find(([, v]) => v === personId)?.[0] ?? personId;

const PEOPLE = DEMO_LOGINS;
const allowedFrom = (sender: DemoLogin): DemoLogin[] => demoWritingPairs().filter(([s, , ok]) => s === sender && ok).map(([, r]) => r);
// The demo academy's matrix (contracts), written out by hand from docs/product/access-rules.md and docs/product/demo-school.md.
const PAIRS = demoWritingPairs().filter(([sender, recipient]) => sender !== recipient);

let serial = 0;
const subject = (label: string) => `${label} ${++serial}`;

async function send(from: string, to: string[], body = 'Bonjour !'): Promise<Answer> {
  return who(from).post('/messaging/conversations', { recipientIds: to.map(id), subject: subject(`De ${from}`), body });
}

const messageCount = async () => Number((await preau.sql<{ n: string }>('select count(*) as n from messaging.message'))[0].n);

beforeAll(async () => {
  // Limits out of the way here: the rules, not the rate, are under test (limits have their own spec).
  preau = await startPreau('messaging_rules', { PREAU_REQUESTS_PER_MINUTE: '100000', PREAU_MESSAGING_PUPIL_MESSAGES: '1000', PREAU_MESSAGING_ADULT_MESSAGES: '1000' });
  for (const person of DEMO_ACADEMY.people) {
    const client = await as(preau.baseUrl, person.login);
    people.set(person.login, client);
    ids.set(person.login, client.me.id);
  }
}, 120_000);
afterAll(() => preau?.stop());

describe('the recipient picker offers exactly the communication rules', () => {
  it.each(PEOPLE.map((p) => [p]))('%s', async (sender) => {
    const answer = await who(sender).get<RecipientsView>('/messaging/recipients');
    expect(answer.status).toBe(200);
    expect(answer.body.people.map((p) => loginOf(p.id)).sort()).toEqual([...allowedFrom(sender)].sort());
    for (const group of answer.body.groups) {
      for (const member of group.memberIds) expect(allowedFrom(sender)).toContain(loginOf(member) as DemoLogin);
    }
  });

  it('searches by name, and describes people by class, children or school', async () => {
    const answer = await who('lea.ce2a').get<RecipientsView>('/messaging/recipients?q=hug');
    expect(answer.body.people.map((p) => loginOf(p.id))).toEqual(['hugo.ce2a']);
    expect(answer.body.people[0].context).toBe('CE2 A');
    // The classes by id, for a picker to group by (two classes may share a name across schools).
    const ce2a = who('lea.ce2a').me.classes[0];
    expect(answer.body.people[0].classes).toEqual([{ id: ce2a.id, name: 'CE2 A' }]);
    const all = await who('lea.ce2a').get<RecipientsView>('/messaging/recipients');
    expect(all.body.people.find((p) => p.id === id('ferry.ce2a.prof'))?.classes).toEqual([{ id: ce2a.id, name: 'CE2 A' }]);
    expect(all.body.people.find((p) => p.id === id('parent.lea'))?.classes).toEqual([]);
    const teacher = await who('ferry.ce2a.prof').get<RecipientsView>('/messaging/recipients');
    expect(teacher.body.people.find((p) => p.id === id('parent.hugo'))?.role).toBe('PARENT');
    expect(teacher.body.groups.map((g) => g.kind).sort()).toEqual(['class-families', 'class-pupils', 'school-staff']);
  });
});

describe('every pair of the demo academy', () => {
  it.each(PAIRS)('%s → %s: %s', async (sender, recipient, allowed) => {
    const before = await messageCount();
    const answer = await send(sender, [recipient]);
    if (allowed) {
      expect(answer.status).toBe(201);
      expect(answer.body.status).toBe(sender === 'lea.ce2a' || sender === 'hugo.ce2a' || sender === 'ines.ce2a' ? 'held' : 'delivered');
      expect(await messageCount()).toBe(before + 1);
    } else {
      expect({ status: answer.status, code: answer.body.code }).toEqual({ status: 403, code: 'RECIPIENT_NOT_ALLOWED' });
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(answer.body.refused).toEqual([id(recipient)]);
      expect(await messageCount()).toBe(before);
    }
  });
});

describe('one refused recipient refuses the whole message', () => {
  it('lea.ce2a to hugo.ce2a and tom.cm2: nothing delivered to anyone, the refused id named', async () => {
    const before = await messageCount();
    const answer = await send('lea.ce2a', ['hugo.ce2a', 'tom.cm2']);
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ code: 'RECIPIENT_NOT_ALLOWED', refused: [id('tom.cm2')] });
    expect(await messageCount()).toBe(before);
    const inbox = await who('hugo.ce2a').get<ConversationPage>('/messaging/conversations?folder=inbox&q=tom');
    expect(inbox.body.items).toEqual([]);
  });

  it('an unknown id is refused the same way (existence does not leak)', async () => {
    const stranger = '00000000-0000-4000-8000-000000000001';
    const answer = await who('parent.lea').post('/messaging/conversations', { recipientIds: [stranger], subject: 'Bonjour', body: 'Qui est là ?' });
    expect(answer.body).toMatchObject({ status: 403, code: 'RECIPIENT_NOT_ALLOWED', refused: [stranger] });
  });

  it('a refused sending is audited without its text', async () => {
    await send('parent.lea', ['parent.hugo'], 'texte confidentiel');
    const rows = await preau.sql<{ payload: Record<string, unknown>; actor_id: string }>(
      `select payload, actor_id from platform.outbox_message where type = 'messaging.sending-refused' and actor_id = $1`,
      [id('parent.lea')],
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.at(-1)?.payload).toMatchObject({ code: 'RECIPIENT_NOT_ALLOWED', refused: [id('parent.hugo')] });
    expect(JSON.stringify(rows)).not.toContain('texte confidentiel');
  });
});

describe('replies', () => {
  it('a parent and the teacher write back and forth; the pupil\'s parent is never reached by another pupil', async () => {
    const first = await send('parent.hugo', ['ferry.ce2a.prof'], 'Hugo sera absent demain.');
    expect(first.status).toBe(201);
    const reply = await who('ferry.ce2a.prof').post<SentMessage>(`/messaging/conversations/${first.body.id}/messages`, { body: 'Merci, bien noté.' });
    expect(reply.status).toBe(201);
    const thread = await who('parent.hugo').get<ThreadView>(`/messaging/conversations/${first.body.id}`);
    expect(thread.body.messages.map((m) => m.body)).toEqual(['Hugo sera absent demain.', 'Merci, bien noté.']);
    expect(thread.body.participants.map((p) => loginOf(p.id))).toEqual(['parent.hugo', 'ferry.ce2a.prof']);
  });

  it('people already in a conversation reply whatever the rules: a teacher writes to a parent and a colleague, both answer everyone', async () => {
    const first = await send('ferry.ce2a.prof', ['ferry.cm2.prof', 'ferry.direction'], 'Réunion jeudi.');
    expect(first.status).toBe(201);
    const answer = await who('ferry.cm2.prof').post<SentMessage>(`/messaging/conversations/${first.body.id}/messages`, { body: "D'accord." });
    expect(answer.status).toBe(201);
    const thread = await who('ferry.direction').get<ThreadView>(`/messaging/conversations/${first.body.id}`);
    expect(thread.body.kind).toBe('conversation');
    expect(thread.body.messages.map((m) => m.body)).toEqual(['Réunion jeudi.', "D'accord."]);
  });

  it('someone outside the conversation gets 404, to read or to reply', async () => {
    const first = await send('parent.lea', ['ferry.ce2a.prof'], 'Question sur les devoirs.');
    for (const outsider of ['parent.hugo', 'ferry.direction', 'academie.admin', 'lea.ce2a']) {
      expect([outsider, (await who(outsider).get(`/messaging/conversations/${first.body.id}`)).status]).toEqual([outsider, 404]);
      const reply = await who(outsider).post(`/messaging/conversations/${first.body.id}/messages`, { body: 'Je m’invite.' });
      expect([outsider, reply.status, reply.body.code]).toEqual([outsider, 404, 'NOT_FOUND']);
    }
  });
});

describe('broadcasts', () => {
  it('a teacher writes to all the families: each sees only the teacher, and a reply goes to the teacher only', async () => {
    const sent = await send('ferry.ce2a.prof', ['parent.lea', 'parent.hugo'], 'Sortie au musée vendredi.');
    expect(sent.status).toBe(201);
    const asLea = await who('parent.lea').get<ThreadView>(`/messaging/conversations/${sent.body.id}`);
    expect(asLea.body.kind).toBe('broadcast');
    expect(asLea.body.participants.map((p) => loginOf(p.id)).sort()).toEqual(['ferry.ce2a.prof', 'parent.lea']);
    expect(asLea.body.replyTo).toEqual([id('ferry.ce2a.prof')]);
    const reply = await who('parent.lea').post<SentMessage>(`/messaging/conversations/${sent.body.id}/messages`, { body: 'Léa a besoin d’un pique-nique ?' });
    expect(reply.status).toBe(201);
    const asHugo = await who('parent.hugo').get<ThreadView>(`/messaging/conversations/${sent.body.id}`);
    expect(asHugo.body.messages.map((m) => m.body)).toEqual(['Sortie au musée vendredi.']);
    const asTeacher = await who('ferry.ce2a.prof').get<ThreadView>(`/messaging/conversations/${sent.body.id}`);
    expect(asTeacher.body.messages.map((m) => m.body)).toEqual(['Sortie au musée vendredi.', 'Léa a besoin d’un pique-nique ?']);
    expect(asTeacher.body.participants).toHaveLength(3);
  });

  it("a broadcast recipient cannot address another recipient (RepliesStayInside / ABroadcastReplyGoesToTheSenderOnly)", async () => {
    const sent = await send('ferry.ce2a.prof', ['parent.lea', 'parent.hugo'], 'Photos de classe.');
    const answer = await who('parent.lea').post(`/messaging/conversations/${sent.body.id}/messages`, { body: 'Bonjour Hugo', to: [id('parent.hugo')] });
    expect(answer.status).toBe(403);
    // One rule whoever is named, so that a recipient cannot probe who else received the broadcast.
    expect(answer.body.rule).toBe('ABroadcastReplyGoesToTheSenderOnly');
  });

  it('the sender of a broadcast may answer one family only', async () => {
    const sent = await send('ferry.ce2a.prof', ['parent.lea', 'parent.hugo'], 'Cahiers à couvrir.');
    const answer = await who('ferry.ce2a.prof').post<SentMessage>(`/messaging/conversations/${sent.body.id}/messages`, { body: 'Pour Léa seulement.', to: [id('parent.lea')] });
    expect(answer.status).toBe(201);
    expect((await who('parent.hugo').get<ThreadView>(`/messaging/conversations/${sent.body.id}`)).body.messages.map((m) => m.body)).toEqual(['Cahiers à couvrir.']);
    expect((await who('parent.lea').get<ThreadView>(`/messaging/conversations/${sent.body.id}`)).body.messages.map((m) => m.body)).toEqual(['Cahiers à couvrir.', 'Pour Léa seulement.']);
  });
});

describe('administrators never read conversations', () => {
  it('academie.admin has an empty inbox of others\' conversations and no route to read them', async () => {
    const sent = await send('parent.nina', ['curie.ce2.prof'], 'Message privé.');
    expect((await who('academie.admin').get(`/messaging/conversations/${sent.body.id}`)).status).toBe(404);
    const inbox = await who('academie.admin').get<ConversationPage>('/messaging/conversations?folder=inbox&q=privé');
    expect(inbox.body.items).toEqual([]);
    // Nor by a message: no moderation move is open to them either.
    expect((await who('academie.admin').post(`/messaging/messages/${sent.body.messageId}/hide`)).status).toBe(404);
    expect((await who('academie.admin').post(`/messaging/messages/${sent.body.messageId}/report`, {})).status).toBe(404);
  });
});

describe('plain text, as written', () => {
  it('markup and line breaks come back exactly as written', async () => {
    const body = '<script>alert(1)</script>\n<b>gras</b>  et  espaces\n\nhttps://exemple.fr';
    const sent = await send('parent.nina', ['curie.ce2.prof'], body);
    const thread = await who('curie.ce2.prof').get<ThreadView>(`/messaging/conversations/${sent.body.id}`);
    expect(thread.body.messages[0].body).toBe(body);
  });
});
