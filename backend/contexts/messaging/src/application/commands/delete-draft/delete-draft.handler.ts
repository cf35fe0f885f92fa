import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DRAFT_REPOSITORY, type DraftRepository } from '../../../domain';
import { noSuchDraft } from '../../draft-view';
import { DeleteDraftCommand } from './delete-draft.command';

@CommandHandler(DeleteDraftCommand)
export class DeleteDraftHandler implements ICommandHandler<DeleteDraftCommand, void> {
  constructor(@Inject(DRAFT_REPOSITORY) private readonly drafts: DraftRepository) {}

  async execute({ actorId, draftId }: DeleteDraftCommand): Promise<void> {
    const draft = await this.drafts.byId(draftId);
    if (!draft?.isOf(actorId)) throw noSuchDraft();
    await this.drafts.remove(draft);
  }
}
