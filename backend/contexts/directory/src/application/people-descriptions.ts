import type { MessagingPerson } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import { type DirectoryGraph, messagingOn, pupilClassOf, schoolsOfPerson } from '../domain';

/** Where a person stands, in a few words: a pupil's or teacher's classes, a parent's children, a director's schools. */
export function describePerson(graph: DirectoryGraph, id: Id): string {
  const names = (classIds: readonly string[]) =>
    classIds
      .map((c) => graph.class(c)?.name)
      .filter(Boolean)
      .join(', ');
  switch (graph.roleOf(id)) {
    case 'PUPIL':
      return names(graph.classesOfPupil(id));
    case 'TEACHER':
      return names(graph.classesTaughtBy(id));
    case 'PARENT':
      return graph
        .childrenOf(id)
        .map((c) => graph.person(c)?.displayName)
        .filter(Boolean)
        .join(', ');
    case 'SCHOOL_ADMIN':
      return graph
        .schoolsDirectedBy(id)
        .map((s) => graph.school(s)?.name)
        .filter(Boolean)
        .join(', ');
    default:
      return '';
  }
}

/** How these people stand for messaging, in the order given, each once; unknown ids are left out. */
export function describeMessagingPeople(graph: DirectoryGraph, personIds: readonly Id[]): MessagingPerson[] {
  return [...new Set(personIds)].flatMap((id) => {
    const person = graph.person(id);
    if (!person) return [];
    return [
      {
        id,
        displayName: person.displayName,
        role: person.role,
        context: describePerson(graph, id),
        pupilClass: pupilClassOf(graph, id),
        taughtClassIds: [...graph.classesTaughtBy(id)],
        schoolIds: schoolsOfPerson(graph, id),
        messagingOn: messagingOn(graph, id),
      },
    ];
  });
}
