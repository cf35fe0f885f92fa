import { EntitySchema } from '@mikro-orm/core';
import { ImportRun } from '../../domain/import-run/import-run';

export const ImportRunSchema = new EntitySchema<ImportRun>({
  class: ImportRun,
  tableName: 'import_run',
  schema: 'administration',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    actorId: { type: 'uuid' },
    kind: { type: 'string', length: 10 },
    state: { type: 'string', length: 10 },
    progressDone: { type: 'integer' },
    progressTotal: { type: 'integer' },
    report: { type: 'json', nullable: true },
    failure: { type: 'string', length: 500, nullable: true },
    input: { type: 'json', nullable: true, lazy: true },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    finishedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    pending: { type: 'boolean', persist: false, getter: true },
  },
});
