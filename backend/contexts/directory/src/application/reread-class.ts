import type { ClassView } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import { checkClassAction } from '../domain';
import type { DirectoryGraphReadModel } from './ports/directory-graph-read-model';
import { classView } from './views';

/** The class as the actor now sees it, after the unit of work's pending changes are flushed (what a change answers). */
export async function rereadClass(graphs: DirectoryGraphReadModel, actorId: Id, classId: Id): Promise<ClassView> {
  const graph = await graphs.around({ personIds: [actorId], classIds: [classId] });
  return classView(graph, classId, checkClassAction(graph, actorId, classId, 'class.read'));
}
