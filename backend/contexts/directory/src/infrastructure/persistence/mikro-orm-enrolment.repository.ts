import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Enrolment } from '../../domain/enrolment/enrolment';
import type { EnrolmentRepository } from '../../domain/enrolment/enrolment.repository';

@Injectable()
export class MikroOrmEnrolmentRepository implements EnrolmentRepository {
  constructor(private readonly em: EntityManager) {}
  ofPupils(pupilIds: string[], schoolYearId: string): Promise<Enrolment[]> {
    return pupilIds.length
      ? this.em.find(Enrolment, { pupilId: { $in: pupilIds }, schoolYearId })
      : Promise.resolve([]);
  }
}
