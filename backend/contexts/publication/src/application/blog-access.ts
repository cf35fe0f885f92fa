import { Inject, Injectable } from '@nestjs/common';
import { type ClassAccess, type ClassAction, type CommentModeration, ErrorCodes } from '@preau/contracts';
import { DomainError, type Id } from '@preau/kernel';
import { CLASS_ACCESS, type ClassAccessPort, classActionAllowed, requireClassAction } from '@preau/platform';
import {
  type Actor,
  type Article,
  ARTICLE_REPOSITORY,
  type ArticleRepository,
  canReadArticle,
  type Viewer,
} from '../domain';

/**
 * How one person stands to one class's blog, from the directory's answer (the module matrix and switches
 * of docs/product/access-rules.md are the directory's; this context never decides them itself).
 */
export class BlogStanding {
  constructor(
    readonly personId: Id,
    readonly access: ClassAccess,
  ) {}

  /** Throws NOT_FOUND / FORBIDDEN / MODULE_DISABLED unless the person may do `action` now. */
  require(action: ClassAction): this {
    requireClassAction(this.access, action);
    return this;
  }

  may(action: ClassAction): boolean {
    return classActionAllowed(this.access, action);
  }

  /** A teacher of the class, for the blog's rules: the matrix grants them moderation. */
  get actor(): Actor {
    return { id: this.personId, isClassTeacher: this.may('blog.moderate') };
  }

  get viewer(): Viewer {
    return { ...this.actor, mayReadPublished: this.may('blog.read') };
  }

  get commentModeration(): CommentModeration {
    return this.access.settings?.commentModeration ?? 'off';
  }
}

@Injectable()
export class BlogAccess {
  constructor(
    @Inject(CLASS_ACCESS) private readonly access: ClassAccessPort,
    @Inject(ARTICLE_REPOSITORY) private readonly articles: ArticleRepository,
  ) {}

  async inClass(personId: Id, classId: Id): Promise<BlogStanding> {
    return new BlogStanding(personId, await this.access.of(personId, classId));
  }

  /**
   * The article and the person's standing in its class, if they may read it now: the class's blog must
   * be open to them (else 404 / 403 / 403 MODULE_DISABLED), and a draft or submitted article is NOT_FOUND
   * for anyone but its author and the class's teachers. A command locks the row: `update` to change the
   * article, `share` to add to it (a comment, a reading receipt) while nobody changes or deletes it.
   */
  async readable(
    personId: Id,
    articleId: Id,
    lock: 'none' | 'share' | 'update' = 'none',
  ): Promise<{ article: Article; standing: BlogStanding }> {
    const article =
      lock === 'none' ? await this.articles.byId(articleId) : await this.articles.byIdLocked(articleId, lock);
    if (!article) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such article.');
    const standing = await this.inClass(personId, article.classId);
    if (!standing.access.known) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such article.');
    standing.require('blog.read');
    if (!canReadArticle(article, standing.viewer)) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such article.');
    return { article, standing };
  }
}
