import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { migrate, ormOptions, sqlIn } from '@preau/platform';
import { createTestDatabase } from '@preau/testing';
import { Conversation, type ParticipantSnapshot } from '../../domain';
import { ConversationSchema } from './conversation.schema';
import { MessageRecipientSchema } from './message-recipient.schema';
import { MessageReportSchema } from './message-report.schema';
import { MessageSchema } from './message.schema';
import { MESSAGING_MIGRATIONS } from './migrations';
import { MikroOrmConversationRepository } from './mikro-orm-conversation.repository';
import { MikroOrmMessageRepository } from './mikro-orm-message.repository';
import { ParticipantSchema } from './participant.schema';
import { SqlSendRateWindow } from './sql-send-rate-window';

const uuid = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TEACHER = uuid('8a1d2c3b', 1);
const PARENT_A = uuid('8a1d2c3b', 2);
const PARENT_B = uuid('8a1d2c3b', 3);
const PUPIL = uuid('8a1d2c3b', 4);
const CM1 = uuid('0b7c1f43', 2);
const t0 = new Date('2026-10-05T08:00:00.000Z');
const t1 = new Date('2026-10-05T09:30:00.000Z');

const snapshot = (id: string, displayName: string): ParticipantSnapshot => ({
  id,
  displayName,
  role: id === TEACHER ? 'TEACHER' : id === PUPIL ? 'PUPIL' : 'PARENT',
  context: id === TEACHER ? 'CE2 A' : '',
});

describe("messaging's MikroORM repositories (real PostgreSQL, the context's own migration)", () => {
  let orm: MikroORM;
  let n = 0;

  /** One unit of work, as the bus runs a command: a transaction, one flush at the end. */
  const unitOfWork = <T>(work: (em: EntityManager) => Promise<T>) => orm.em.fork().transactional(work);
  const rows = (sql: string, params: unknown[]) => sqlIn(orm.em.fork())<Record<string, unknown>>(sql, params);

  /** The teacher writes to two families; parent B's pupil is in CM1. */
  function started() {
    n += 1;
    return Conversation.start({
      id: uuid('c0000000', n),
      messageId: uuid('d0000000', n),
      author: { id: TEACHER, pupilClass: null },
      recipientIds: [PARENT_B, PARENT_A],
      refusedRecipientIds: [],
      kind: 'broadcast',
      subject: 'Sortie au musée',
      body: 'Merci de signer.',
      pupilClasses: new Map([[PARENT_B, CM1]]),
      now: t0,
    });
  }

  // A fresh database and its migration: seconds when the machine is busy.
  beforeAll(async () => {
    const url = await createTestDatabase('messaging_orm');
    await migrate(url, [...MESSAGING_MIGRATIONS]);
    orm = await MikroORM.init(
      ormOptions(url, {
        entities: [ConversationSchema, ParticipantSchema, MessageSchema, MessageRecipientSchema, MessageReportSchema],
        pool: { min: 0, max: 2 },
      }),
    );
  }, 60_000);
  afterAll(() => orm?.close(true));

  it('a new conversation, its participants, its first message and its recipients are written by one flush, in order', async () => {
    const { conversation, message } = started();
    await unitOfWork(async (em) => {
      // The message is persisted before the conversation it refers to: the unit of work still inserts the
      // conversation first (the schemas' references), and nothing reaches the database before the flush.
      await new MikroOrmMessageRepository(em).add(message);
      await new MikroOrmConversationRepository(em).add(conversation, [
        snapshot(TEACHER, 'M. Ferry'),
        snapshot(PARENT_B, 'Mme Bernard'),
        snapshot(PARENT_A, 'M. Arnaud'),
      ]);
      expect(await rows('select id from messaging.conversation where id = ?', [conversation.id])).toEqual([]);
    });

    expect(
      await rows(
        'select person_id, position, display_name, role, context, last_read_at, last_activity_at from messaging.participant where conversation_id = ? order by position',
        [conversation.id],
      ),
    ).toEqual([
      {
        person_id: TEACHER,
        position: 1,
        display_name: 'M. Ferry',
        role: 'TEACHER',
        context: 'CE2 A',
        last_read_at: null,
        last_activity_at: null,
      },
      {
        person_id: PARENT_B,
        position: 2,
        display_name: 'Mme Bernard',
        role: 'PARENT',
        context: '',
        last_read_at: null,
        last_activity_at: null,
      },
      {
        person_id: PARENT_A,
        position: 3,
        display_name: 'M. Arnaud',
        role: 'PARENT',
        context: '',
        last_read_at: null,
        last_activity_at: null,
      },
    ]);
    expect(
      await rows(
        'select person_id, conversation_id from messaging.message_recipient where message_id = ? order by person_id',
        [message.id],
      ),
    ).toEqual([PARENT_A, PARENT_B].sort().map((person_id) => ({ person_id, conversation_id: conversation.id })));
    expect(await rows('select pupil_class_ids, status from messaging.message where id = ?', [message.id])).toEqual([
      { pupil_class_ids: [CM1], status: 'delivered' },
    ]);

    const loaded = await unitOfWork((em) => new MikroOrmConversationRepository(em).byIdLocked(conversation.id));
    expect(loaded).toMatchObject({
      id: conversation.id,
      kind: 'broadcast',
      participantIds: [TEACHER, PARENT_B, PARENT_A],
    });
  });

  it('touchAt in the same command finds the new participants (flushed first) and moves their folders only', async () => {
    const { conversation, message } = started();
    await unitOfWork(async (em) => {
      const conversations = new MikroOrmConversationRepository(em);
      await conversations.add(conversation, [
        snapshot(TEACHER, 'M. Ferry'),
        snapshot(PARENT_B, 'B'),
        snapshot(PARENT_A, 'A'),
      ]);
      await new MikroOrmMessageRepository(em).add(message);
      await conversations.touchAt(conversation.id, [TEACHER, PARENT_A], t1);
    });
    const activity = await rows(
      'select person_id, last_activity_at from messaging.participant where conversation_id = ? order by position',
      [conversation.id],
    );
    expect(
      activity.map((r) => [r['person_id'], r['last_activity_at'] && new Date(r['last_activity_at'] as string)]),
    ).toEqual([
      [TEACHER, t1],
      [PARENT_B, null],
      [PARENT_A, t1],
    ]);
  });

  it('a loaded message comes back with its recipients, reports and moderating classes; a new report is one row', async () => {
    const { conversation, message } = started();
    await unitOfWork(async (em) => {
      await new MikroOrmConversationRepository(em).add(conversation, [snapshot(TEACHER, 'M. Ferry')]);
      await new MikroOrmMessageRepository(em).add(message);
    });

    await unitOfWork(async (em) => {
      const repository = new MikroOrmMessageRepository(em);
      const loaded = await repository.byIdLocked(message.id);
      expect(loaded).toMatchObject({ recipientIds: [PARENT_A, PARENT_B].sort(), reports: [], pupilClassIds: [CM1] });
      loaded?.report(PARENT_A, '  Pas pour nous ', t1);
      await repository.update(loaded as NonNullable<typeof loaded>);
    });
    await unitOfWork(async (em) => {
      const repository = new MikroOrmMessageRepository(em);
      const loaded = await repository.byIdLocked(message.id);
      expect(loaded?.reports).toEqual([{ by: PARENT_A, reason: 'Pas pour nous', at: t1 }]);
      loaded?.report(PARENT_B, null, t1);
      loaded?.hide({ id: uuid('8a1d2c3b', 9), taughtClassIds: [CM1] }, t1);
      await repository.update(loaded as NonNullable<typeof loaded>);
    });

    expect(
      await rows('select reporter_id, reason from messaging.message_report where message_id = ? order by reporter_id', [
        message.id,
      ]),
    ).toEqual(
      [
        { reporter_id: PARENT_A, reason: 'Pas pour nous' },
        { reporter_id: PARENT_B, reason: null },
      ].sort((a, b) => a.reporter_id.localeCompare(b.reporter_id)),
    );
    const loaded = await unitOfWork((em) => new MikroOrmMessageRepository(em).byIdLocked(message.id));
    expect(loaded).toMatchObject({ status: 'hidden', moderatedAt: t1, pupilClassIds: [CM1] });
    expect(loaded?.reports.map((r) => r.by)).toEqual([PARENT_A, PARENT_B]);
  });

  it("the send-rate window counts what the sender's earlier commands committed", async () => {
    const before = await unitOfWork((em) =>
      new SqlSendRateWindow(em).countSentSinceLocked(TEACHER, new Date(t0.getTime() - 1)),
    );
    const { conversation, message } = started();
    await unitOfWork(async (em) => {
      await new MikroOrmConversationRepository(em).add(conversation, [snapshot(TEACHER, 'M. Ferry')]);
      await new MikroOrmMessageRepository(em).add(message);
    });
    const after = await unitOfWork((em) =>
      new SqlSendRateWindow(em).countSentSinceLocked(TEACHER, new Date(t0.getTime() - 1)),
    );
    expect(after).toEqual({ count: before.count + 1, oldest: t0 });
  });
});
