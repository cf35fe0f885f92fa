import { EntitySchema } from '@mikro-orm/core';
import { Person } from '../../domain/person/person';
import { Directorship, Guardianship, SchoolStaff } from '../../domain/person/places';
import { EnrolmentSchema } from './enrolment.schema';

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

export const DirectorshipSchema = new EntitySchema<Directorship>({
  class: Directorship,
  tableName: 'school_director',
  schema: 'directory',
  properties: {
    schoolId: { type: 'uuid', primary: true },
    personId: { type: 'uuid', primary: true },
  },
});

/** Every schema of people and their places, for the module's `forFeature` and the ORM's entity list. */
export const PEOPLE_SCHEMAS = [
  PersonSchema,
  EnrolmentSchema,
  GuardianshipSchema,
  SchoolStaffSchema,
  DirectorshipSchema,
];
