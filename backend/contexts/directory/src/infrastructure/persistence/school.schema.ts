import { EntitySchema } from '@mikro-orm/core';
import { School } from '../../domain/school/school';

export const SchoolSchema = new EntitySchema<School>({
  class: School,
  tableName: 'school',
  schema: 'directory',
  properties: {
    id: { type: 'uuid', primary: true },
    academyId: { type: 'uuid' },
    name: { type: 'string', length: 200 },
    switches: { type: 'json' },
    uai: { type: 'string', length: 8, nullable: true },
    address: { type: 'json', nullable: true },
    /** Not a column: the school_director rows, below, read and written by the repository. */
    directorIds: { type: 'json', persist: false },
  },
});

/** A school_director row: the join entity behind `School.directorIds` (written by the school repository). */
export class SchoolDirectorRow {
  constructor(
    readonly school: School,
    readonly personId: string,
  ) {}
}

export const SchoolDirectorSchema = new EntitySchema<SchoolDirectorRow>({
  class: SchoolDirectorRow,
  tableName: 'school_director',
  schema: 'directory',
  properties: {
    school: { kind: 'm:1', entity: () => School, primary: true, fieldName: 'school_id' },
    personId: { type: 'uuid', primary: true },
  },
});
