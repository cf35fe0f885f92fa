import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ListAllowedRecipientsQuery, type PickableRecipientView } from '@preau/contracts';
import { allowedRecipients, type DirectoryGraph } from '../../../domain';
import { graphAroundWithAcademy } from '../../graph-around';
import { describePerson } from '../../people-descriptions';
import { DIRECTORY_GRAPH_READ_MODEL, type DirectoryGraphReadModel } from '../../ports/directory-graph-read-model';

/** "Whom may A write to?": exactly the people the recipient picker offers. */
@QueryHandler(ListAllowedRecipientsQuery)
export class ListAllowedRecipientsHandler
  implements IQueryHandler<ListAllowedRecipientsQuery, PickableRecipientView[]>
{
  constructor(@Inject(DIRECTORY_GRAPH_READ_MODEL) private readonly graphs: DirectoryGraphReadModel) {}

  async execute({ senderId, search }: ListAllowedRecipientsQuery): Promise<PickableRecipientView[]> {
    const graph = await graphAroundWithAcademy(this.graphs, senderId, []);
    const needle = search?.trim().toLocaleLowerCase('fr');
    return [...allowedRecipients(graph, senderId)]
      .map((id) => graph.person(id))
      .filter((p) => p !== undefined)
      .filter((p) => !needle || p.displayName.toLocaleLowerCase('fr').includes(needle))
      .map((p) => ({
        id: p.id,
        displayName: p.displayName,
        role: p.role,
        context: describePerson(graph, p.id),
        classes: classesOf(graph, p.id),
      }))
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
