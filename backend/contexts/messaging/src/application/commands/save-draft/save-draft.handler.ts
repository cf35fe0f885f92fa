import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DraftView, ErrorCodes } from '@preau/contracts';
import { CLOCK, type Clock, DomainError, newId } from '@preau/kernel';
import { Draft, DRAFT_REPOSITORY, type DraftRepository } from '../../../domain';
import { draftView, noSuchDraft } from '../../draft-view';
import { MessagingPeople } from '../../messaging-people';
import { SaveDraftCommand } from './save-draft.command';

/** Drafts are kept for their author; beyond this many, they are clutter or abuse of storage. */
export const DRAFTS_PER_AUTHOR = 200;

/** Nothing in a draft is checked against the communication rules until it is sent: a draft reaches no one. */
@CommandHandler(SaveDraftCommand)
export class SaveDraftHandler implements ICommandHandler<SaveDraftCommand, DraftView> {
  constructor(
    @Inject(DRAFT_REPOSITORY) private readonly drafts: DraftRepository,
    private readonly people: MessagingPeople,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ actorId, draftId, input }: SaveDraftCommand): Promise<DraftView> {
    const now = this.clock.now();
    const draft = draftId ? await this.existing(actorId, draftId) : await this.started(actorId, now);
    draft.change(input, now);
    return draftView(draft, await this.people.describeWritable(actorId, draft.recipientIds));
  }

  private async existing(actorId: string, draftId: string): Promise<Draft> {
    const draft = await this.drafts.byId(draftId);
    // Someone else's draft does not exist for the caller.
    if (!draft?.isOf(actorId)) throw noSuchDraft();
    return draft;
  }

  private async started(actorId: string, now: Date): Promise<Draft> {
    if ((await this.drafts.countOf(actorId)) >= DRAFTS_PER_AUTHOR) {
      throw new DomainError(
        ErrorCodes.CONFLICT,
        `At most ${DRAFTS_PER_AUTHOR} drafts are kept: send or delete some first.`,
        { rule: 'AnAuthorKeepsAtMost200Drafts', limit: DRAFTS_PER_AUTHOR },
      );
    }
    const draft = Draft.start({ id: newId(), authorId: actorId, now });
    await this.drafts.add(draft);
    return draft;
  }
}
