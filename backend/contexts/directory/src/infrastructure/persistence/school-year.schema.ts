import { EntitySchema } from '@mikro-orm/core';
import { SchoolYear } from '../../domain/school-year/school-year';

export const SchoolYearSchema = new EntitySchema<SchoolYear>({
  class: SchoolYear,
  tableName: 'school_year',
  schema: 'directory',
  properties: {
    id: { type: 'string', length: 9, primary: true },
    startsOn: { type: 'date' },
    endsOn: { type: 'date' },
    current: { type: 'boolean' },
  },
});
