import type { EntityManager } from '@mikro-orm/postgresql';
import { type EventType, type IntegrationEvent, MessagingEvents } from '@preau/contracts';
import type { LiveDelivery } from '../../application/live-delivery';
import type { MessagingPeople } from '../../application/messaging-people';
import { MessagingLiveConsumer } from './messaging-live.consumer';

function consumer(teachers: Record<string, string[]>) {
  const calls: unknown[][] = [];
  const delivery = {
    messagesDelivered: async (ids: string[]) => void calls.push(['delivered', ids]),
    heldQueueChanged: async (classId: string, teacherIds: string[], cause: object) =>
      void calls.push(['held', classId, teacherIds, cause]),
  } as unknown as LiveDelivery;
  const people = { teachersOf: async (classId: string) => teachers[classId] ?? [] } as unknown as MessagingPeople;
  const em = { fork: () => em, getContext: () => em } as unknown as EntityManager;
  return { calls, live: new MessagingLiveConsumer(delivery, people, em) };
}
const event = (declared: EventType<object>, payload: Record<string, unknown>) =>
  ({
    id: 'e',
    type: declared.type,
    version: declared.version,
    payload,
    occurredAt: new Date(),
  }) as unknown as IntegrationEvent;

describe('MessagingLiveConsumer (the worker’s slow path of live delivery)', () => {
  it('handles sent, held, approved and refused messages, nothing else', () => {
    const { live } = consumer({});
    expect(
      [
        MessagingEvents.MessageSent,
        MessagingEvents.MessageHeld,
        MessagingEvents.MessageApproved,
        MessagingEvents.MessageRefused,
      ].every((t) => live.handles(event(t, {}))),
    ).toBe(true);
    expect(live.handles(event(MessagingEvents.MessageHidden, {}))).toBe(false);
    expect(live.handles(event({ type: 'publication.article-published', version: 1 }, {}))).toBe(false);
  });

  it('tells the recipients of a sent message', async () => {
    const { calls, live } = consumer({});
    await live.handle(event(MessagingEvents.MessageSent, { messageId: 'm1', authorId: 'lea' }));
    expect(calls).toEqual([['delivered', ['m1']]]);
  });

  it.each([
    [MessagingEvents.MessageHeld, 'held'],
    [MessagingEvents.MessageApproved, 'delivered'],
    [MessagingEvents.MessageRefused, 'refused'],
  ])(
    'tells the teachers of the class the message is held in (%s), not those of its author’s class today',
    async (type, status) => {
      // Léa wrote in CE2 A, then moved to CM1: CE2 A's teachers hold her message, CM1's never saw it.
      const { calls, live } = consumer({ ce2a: ['ferry', 'remplacante'], cm1: ['autre'] });
      await live.handle(event(type, { messageId: 'm2', authorId: 'lea', classId: 'ce2a' }));
      expect(calls).toEqual([['held', 'ce2a', ['ferry', 'remplacante'], { messageId: 'm2', status }]]);
    },
  );

  it('does nothing for an event without its message or its class', async () => {
    const { calls, live } = consumer({ ce2a: ['ferry'] });
    await live.handle(event(MessagingEvents.MessageSent, {}));
    await live.handle(event(MessagingEvents.MessageApproved, { messageId: 'm3', authorId: 'lea' }));
    expect(calls).toEqual([]);
  });
});
