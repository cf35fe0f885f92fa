import { MessagingEvents } from '@preau/contracts';
import { FixedClock } from '@preau/kernel';
import { recordingOutbox } from '@preau/platform/testing';
import * as events from '../domain/message/events';
import { Conversation } from '../domain';
import { publishEvents } from './publish-events';

describe('publishing the domain events of messaging', () => {
  it('each domain event becomes one of the integration events the context declares', () => {
    const declared = Object.values(MessagingEvents).map((e) => e.type);
    const types = Object.values(events).map((event) => event.TYPE);
    expect(types).toHaveLength(6);
    for (const type of types) expect(declared).toContain(type);
  });

  it('files them under the school where they happen, and keeps the words of a refusal in messaging', () => {
    const clock = new FixedClock();
    const { outbox, published } = recordingOutbox(clock);
    const { message } = Conversation.start({
      id: 'conv-1',
      messageId: 'msg-1',
      author: { id: 'pupil-1', pupilClass: { classId: 'class-1', holdPupilMessages: true } },
      recipientIds: ['parent-1'],
      refusedRecipientIds: [],
      kind: 'conversation',
      subject: 'Question',
      body: 'Bonjour',
      now: clock.now(),
    });
    message.refuse({ id: 'teacher-1', taughtClassIds: ['class-1'] }, 'Non, pas ainsi.', clock.now());

    publishEvents(outbox, message, 'teacher-1', 'school-1');

    expect(published.map((m) => [m.type, m.payload['schoolId'], m.actorId])).toEqual([
      ['messaging.message-held', 'school-1', 'teacher-1'],
      ['messaging.message-refused', 'school-1', 'teacher-1'],
    ]);
    expect(published[1].payload).not.toHaveProperty('note');
    expect(message.pullEvents()).toEqual([]);
  });
});
