import { checkRule, type Id, rule } from '@preau/kernel';

/**
 * Two classes whose teachers both agreed: one teacher asks, only a teacher of the other class
 * accepts; a teacher of either class ends it.
 */
export class Partnership {
  constructor(
    readonly id: Id,
    readonly requesterClassId: Id,
    readonly partnerClassId: Id,
    readonly requestedBy: Id,
    public status: 'pending' | 'active',
    readonly createdAt: Date,
    public acceptedAt: Date | null,
  ) {}

  static request(props: { id: Id; classId: Id; partnerClassId: Id; requestedBy: Id; now: Date }): Partnership {
    checkRule(
      rule(
        'AClassDoesNotPartnerItself',
        'VALIDATION_FAILED',
        'A class cannot partner with itself.',
        () => props.classId === props.partnerClassId,
      ),
    );
    return new Partnership(
      props.id,
      props.classId,
      props.partnerClassId,
      props.requestedBy,
      'pending',
      props.now,
      null,
    );
  }

  /** `teachesPartnerClass`: whether the acceptor teaches the invited class (asked of the policy by the handler). */
  accept(teachesPartnerClass: boolean, now: Date): void {
    checkRule(
      rule(
        'OnlyTheOtherClassAccepts',
        'FORBIDDEN',
        'Only a teacher of the invited class accepts a partnership.',
        () => !teachesPartnerClass,
      ),
    );
    checkRule(
      rule(
        'OnlyAPendingPartnershipIsAccepted',
        'CONFLICT',
        'This partnership is already active.',
        () => this.status !== 'pending',
      ),
    );
    this.status = 'active';
    this.acceptedAt = now;
  }

  involves(classId: Id): boolean {
    return this.requesterClassId === classId || this.partnerClassId === classId;
  }
}
