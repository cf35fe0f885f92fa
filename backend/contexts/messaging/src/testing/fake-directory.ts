import {
  AddressMessageQuery,
  DescribeMessagingPeopleQuery,
  ListAllowedRecipientsQuery,
  ListClassTeachersQuery,
  ListRecipientGroupsQuery,
  type MessagingPerson,
  type PickableRecipientView,
  type RecipientGroupView,
} from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type { FakeBus } from '@preau/platform/testing';

/** A person as the directory describes them for messaging: an adult with messaging on unless told otherwise. */
export function person(id: Id, more: Partial<MessagingPerson> = {}): MessagingPerson {
  return {
    id,
    displayName: `Person ${id}`,
    role: 'PARENT',
    context: '',
    pupilClass: null,
    taughtClassIds: [],
    schoolIds: ['school-1'],
    messagingOn: true,
    ...more,
  };
}

/**
 * The directory's answers to messaging's questions, from the people a spec adds. Deny by default: an id it was
 * not given is unknown (left out of descriptions, refused as a recipient).
 */
export class FakeDirectory {
  readonly people = new Map<Id, MessagingPerson>();
  /** Known people the sender may still not write to. */
  readonly refused = new Set<Id>();
  broadcast = false;
  readonly teachers = new Map<Id, Id[]>();
  allowed: PickableRecipientView[] = [];
  groups: RecipientGroupView[] = [];

  add(...people: MessagingPerson[]): this {
    for (const p of people) this.people.set(p.id, p);
    return this;
  }

  answerOn(bus: FakeBus): FakeBus {
    const describe = (ids: readonly Id[]) => ids.flatMap((id) => this.people.get(id) ?? []);
    return bus
      .onQuery(DescribeMessagingPeopleQuery, (q) => describe(q.personIds))
      .onQuery(AddressMessageQuery, (q) => ({
        refused: q.recipientIds.filter((id) => this.refused.has(id) || !this.people.has(id)),
        broadcast: this.broadcast,
        people: describe([q.senderId, ...q.recipientIds]),
      }))
      .onQuery(ListClassTeachersQuery, (q) => this.teachers.get(q.classId) ?? [])
      .onQuery(ListAllowedRecipientsQuery, () => this.allowed)
      .onQuery(ListRecipientGroupsQuery, () => this.groups);
  }
}
