import type { Id } from '@preau/kernel';
import type { DirectoryGraph } from '../../domain';

export interface GraphScope {
  personIds: Id[];
  classIds?: Id[];
  schoolIds?: Id[];
  wholeAcademyOf?: Id;
}

/**
 * Builds the snapshot the policies decide on, scoped to what a decision needs: the schools where the
 * people stand, the classes asked about, and their partner classes (never a whole academy's pupils).
 */
export interface DirectoryGraphReadModel {
  around(scope: GraphScope): Promise<DirectoryGraph>;
}

export const DIRECTORY_GRAPH_READ_MODEL = Symbol('DirectoryGraphReadModel');
