import { EntitySchema } from '@mikro-orm/core';
import { Academy } from '../../domain/academy/academy';

export const AcademySchema = new EntitySchema<Academy>({
  class: Academy,
  tableName: 'academy',
  schema: 'directory',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string', length: 200 },
    /** Not a column: the academy_admin rows, below, read and written by the repository. */
    adminIds: { type: 'json', persist: false },
  },
});

/**
 * An academy_admin row: the join entity behind `Academy.adminIds` (written by the academy repository). A person
 * administers one academy: the person is the row's key.
 */
export class AcademyAdminRow {
  constructor(
    readonly academy: Academy,
    readonly personId: string,
  ) {}
}

export const AcademyAdminSchema = new EntitySchema<AcademyAdminRow>({
  class: AcademyAdminRow,
  tableName: 'academy_admin',
  schema: 'directory',
  properties: {
    personId: { type: 'uuid', primary: true },
    academy: { kind: 'm:1', entity: () => Academy, fieldName: 'academy_id' },
  },
});
