import type {
  ConversationSummary,
  DraftView,
  MeResponse,
  ModeratedMessageView,
  PickableRecipientView,
  RecipientGroupView,
  Role,
  ThreadMessageView,
  ThreadView,
} from '@preau/contracts';

const CE2A = { id: 'cl1', name: 'CE2 A' };
const CM1B = { id: 'cl2', name: 'CM1 B' };

export const LEA: PickableRecipientView = {
  id: 'p-lea',
  displayName: 'Léa Martin',
  role: 'PUPIL',
  context: 'CE2 A',
  classes: [CE2A],
};
export const TOM: PickableRecipientView = {
  id: 'p-tom',
  displayName: 'Tom Petit',
  role: 'PUPIL',
  context: 'CE2 A',
  classes: [CE2A],
};
export const ZOE: PickableRecipientView = {
  id: 'p-zoe',
  displayName: 'Zoé Durand',
  role: 'PUPIL',
  context: 'CM1 B',
  classes: [CM1B],
};
/** As the API words them: a teacher's context is their class, a parent's is their child. */
export const DUPONT: PickableRecipientView = {
  id: 'p-dupont',
  displayName: 'Claire Dupont',
  role: 'TEACHER',
  context: 'CE2 A',
  classes: [CE2A],
};
export const BERNARD: PickableRecipientView = {
  id: 'p-bernard',
  displayName: 'Paul Bernard',
  role: 'PARENT',
  context: 'Hugo Bernard',
  classes: [],
};

export function group(over: Partial<RecipientGroupView> = {}): RecipientGroupView {
  return {
    id: 'class-pupils:cl1',
    kind: 'class-pupils',
    name: 'CE2 A',
    classId: 'cl1',
    memberIds: [LEA.id, TOM.id],
    ...over,
  };
}

/** A folder line as the API answers it, for specs. */
export function summary(over: Partial<ConversationSummary> = {}): ConversationSummary {
  return {
    id: 'c1',
    subject: 'Sortie au musée',
    kind: 'conversation',
    participants: [DUPONT, LEA],
    unread: 0,
    lastMessage: {
      id: 'm1',
      authorId: DUPONT.id,
      excerpt: 'N’oubliez pas vos bottes.',
      sentAt: '2026-03-02T09:00:00Z',
      status: 'delivered',
    },
    hasAttachments: false,
    ...over,
  };
}

export function threadMessage(over: Partial<ThreadMessageView> = {}): ThreadMessageView {
  return {
    id: 'm1',
    author: DUPONT,
    body: 'Bonjour,\nN’oubliez pas vos bottes.',
    sentAt: '2026-03-02T09:00:00Z',
    status: 'delivered',
    recipientIds: [LEA.id],
    attachments: [],
    moderationNote: null,
    reportedByMe: false,
    permissions: { report: false, hide: false },
    ...over,
  };
}

export function thread(over: Partial<ThreadView> = {}): ThreadView {
  return {
    id: 'c1',
    subject: 'Sortie au musée',
    kind: 'conversation',
    createdBy: DUPONT.id,
    participants: [DUPONT, LEA],
    messages: [threadMessage()],
    canReply: true,
    replyTo: [DUPONT.id],
    ...over,
  };
}

export function draft(over: Partial<DraftView> = {}): DraftView {
  return {
    id: 'd1',
    recipients: [LEA],
    subject: 'Piscine',
    body: 'Bonjour',
    attachmentIds: [],
    updatedAt: '2026-03-02T09:00:00Z',
    ...over,
  };
}

export function moderated(over: Partial<ModeratedMessageView> = {}): ModeratedMessageView {
  return {
    id: 'h1',
    conversationId: 'c9',
    subject: 'Récré',
    author: LEA,
    recipients: [TOM],
    body: 'On joue au loup ?',
    sentAt: '2026-03-02T10:00:00Z',
    status: 'held',
    attachments: [],
    reports: [],
    ...over,
  };
}

export function me(role: Role, over: Partial<MeResponse> = {}): MeResponse {
  const person = role === 'PUPIL' ? LEA : role === 'TEACHER' ? DUPONT : BERNARD;
  return {
    id: person.id,
    login: 'x',
    displayName: person.displayName,
    role,
    schools: [{ id: 's1', name: 'Jules Ferry' }],
    classes: role === 'PARENT' ? [] : [{ id: 'cl1', name: 'CE2 A', schoolId: 's1' }],
    children: [],
    csrfToken: 't',
    ...over,
  };
}

export { fakeSession, waitFor } from '../../../testing';
