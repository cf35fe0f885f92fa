import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { Id } from '@preau/kernel';
import { Draft } from '../../domain/draft/draft';
import type { DraftRepository } from '../../domain/draft/draft.repository';

/** Drafts through the unit of work: changes to a loaded draft are flushed with the command. */
@Injectable()
export class MikroOrmDraftRepository implements DraftRepository {
  constructor(private readonly em: EntityManager) {}

  byId(id: Id): Promise<Draft | null> {
    return this.em.findOne(Draft, { id });
  }

  countOf(authorId: Id): Promise<number> {
    return this.em.count(Draft, { authorId });
  }

  async add(draft: Draft): Promise<void> {
    this.em.persist(draft);
  }

  async remove(draft: Draft): Promise<void> {
    this.em.remove(draft);
  }
}
