import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DirectoryIsEmptyQuery, GetPlacementQuery, ListAllowedRecipientsQuery, MayManageAccountQuery, MayWriteToQuery, type PickableRecipientView, type Placement } from '@preau/contracts';
import { allowedRecipients, type DirectoryGraph, mayManageAccount, mayWrite, schoolsAdministeredBy, schoolsOfAccount } from '../../domain';
import { DIRECTORY_GRAPH_SOURCE, type DirectoryGraphSource } from '../ports/directory-graph.source';
import { STRUCTURE_WRITER, type StructureWriter } from '../ports/repositories';

function wholeAcademyOf(graph: DirectoryGraph, personId: string): string | undefined {
  return graph.academiesAdministeredBy(personId)[0];
}

/** The graph around these people, widened to the whole academy when the first one administers it. */
export async function graphAroundWithAcademy(graphs: DirectoryGraphSource, personId: string, others: readonly string[]): Promise<DirectoryGraph> {
  const personIds = [personId, ...others];
  const first = await graphs.around({ personIds });
  const academy = wholeAcademyOf(first, personId);
  return academy ? graphs.around({ personIds, wholeAcademyOf: academy }) : first;
}

/** "May A write to B?" (the communication rules of access-rules.md). */
@QueryHandler(MayWriteToQuery)
export class MayWriteToHandler implements IQueryHandler<MayWriteToQuery, { allowed: boolean }> {
  constructor(@Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource) {}

  async execute({ senderId, recipientId }: MayWriteToQuery): Promise<{ allowed: boolean }> {
    const graph = await this.graphs.around({ personIds: [senderId, recipientId] });
    return { allowed: mayWrite(graph, senderId, recipientId) };
  }
}

/** "Whom may A write to?": exactly the people the recipient picker offers. */
@QueryHandler(ListAllowedRecipientsQuery)
export class ListAllowedRecipientsHandler implements IQueryHandler<ListAllowedRecipientsQuery, PickableRecipientView[]> {
  constructor(@Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource) {}

  async execute({ senderId, search }: ListAllowedRecipientsQuery): Promise<PickableRecipientView[]> {
    const graph = await graphAroundWithAcademy(this.graphs, senderId, []);
    const needle = search?.trim().toLocaleLowerCase('fr');
    return [...allowedRecipients(graph, senderId)]
      .map((id) => graph.person(id))
      .filter((p) => p !== undefined)
      .filter((p) => !needle || p.displayName.toLocaleLowerCase('fr').includes(needle))
      .map((p) => ({ id: p.id, displayName: p.displayName, role: p.role, context: describePerson(graph, p.id), classes: classesOf(graph, p.id) }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
  }
}

/** The classes a person stands in as a member: a pupil's, or those a teacher (or teaching director) teaches. */
function classesOf(graph: DirectoryGraph, id: string): { id: string; name: string }[] {
  const ids = graph.roleOf(id) === 'PUPIL' ? graph.classesOfPupil(id) : graph.classesTaughtBy(id);
  return ids.flatMap((c) => {
    const cls = graph.class(c);
    return cls ? [{ id: cls.id, name: cls.name }] : [];
  });
}

/** Where a person stands, in a few words: a pupil's or teacher's classes, a parent's children, a director's schools. */
export function describePerson(graph: DirectoryGraph, id: string): string {
  const names = (classIds: readonly string[]) => classIds.map((c) => graph.class(c)?.name).filter(Boolean).join(', ');
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

/** Where a person stands: answers the schools, classes and children of GET /me. */
@QueryHandler(GetPlacementQuery)
export class GetPlacementHandler implements IQueryHandler<GetPlacementQuery, Placement> {
  constructor(@Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource) {}

  async execute({ personId }: GetPlacementQuery): Promise<Placement> {
    const graph = await graphAroundWithAcademy(this.graphs, personId, []);
    const classIds = [...new Set([...graph.classesOfPupil(personId), ...graph.classesTaughtBy(personId)])];
    const childIds = graph.childrenOf(personId);
    const schoolIds = new Set<string>([
      ...classIds.map((c) => graph.class(c)?.schoolId),
      ...childIds.flatMap((child) => graph.classesOfPupil(child).map((c) => graph.class(c)?.schoolId)),
      ...schoolsAdministeredBy(graph, personId),
    ].filter((s): s is string => !!s));
    const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'fr');
    return {
      schools: [...schoolIds].map((id) => ({ id, name: graph.school(id)?.name ?? '' })).sort(byName),
      classes: classIds.map((id) => ({ id, name: graph.class(id)?.name ?? '', schoolId: graph.class(id)?.schoolId ?? '' })).sort(byName),
      children: childIds
        .map((id) => {
          const classId = graph.classesOfPupil(id)[0] ?? null;
          return { id, displayName: graph.person(id)?.displayName ?? '', classId, className: classId ? (graph.class(classId)?.name ?? null) : null };
        })
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr')),
    };
  }
}

@QueryHandler(DirectoryIsEmptyQuery)
export class DirectoryIsEmptyHandler implements IQueryHandler<DirectoryIsEmptyQuery, boolean> {
  constructor(@Inject(STRUCTURE_WRITER) private readonly writer: StructureWriter) {}

  execute(): Promise<boolean> {
    return this.writer.isEmpty();
  }
}

@QueryHandler(MayManageAccountQuery)
export class MayManageAccountHandler implements IQueryHandler<MayManageAccountQuery, { known: boolean; allowed: boolean }> {
  constructor(@Inject(DIRECTORY_GRAPH_SOURCE) private readonly graphs: DirectoryGraphSource) {}

  async execute({ actorId, targetId }: MayManageAccountQuery): Promise<{ known: boolean; allowed: boolean }> {
    const graph = await graphAroundWithAcademy(this.graphs, actorId, [targetId]);
    const allowed = mayManageAccount(graph, actorId, targetId);
    // Someone who administers no school is refused outright (403); an administrator asking about an
    // account outside their schools may not even know it exists (404).
    const administered = schoolsAdministeredBy(graph, actorId);
    const known = allowed || administered.length === 0 || administered.some((s) => schoolsOfAccount(graph, targetId).includes(s));
    return { known, allowed };
  }
}
