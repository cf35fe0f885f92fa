import type { DirectoryGraphReadModel, GraphScope } from '../application/ports/directory-graph-read-model';
import { DirectoryGraph, type DirectoryGraphRows } from '../domain';
import type { InMemoryPartnershipRepository } from './in-memory-partnership.repository';
import type { InMemoryGroupRepository } from './in-memory-pupil-group.repository';
import type { InMemoryClassRepository } from './in-memory-school-class.repository';
import type { InMemorySchoolRepository } from './in-memory-school.repository';

export interface LiveRepositories {
  classes?: InMemoryClassRepository;
  schools?: InMemorySchoolRepository;
  partnerships?: InMemoryPartnershipRepository;
  groups?: InMemoryGroupRepository;
}

/**
 * The graph from fixed rows, with what the in-memory repositories hold now laid over them (as the SQL read model
 * sees the unit of work's changes once flushed). It ignores the scope and answers the whole academy, but records
 * the scopes asked.
 */
export class InMemoryDirectoryGraphReadModel implements DirectoryGraphReadModel {
  readonly asked: GraphScope[] = [];

  constructor(
    readonly rows: DirectoryGraphRows,
    private readonly live: LiveRepositories = {},
  ) {}

  async around(scope: GraphScope): Promise<DirectoryGraph> {
    this.asked.push(scope);
    const { classes, schools, partnerships, groups } = this.live;
    return DirectoryGraph.from({
      ...this.rows,
      classes: this.rows.classes.map((c) => {
        const now = classes?.items.get(c.id);
        return now ? { ...c, name: now.name, modules: { ...now.modules }, settings: { ...now.settings } } : c;
      }),
      schools: this.rows.schools.map((s) => {
        const now = schools?.items.get(s.id);
        return now ? { ...s, name: now.name, switches: { ...now.switches } } : s;
      }),
      partnerships: partnerships
        ? [...partnerships.items.values()].map((p) => ({
            requesterClassId: p.requesterClassId,
            partnerClassId: p.partnerClassId,
            status: p.status,
          }))
        : this.rows.partnerships,
      groups: groups
        ? [...groups.items.values()].map((g) => ({
            id: g.id,
            classId: g.classId,
            name: g.name,
            pupilIds: [...g.pupilIds],
          }))
        : this.rows.groups,
    });
  }
}
