import { PublicationEvents } from '@preau/contracts';
import {
  ArticlePublished,
  ArticleSentBack,
  ArticleSubmitted,
  ArticleUnpublished,
  CommentAwaitingModeration,
} from './domain';
import { PUBLICATION_CONTEXT } from './publication.context';

describe('the publication descriptor', () => {
  const declared = Object.values(PublicationEvents).map((event) => event.type);

  // The outbox turns a domain event into the integration event named by its TYPE: an undeclared name would be refused at run time.
  it.each([ArticleSubmitted, ArticlePublished, ArticleSentBack, ArticleUnpublished, CommentAwaitingModeration])(
    '%p becomes a declared integration event',
    (event) => {
      expect(declared).toContain(event.TYPE);
    },
  );

  it('declares every event of the contracts, and only those', () => {
    expect(PUBLICATION_CONTEXT.events.map((event) => event.type).sort()).toEqual([...declared].sort());
  });
});
