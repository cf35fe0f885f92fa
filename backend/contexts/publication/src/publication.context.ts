import { MayReadArticleQuery, PublicationEvents } from '@preau/contracts';
import { defineContext } from '@preau/platform';
import { PUBLICATION_MIGRATIONS } from './infrastructure/persistence/migrations';
import { PublicationModule } from './publication.module';

/** The class blog: articles embed media items, which whoever may read the article may see. */
export const PUBLICATION_CONTEXT = defineContext({
  name: 'publication',
  module: PublicationModule,
  migrations: PUBLICATION_MIGRATIONS,
  events: Object.values(PublicationEvents),
  resourceReaders: { publication: (personId, articleId) => new MayReadArticleQuery(personId, articleId) },
});
