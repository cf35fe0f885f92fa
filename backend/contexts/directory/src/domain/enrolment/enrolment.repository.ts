import type { Id } from '@preau/kernel';
import type { Enrolment } from './enrolment';

export interface EnrolmentRepository {
  ofPupils(pupilIds: Id[], schoolYearId: string): Promise<Enrolment[]>;
}

export const ENROLMENT_REPOSITORY = Symbol('EnrolmentRepository');
