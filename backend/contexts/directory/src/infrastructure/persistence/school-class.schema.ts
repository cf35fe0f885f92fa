import { EntitySchema } from '@mikro-orm/core';
import { SchoolClass } from '../../domain/school-class/school-class';

export const SchoolClassSchema = new EntitySchema<SchoolClass>({
  class: SchoolClass,
  tableName: 'class',
  schema: 'directory',
  properties: {
    id: { type: 'uuid', primary: true },
    schoolId: { type: 'uuid' },
    schoolYearId: { type: 'string', length: 9 },
    name: { type: 'string', length: 100 },
    modules: { type: 'json' },
    settings: { type: 'json' },
  },
});
