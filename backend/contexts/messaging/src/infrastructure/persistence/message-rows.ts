import type { MessageState } from '../../domain';

export interface MessageRecord {
  id: string;
  conversation_id: string;
  author_id: string;
  body: string;
  attachment_ids: string[];
  sent_at: Date;
  delivered_at: Date | null;
  status: MessageState['status'];
  held_in_class_id: string | null;
  moderation_note: string | null;
  moderated_by: string | null;
  moderated_at: Date | null;
  recipient_ids: string[];
  reports: { by: string; reason: string | null; at: string }[];
  pupil_class_ids: string[] | null;
}

/** The columns of a message with its recipients and reports, for `from messaging.message m`. */
export const MESSAGE_COLUMNS = `m.id, m.conversation_id, m.author_id, m.body, m.attachment_ids, m.sent_at, m.delivered_at, m.status, m.held_in_class_id,
  m.moderation_note, m.moderated_by, m.moderated_at, m.pupil_class_ids,
  array(select r.person_id from messaging.message_recipient r where r.message_id = m.id order by r.person_id) as recipient_ids,
  coalesce((select json_agg(json_build_object('by', x.reporter_id, 'reason', x.reason, 'at', x.reported_at) order by x.reported_at)
            from messaging.message_report x where x.message_id = m.id), '[]') as reports`;

export function messageState(row: MessageRecord): MessageState {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    authorId: row.author_id,
    recipientIds: row.recipient_ids ?? [],
    body: row.body,
    attachmentIds: row.attachment_ids ?? [],
    sentAt: new Date(row.sent_at),
    deliveredAt: row.delivered_at ? new Date(row.delivered_at) : null,
    status: row.status,
    heldInClassId: row.held_in_class_id,
    moderationNote: row.moderation_note,
    moderatedBy: row.moderated_by,
    moderatedAt: row.moderated_at ? new Date(row.moderated_at) : null,
    reports: (row.reports ?? []).map((r) => ({ by: r.by, reason: r.reason, at: new Date(r.at) })),
    pupilClassIds: row.pupil_class_ids ?? [],
  };
}
