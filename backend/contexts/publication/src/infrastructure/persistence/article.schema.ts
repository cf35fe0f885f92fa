import { ArrayType, EntitySchema } from '@mikro-orm/core';
import { Article } from '../../domain/article/article';

/** `publication.article` as Migration20261128000006_publication made it. */
export const ArticleSchema = new EntitySchema<Article>({
  class: Article,
  tableName: 'article',
  schema: 'publication',
  // The ORM builds a loaded article through its constructor, which starts the aggregate's (empty) list of events.
  forceConstructor: true,
  properties: {
    id: { type: 'uuid', primary: true },
    classId: { type: 'uuid' },
    authorId: { type: 'uuid' },
    authorRole: { type: 'string', length: 10 },
    authorName: { type: 'string', length: 200 },
    authorAccountRole: { type: 'string', length: 20 },
    title: { type: 'string', length: 200 },
    body: { type: 'text' },
    excerpt: { type: 'string', length: 300 },
    mediaIds: { type: ArrayType, columnType: 'uuid[]' },
    status: { type: 'string', length: 10 },
    feedback: { type: 'string', length: 2000, nullable: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
    submittedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    publishedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});
