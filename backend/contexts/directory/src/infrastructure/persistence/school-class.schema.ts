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
    levels: { type: 'string[]', columnType: 'varchar(3)[]' },
    /** Not a column: the class_teacher rows, below, read and written by the repository. */
    teacherIds: { type: 'json', persist: false },
  },
});

/** A class_teacher row: the join entity behind `SchoolClass.teacherIds` (written by the class repository). */
export class ClassTeacherRow {
  constructor(
    readonly klass: SchoolClass,
    readonly personId: string,
  ) {}
}

export const ClassTeacherSchema = new EntitySchema<ClassTeacherRow>({
  class: ClassTeacherRow,
  tableName: 'class_teacher',
  schema: 'directory',
  properties: {
    klass: { kind: 'm:1', entity: () => SchoolClass, primary: true, fieldName: 'class_id' },
    personId: { type: 'uuid', primary: true },
  },
});
