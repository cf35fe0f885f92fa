import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ImportRun } from '../../domain/import-run/import-run';
import type { ImportRunRepository } from '../../domain/import-run/import-run.repository';

@Injectable()
export class MikroOrmImportRunRepository implements ImportRunRepository {
  constructor(private readonly em: EntityManager) {}

  byId(id: string): Promise<ImportRun | null> {
    return this.em.findOne(ImportRun, { id }, { populate: ['input'] });
  }

  add(run: ImportRun): void {
    this.em.persist(run);
  }

  pendingSince(before: Date): Promise<ImportRun[]> {
    return this.em.find(ImportRun, { state: { $in: ['queued', 'running'] }, createdAt: { $lt: before } });
  }
}
