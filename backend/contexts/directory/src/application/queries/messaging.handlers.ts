import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  AddressMessageQuery,
  DescribeMessagingPeopleQuery,
  ListClassTeachersQuery,
  ListRecipientGroupsQuery,
  type MessageAddressing,
  type MessagingPerson,
  type RecipientGroupView,
} from '@preau/contracts';
import { allowedRecipients, type DirectoryGraph, isBroadcast, messagingOn, pupilClassOf, recipientGroups, schoolsOfPerson } from '../../domain';
import { DIRECTORY_GRAPH_SOURCE, type DirectoryGraphSource } from '../ports/directory-graph.source';
import { describePerson, graphAroundWithAcademy } from './people.handlers';

/** "May A write to each of these, and may they all write to each other?": one graph read for a whole message. */
@QueryHandler(AddressMessageQuery)
export class AddressMessageHandler implements IQueryHandler<AddressMessageQuery, MessageAddressing> {
  constructor(@Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource) {}

  async execute({ senderId, recipientIds }: AddressMessageQuery): Promise<MessageAddressing> {
    const wanted = [...new Set(recipientIds)];
    const graph = await graphAroundWithAcademy(this.graphs, senderId, wanted);
    const allowed = allowedRecipients(graph, senderId);
    const refused = wanted.filter((id) => !allowed.has(id));
    return { refused, broadcast: refused.length === 0 && isBroadcast(graph, senderId, wanted), people: describeAll(graph, [senderId, ...wanted]) };
  }
}

function describeAll(graph: DirectoryGraph, personIds: readonly string[]): MessagingPerson[] {
  return [...new Set(personIds)].flatMap((id) => {
    const person = graph.person(id);
    if (!person) return [];
    return [{
      id,
      displayName: person.displayName,
      role: person.role,
      context: describePerson(graph, id),
      pupilClass: pupilClassOf(graph, id),
      taughtClassIds: [...graph.classesTaughtBy(id)],
      schoolIds: schoolsOfPerson(graph, id),
      messagingOn: messagingOn(graph, id),
    }];
  });
}

/** How these people stand for messaging: name and context, switches, a pupil's class, a teacher's classes. */
@QueryHandler(DescribeMessagingPeopleQuery)
export class DescribeMessagingPeopleHandler implements IQueryHandler<DescribeMessagingPeopleQuery, MessagingPerson[]> {
  constructor(@Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource) {}

  async execute({ personIds }: DescribeMessagingPeopleQuery): Promise<MessagingPerson[]> {
    const ids = [...new Set(personIds)];
    if (ids.length === 0) return [];
    return describeAll(await this.graphs.around({ personIds: ids }), ids);
  }
}

/** The teachers of a class now: whom a change of its held queue concerns, whoever the pupil's class is today. */
@QueryHandler(ListClassTeachersQuery)
export class ListClassTeachersHandler implements IQueryHandler<ListClassTeachersQuery, string[]> {
  constructor(@Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource) {}

  async execute({ classId }: ListClassTeachersQuery): Promise<string[]> {
    const graph = await this.graphs.around({ personIds: [], classIds: [classId] });
    return graph.class(classId) ? [...graph.teachersOf(classId)] : [];
  }
}

/** The ready-made sets of recipients of the picker, named after their class, group or school. */
@QueryHandler(ListRecipientGroupsQuery)
export class ListRecipientGroupsHandler implements IQueryHandler<ListRecipientGroupsQuery, RecipientGroupView[]> {
  constructor(@Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource) {}

  async execute({ senderId }: ListRecipientGroupsQuery): Promise<RecipientGroupView[]> {
    const graph = await graphAroundWithAcademy(this.graphs, senderId, []);
    return recipientGroups(graph, senderId).map((g) => ({ id: g.id, kind: g.kind, name: nameOf(graph, g.id, g.classId, g.schoolId), classId: g.classId, memberIds: g.memberIds }));
  }
}

function nameOf(graph: DirectoryGraph, id: string, classId: string | null, schoolId: string | null): string {
  if (id.startsWith('pupil-group:')) return graph.group(id.slice('pupil-group:'.length))?.name ?? '';
  if (classId) return graph.class(classId)?.name ?? '';
  return schoolId ? (graph.school(schoolId)?.name ?? '') : '';
}
