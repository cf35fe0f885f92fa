import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DraftView, ErrorCodes, type ParticipantView } from '@preau/contracts';
import { CLOCK, type Clock, DomainError, newId } from '@preau/kernel';
import { MessagingPeople } from '../messaging-people';
import { namedOnly } from '../participant-views';
import { DRAFT_REPOSITORY, type DraftRecord, type DraftRepository } from '../ports/messaging.repositories';
import { DeleteDraftCommand, SaveDraftCommand } from './messaging.commands';

const noSuchDraft = () => new DomainError(ErrorCodes.NOT_FOUND, 'No such draft.');

/** Drafts are kept for their author; beyond this many, they are clutter or abuse of storage. */
export const DRAFTS_PER_AUTHOR = 200;

/**
 * A message being written, kept for its author only (autosaved by the web app). Nothing in it is checked
 * against the communication rules until it is sent: a draft reaches no one.
 */
@CommandHandler(SaveDraftCommand)
export class SaveDraftHandler implements ICommandHandler<SaveDraftCommand, DraftView> {
  constructor(
    @Inject(DRAFT_REPOSITORY) private readonly drafts: DraftRepository,
    private readonly people: MessagingPeople,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actorId, draftId, input }: SaveDraftCommand): Promise<DraftView> {
    const now = this.clock.now();
    const existing = draftId ? await this.drafts.byId(draftId) : null;
    if (draftId && (!existing || existing.authorId !== actorId)) throw noSuchDraft();
    if (!existing && (await this.drafts.countOf(actorId)) >= DRAFTS_PER_AUTHOR) {
      throw new DomainError(ErrorCodes.CONFLICT, `At most ${DRAFTS_PER_AUTHOR} drafts are kept: send or delete some first.`, { rule: 'AnAuthorKeepsAtMost200Drafts', limit: DRAFTS_PER_AUTHOR });
    }
    const draft: DraftRecord = {
      id: existing?.id ?? newId(),
      authorId: actorId,
      recipientIds: [...new Set((input.recipientIds ?? existing?.recipientIds ?? []).map((id) => id.toLowerCase()))],
      subject: input.subject ?? existing?.subject ?? '',
      body: input.body ?? existing?.body ?? '',
      attachmentIds: [...new Set((input.attachmentIds ?? existing?.attachmentIds ?? []).map((id) => id.toLowerCase()))],
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await this.drafts.save(draft);
    return draftView(draft, await this.people.describeWritable(actorId, draft.recipientIds));
  }
}

@CommandHandler(DeleteDraftCommand)
export class DeleteDraftHandler implements ICommandHandler<DeleteDraftCommand, void> {
  constructor(@Inject(DRAFT_REPOSITORY) private readonly drafts: DraftRepository) {}

  async execute({ actorId, draftId }: DeleteDraftCommand): Promise<void> {
    const draft = await this.drafts.byId(draftId);
    if (!draft || draft.authorId !== actorId) throw noSuchDraft();
    await this.drafts.delete(draft.id);
  }
}

/** A draft as its author sees it; recipients who are no longer known drop out of the list shown. */
export function draftView(draft: DraftRecord, people: readonly ParticipantView[]): DraftView {
  return {
    id: draft.id,
    recipients: namedOnly(draft.recipientIds, people),
    subject: draft.subject,
    body: draft.body,
    attachmentIds: draft.attachmentIds,
    updatedAt: draft.updatedAt.toISOString(),
  };
}
