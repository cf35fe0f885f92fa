import { EntitySchema } from '@mikro-orm/core';
import { Enrolment } from '../../domain/enrolment/enrolment';

export const EnrolmentSchema = new EntitySchema<Enrolment>({
  class: Enrolment,
  tableName: 'enrolment',
  schema: 'directory',
  properties: {
    pupilId: { type: 'uuid', primary: true },
    schoolYearId: { type: 'string', length: 9, primary: true },
    classId: { type: 'uuid' },
  },
});
