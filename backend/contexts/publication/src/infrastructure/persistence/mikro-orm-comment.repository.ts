import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Comment, type CommentRepository } from '../../domain';

@Injectable()
export class MikroOrmCommentRepository implements CommentRepository {
  constructor(private readonly em: EntityManager) {}

  byIdForUpdate(id: string): Promise<Comment | null> {
    return this.em.findOne(Comment, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  add(comment: Comment): void {
    this.em.persist(comment);
  }

  remove(comment: Comment): void {
    this.em.remove(comment);
  }
}
