import type { Id } from '@preau/kernel';
import type { DirectoryGraph } from '../../domain';

/**
 * Builds the snapshot the policies decide on, scoped to what a decision needs: the schools where the
 * people stand, the classes asked about, and their partner classes (never a whole academy's pupils).
 */
export interface DirectoryGraphSource {
  around(scope: { personIds: Id[]; classIds?: Id[]; schoolIds?: Id[]; wholeAcademyOf?: Id }): Promise<DirectoryGraph>;
}

export const DIRECTORY_GRAPH_SOURCE = Symbol('DirectoryGraphSource');
