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
  },
});
