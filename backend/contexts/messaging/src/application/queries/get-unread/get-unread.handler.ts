import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { UnreadView } from '@preau/contracts';
import { MESSAGING_READ_MODEL, type MessagingReadModel } from '../../ports/messaging-read-model';
import { GetUnreadQuery } from './get-unread.query';

@QueryHandler(GetUnreadQuery)
export class GetUnreadHandler implements IQueryHandler<GetUnreadQuery, UnreadView> {
  constructor(@Inject(MESSAGING_READ_MODEL) private readonly read: MessagingReadModel) {}

  async execute({ viewerId }: GetUnreadQuery): Promise<UnreadView> {
    return { total: await this.read.unreadTotal(viewerId) };
  }
}
