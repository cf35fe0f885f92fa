import { EntitySchema } from '@mikro-orm/core';
import { Comment } from '../../domain/comment/comment';

/** `publication.comment` as Migration20261128000006_publication made it (the article is referenced by id). */
export const CommentSchema = new EntitySchema<Comment>({
  class: Comment,
  tableName: 'comment',
  schema: 'publication',
  // The ORM builds a loaded comment through its constructor, which starts the aggregate's (empty) list of events.
  forceConstructor: true,
  properties: {
    id: { type: 'uuid', primary: true },
    articleId: { type: 'uuid' },
    authorId: { type: 'uuid' },
    authorName: { type: 'string', length: 200 },
    authorAccountRole: { type: 'string', length: 20 },
    body: { type: 'string', length: 2000 },
    status: { type: 'string', length: 10 },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
