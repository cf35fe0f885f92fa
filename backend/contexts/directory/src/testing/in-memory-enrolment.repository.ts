import type { Id } from '@preau/kernel';
import { Enrolment } from '../domain/enrolment/enrolment';
import type { EnrolmentRepository } from '../domain/enrolment/enrolment.repository';

export class InMemoryEnrolmentRepository implements EnrolmentRepository {
  readonly items: Enrolment[] = [];

  constructor(enrolments: Enrolment[] = []) {
    this.items.push(...enrolments);
  }

  async ofPupils(pupilIds: Id[], schoolYearId: string): Promise<Enrolment[]> {
    return this.items.filter((e) => pupilIds.includes(e.pupilId) && e.schoolYearId === schoolYearId);
  }

  /** The pupils enrolled in a class (what the graph's read model lays over its rows). */
  pupilsOf(classId: Id): Id[] {
    return this.items.filter((e) => e.classId === classId).map((e) => e.pupilId);
  }

  enrol(pupilId: Id, schoolYearId: string, classId: Id): void {
    this.items.push(new Enrolment(pupilId, schoolYearId, classId));
  }
}
