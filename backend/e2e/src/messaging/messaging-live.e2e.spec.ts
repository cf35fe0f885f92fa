import { DEMO_ACADEMY, type MeResponse, type SentMessage } from '@preau/contracts';
import { type ApiClient, as } from '../support/client';
import { LiveClient } from '../support/live-client';
import { type PreauServer, startApiProcess, startPreau } from '../support/preau-server';

/**
 * Live delivery over the stream (server-sent events) with two API processes on the same database and Redis:
 * a browser connected to one process hears of messages sent through the other; when its process is killed
 * and restarted, the browser resumes from Last-Event-ID and gets every acknowledged message once, in order.
 */

type Client = ApiClient & { me: MeResponse };
let preau: PreauServer;
const people = new Map<string, Client>();
const who = (login: string) => people.get(login) as Client;

beforeAll(async () => {
  preau = await startPreau('messaging_live', { PREAU_REQUESTS_PER_MINUTE: '100000', PREAU_MESSAGING_ADULT_MESSAGES: '1000', PREAU_LIVE_HEARTBEAT_SECONDS: '1' });
  for (const person of DEMO_ACADEMY.people) people.set(person.login, await as(preau.baseUrl, person.login));
}, 120_000);
afterAll(() => preau?.stop());

let serial = 0;
async function teacherWritesToLea(): Promise<string> {
  const answer = await who('ferry.ce2a.prof').post<SentMessage>('/messaging/conversations', { recipientIds: [who('parent.lea').me.id], subject: `Info ${++serial}`, body: `Message ${serial}` });
  expect(answer.status).toBe(201);
  return answer.body.messageId;
}
const received = (client: LiveClient) => client.events.filter((e) => e.type === 'message.received').map((e) => e.data.messageId as string);

it('refuses a stream without a session (401 problem+json)', async () => {
  const answer = await fetch(`${preau.baseUrl}/api/v1/notifications/stream`);
  expect(answer.status).toBe(401);
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
});

it('pushes message.received with the unread counts to the recipient only', async () => {
  const lea = new LiveClient(() => preau.baseUrl, who('parent.lea').cookie ?? '');
  const hugo = new LiveClient(() => preau.baseUrl, who('parent.hugo').cookie ?? '');
  try {
    await Promise.all([lea.ready(), hugo.ready()]);
    const messageId = await teacherWritesToLea();
    await lea.until((events) => received({ events } as LiveClient).includes(messageId));
    const event = lea.events.find((e) => e.data.messageId === messageId);
    expect(event?.data).toMatchObject({ messageId, authorId: who('ferry.ce2a.prof').me.id, unread: { conversation: 1 } });
    expect(event?.data.unread.total).toBeGreaterThanOrEqual(1);
    await new Promise((r) => setTimeout(r, 300));
    expect(received(hugo)).not.toContain(messageId);
  } finally {
    lea.close();
    hugo.close();
  }
}, 60_000);

it('an acknowledged message is never lost nor duplicated when the API process the browser is connected to restarts', async () => {
  const a = await startApiProcess(preau);
  let current = a;
  const port = new URL(a.baseUrl).port;
  const browser = new LiveClient(() => current.baseUrl, who('parent.lea').cookie ?? '', 100);
  const acknowledged: string[] = [];
  try {
    await browser.ready();
    // Sent through the other process (the load balancer's other half).
    for (let i = 0; i < 5; i++) acknowledged.push(await teacherWritesToLea());
    await browser.until(() => acknowledged.every((id) => received(browser).includes(id)));
    await a.stop('SIGKILL');
    // While the browser's process is down, messages keep being acknowledged elsewhere.
    for (let i = 0; i < 5; i++) acknowledged.push(await teacherWritesToLea());
    current = await startApiProcess(preau, Number(port));
    for (let i = 0; i < 5; i++) acknowledged.push(await teacherWritesToLea());
    await browser.until(() => acknowledged.every((id) => received(browser).includes(id)), 30_000);
    expect(browser.connects).toBeGreaterThanOrEqual(2);
    const mine = received(browser).filter((id) => acknowledged.includes(id));
    expect(mine).toEqual(acknowledged);
    // Every event once (a `ready` marks the position the stream resumed from: it may repeat the last id).
    const ids = browser.events.filter((e) => e.type !== 'ready').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(browser.events.some((e) => e.type === 'resync')).toBe(false);
  } finally {
    browser.close();
    await current.stop();
  }
}, 120_000);

it('a stream stops at the next heartbeat once its account is blocked: nothing more reaches it', async () => {
  const tom = who('tom.cm2');
  const stream = new LiveClient(() => preau.baseUrl, tom.cookie ?? '');
  try {
    await stream.ready();
    const before = await who('ferry.cm2.prof').post<SentMessage>('/messaging/conversations', { recipientIds: [tom.me.id], subject: 'Avant', body: 'Avant le blocage' });
    await stream.until(() => received(stream).includes(before.body.messageId));
    expect((await who('ferry.direction').post(`/admin/users/${tom.me.id}/block`)).status).toBe(204);
    await new Promise((r) => setTimeout(r, 2500));
    const after = await who('ferry.cm2.prof').post<SentMessage>('/messaging/conversations', { recipientIds: [tom.me.id], subject: 'Après', body: 'Après le blocage' });
    expect(after.status).toBe(201);
    await new Promise((r) => setTimeout(r, 1500));
    expect(received(stream)).not.toContain(after.body.messageId);
  } finally {
    stream.close();
    expect((await who('ferry.direction').post(`/admin/users/${tom.me.id}/unblock`)).status).toBe(204);
  }
}, 60_000);

it("a held message reaches the recipient's stream only once approved; the class's teacher hears of the queue at once", async () => {
  const hugo = new LiveClient(() => preau.baseUrl, who('hugo.ce2a').cookie ?? '');
  const teacher = new LiveClient(() => preau.baseUrl, who('ferry.ce2a.prof').cookie ?? '');
  try {
    await Promise.all([hugo.ready(), teacher.ready()]);
    const held = await who('lea.ce2a').post<SentMessage>('/messaging/conversations', { recipientIds: [who('hugo.ce2a').me.id], subject: 'Récré', body: 'On joue ?' });
    expect(held.status).toBe(201);
    await teacher.until((events) => events.some((e) => e.type === 'messaging.held' && e.data.classId === who('ferry.ce2a.prof').me.classes[0]?.id));
    // The log is ordered: once a later message has reached Hugo's stream, the held one would have too.
    const later = await who('ferry.ce2a.prof').post<SentMessage>('/messaging/conversations', { recipientIds: [who('hugo.ce2a').me.id], subject: 'Après', body: 'Plus tard' });
    await hugo.until(() => received(hugo).includes(later.body.messageId));
    expect(received(hugo)).not.toContain(held.body.messageId);

    expect((await who('ferry.ce2a.prof').post(`/messaging/messages/${held.body.messageId}/approve`)).status).toBe(204);
    await hugo.until(() => received(hugo).includes(held.body.messageId));
  } finally {
    hugo.close();
    teacher.close();
  }
}, 60_000);
