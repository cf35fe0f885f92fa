import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { SchoolClass } from '../../domain/school-class/school-class';
import type { ClassRepository } from '../../domain/school-class/school-class.repository';
import { ClassTeacherRow } from './school-class.schema';

/** Classes with their teachers: `SchoolClass.teacherIds` is read from and written to the class_teacher join entity. */
@Injectable()
export class MikroOrmClassRepository implements ClassRepository {
  constructor(private readonly em: EntityManager) {}

  async byId(id: string): Promise<SchoolClass | null> {
    return (await this.byIds([id]))[0] ?? null;
  }

  async byIds(ids: string[]): Promise<SchoolClass[]> {
    if (ids.length === 0) return [];
    return this.withTeachers(await this.em.find(SchoolClass, { id: { $in: ids } }));
  }

  async named(schoolId: string, schoolYearId: string, name: string): Promise<SchoolClass | null> {
    const klass = await this.em.findOne(SchoolClass, { schoolId, schoolYearId, name });
    return klass ? (await this.withTeachers([klass]))[0] : null;
  }

  add(klass: SchoolClass): void {
    this.em.persist(klass);
    for (const personId of klass.teacherIds) this.em.persist(new ClassTeacherRow(klass, personId));
  }

  async save(klass: SchoolClass): Promise<void> {
    const stored = await this.em.find(ClassTeacherRow, { klass: klass.id });
    for (const row of stored) if (!klass.teacherIds.includes(row.personId)) this.em.remove(row);
    for (const personId of klass.teacherIds)
      if (!stored.some((row) => row.personId === personId)) this.em.persist(new ClassTeacherRow(klass, personId));
  }

  private async withTeachers(classes: SchoolClass[]): Promise<SchoolClass[]> {
    if (classes.length === 0) return classes;
    const rows = await this.em.find(ClassTeacherRow, { klass: { $in: classes.map((c) => c.id) } });
    for (const klass of classes)
      klass.teacherIds = rows.filter((row) => row.klass.id === klass.id).map((row) => row.personId);
    return classes;
  }
}
