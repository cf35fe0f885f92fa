import type { Id } from '@preau/kernel';
import type { DirectoryGraph } from '../domain';
import type { DirectoryGraphReadModel } from './ports/directory-graph-read-model';

/** The graph around these people, widened to the whole academy when the first one administers it. */
export async function graphAroundWithAcademy(
  graphs: DirectoryGraphReadModel,
  personId: Id,
  others: readonly Id[],
): Promise<DirectoryGraph> {
  const personIds = [personId, ...others];
  const first = await graphs.around({ personIds });
  const academy = first.academiesAdministeredBy(personId)[0];
  return academy ? graphs.around({ personIds, wholeAcademyOf: academy }) : first;
}
