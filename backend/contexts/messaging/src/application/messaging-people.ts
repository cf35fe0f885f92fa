import { Injectable } from '@nestjs/common';
import {
  AddressMessageQuery,
  DescribeMessagingPeopleQuery,
  ErrorCodes,
  ListAllowedRecipientsQuery,
  ListClassTeachersQuery,
  ListRecipientGroupsQuery,
  type MessageAddressing,
  type MessagingPerson,
  type RecipientGroupView,
  type PickableRecipientView,
} from '@preau/contracts';
import { DomainError, type Id } from '@preau/kernel';
import { Bus } from '@preau/platform';
import type { Author, Moderator } from '../domain';

/**
 * Everything messaging asks the directory: who people are, whether messaging is on for them, whom one may
 * write to. Messaging decides nothing of that itself (deny by default: an unknown person is refused).
 */
@Injectable()
export class MessagingPeople {
  constructor(private readonly bus: Bus) {}

  describe(personIds: readonly Id[]): Promise<MessagingPerson[]> {
    return this.bus.query(new DescribeMessagingPeopleQuery([...personIds]));
  }

  /** The teachers of a class now (whose held queue a message entered or left). */
  teachersOf(classId: Id): Promise<Id[]> {
    return this.bus.query(new ListClassTeachersQuery(classId));
  }

  /** The caller as a sender: known, and with messaging switched on for them (403 MODULE_DISABLED otherwise). */
  async sender(personId: Id): Promise<MessagingPerson> {
    const [person] = await this.describe([personId]);
    return this.requireSender(person);
  }

  requireSender(person: MessagingPerson | undefined): MessagingPerson {
    if (!person) throw new DomainError(ErrorCodes.FORBIDDEN, 'This account may not use messaging.');
    if (!person.messagingOn)
      throw new DomainError(ErrorCodes.MODULE_DISABLED, 'Messaging is switched off for you.', { module: 'messaging' });
    return person;
  }

  /** Refuses when messaging is switched off for some of these people (403 MODULE_DISABLED naming them). */
  requireReachable(people: readonly MessagingPerson[], wantedIds: readonly Id[]): void {
    const on = new Set(people.filter((p) => p.messagingOn).map((p) => p.id));
    const off = wantedIds.filter((id) => !on.has(id));
    if (off.length > 0)
      throw new DomainError(ErrorCodes.MODULE_DISABLED, 'Messaging is switched off for some recipients.', {
        module: 'messaging',
        switchedOff: off,
      });
  }

  /**
   * Those of `personIds` the sender may write to, described (a draft names only them: naming anyone else would
   * tell a stranger's name, role and children to whoever types their id).
   */
  async describeWritable(senderId: Id, personIds: readonly Id[]): Promise<MessagingPerson[]> {
    if (personIds.length === 0) return [];
    const { refused, people } = await this.address(senderId, personIds);
    return people.filter((p) => p.id !== senderId && !refused.includes(p.id));
  }

  address(senderId: Id, recipientIds: readonly Id[]): Promise<MessageAddressing> {
    return this.bus.query(new AddressMessageQuery(senderId, [...recipientIds]));
  }

  allowedRecipients(senderId: Id, search?: string): Promise<PickableRecipientView[]> {
    return this.bus.query(new ListAllowedRecipientsQuery(senderId, search));
  }

  groups(senderId: Id): Promise<RecipientGroupView[]> {
    return this.bus.query(new ListRecipientGroupsQuery(senderId));
  }
}

export function asAuthor(person: MessagingPerson): Author {
  return {
    id: person.id,
    pupilClass: person.pupilClass
      ? { classId: person.pupilClass.classId, holdPupilMessages: person.pupilClass.holdPupilMessages }
      : null,
  };
}

export function asModerator(person: MessagingPerson): Moderator {
  return { id: person.id, taughtClassIds: person.taughtClassIds };
}
