import { EntitySchema } from '@mikro-orm/core';
import { Partnership } from '../../domain/model/partnership';
import { PupilGroup } from '../../domain/model/pupil-group';
import { School } from '../../domain/model/school';
import { SchoolClass } from '../../domain/model/school-class';

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

export const PartnershipSchema = new EntitySchema<Partnership>({
  class: Partnership,
  tableName: 'partnership',
  schema: 'directory',
  properties: {
    id: { type: 'uuid', primary: true },
    requesterClassId: { type: 'uuid' },
    partnerClassId: { type: 'uuid' },
    requestedBy: { type: 'uuid' },
    status: { type: 'string', length: 10 },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    acceptedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});

export const PupilGroupSchema = new EntitySchema<PupilGroup>({
  class: PupilGroup,
  tableName: 'pupil_group',
  schema: 'directory',
  properties: {
    id: { type: 'uuid', primary: true },
    classId: { type: 'uuid' },
    name: { type: 'string', length: 100 },
    pupilIds: { type: 'uuid[]', columnType: 'uuid[]' },
  },
});
