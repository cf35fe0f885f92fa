import { EntitySchema } from '@mikro-orm/core';
import { Person } from '../../domain/person/person';
import { Guardianship, SchoolStaff } from '../../domain/person/places';

export const PersonSchema = new EntitySchema<Person>({
  class: Person,
  tableName: 'person',
  schema: 'directory',
  properties: {
    id: { type: 'uuid', primary: true },
    role: { type: 'string', length: 20 },
    displayName: { type: 'string', length: 200 },
    firstName: { type: 'string', length: 100 },
    lastName: { type: 'string', length: 100 },
    usualName: { type: 'string', length: 100, nullable: true },
    ine: { type: 'string', length: 11, nullable: true },
    birthDate: { type: 'date', nullable: true },
    email: { type: 'string', length: 254, nullable: true },
  },
});

export const GuardianshipSchema = new EntitySchema<Guardianship>({
  class: Guardianship,
  tableName: 'guardianship',
  schema: 'directory',
  properties: {
    parentId: { type: 'uuid', primary: true },
    pupilId: { type: 'uuid', primary: true },
  },
});

export const SchoolStaffSchema = new EntitySchema<SchoolStaff>({
  class: SchoolStaff,
  tableName: 'school_staff',
  schema: 'directory',
  properties: {
    schoolId: { type: 'uuid', primary: true },
    personId: { type: 'uuid', primary: true },
  },
});

/**
 * The schemas of people and their places, for the module's `forFeature` and the ORM's entity list (enrolments are
 * `EnrolmentSchema`, directors the school's `SchoolDirectorSchema`).
 */
export const PEOPLE_SCHEMAS = [PersonSchema, GuardianshipSchema, SchoolStaffSchema];
