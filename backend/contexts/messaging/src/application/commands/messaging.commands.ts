import type { DraftView } from '@preau/contracts';
import { Command } from '@preau/contracts';
import type { SentMessage } from '@preau/contracts';
import type { ReplyRequest, SaveDraftRequest, StartConversationRequest } from '@preau/contracts';
import type { Id } from '@preau/kernel';

/** Write to people: a new conversation (or broadcast) with its first message. → SentMessage */
export class StartConversationCommand extends Command<SentMessage> {
  constructor(
    readonly actorId: Id,
    readonly input: StartConversationRequest,
  ) {
    super();
  }
}

/** Answer inside a conversation one takes part in. → SentMessage */
export class ReplyCommand extends Command<SentMessage> {
  constructor(
    readonly actorId: Id,
    readonly conversationId: Id,
    readonly input: ReplyRequest,
  ) {
    super();
  }
}

export type ModerationMove = 'approve' | 'refuse' | 'hide';

/** A teacher lets a held message through, refuses it with a note, or hides a delivered one. → void */
export class ModerateMessageCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly messageId: Id,
    readonly move: ModerationMove,
    readonly note?: string,
  ) {
    super();
  }
}

/** Someone a message reached tells the teachers about it. → void */
export class ReportMessageCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly messageId: Id,
    readonly reason?: string,
  ) {
    super();
  }
}

/** The audit trail of a message refused before anything was stored (recipients, limits, switches). → void */
export class RecordSendingRefusedCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly code: string,
    readonly details: Record<string, unknown>,
  ) {
    super();
  }
}

/**
 * The person was shown these messages of the conversation: what was delivered to them up to there is read (their
 * own, held, refused or hidden ones count for nothing). → { changed: boolean }
 */
export class MarkConversationReadCommand extends Command<{ changed: boolean }> {
  constructor(
    readonly actorId: Id,
    readonly conversationId: Id,
    readonly seenMessageIds: readonly Id[],
  ) {
    super();
  }
}

/** Create (draftId null) or change a draft of the caller's. → DraftView */
export class SaveDraftCommand extends Command<DraftView> {
  constructor(
    readonly actorId: Id,
    readonly draftId: Id | null,
    readonly input: SaveDraftRequest,
  ) {
    super();
  }
}

export class DeleteDraftCommand extends Command<void> {
  constructor(
    readonly actorId: Id,
    readonly draftId: Id,
  ) {
    super();
  }
}
