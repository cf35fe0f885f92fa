import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { DraftView } from '@preau/contracts';
import { DRAFT_REPOSITORY, type DraftRepository } from '../../../domain';
import { draftView, noSuchDraft } from '../../draft-view';
import { MessagingPeople } from '../../messaging-people';
import { GetDraftQuery } from './get-draft.query';

@QueryHandler(GetDraftQuery)
export class GetDraftHandler implements IQueryHandler<GetDraftQuery, DraftView> {
  constructor(
    @Inject(DRAFT_REPOSITORY) private readonly drafts: DraftRepository,
    private readonly people: MessagingPeople,
  ) {}

  async execute({ viewerId, draftId }: GetDraftQuery): Promise<DraftView> {
    const draft = await this.drafts.byId(draftId);
    if (!draft?.isOf(viewerId)) throw noSuchDraft();
    return draftView(draft, await this.people.describeWritable(viewerId, draft.recipientIds));
  }
}
