import { ProvisionStructureCommand, type StructureToProvision } from '@preau/contracts';
import { InMemoryStructureWriter } from '../../../testing/in-memory-structure.writer';
import { ProvisionStructureHandler } from './provision-structure.handler';

describe('ProvisionStructureHandler', () => {
  it('hands the whole structure to the writer, once', async () => {
    const writer = new InMemoryStructureWriter();
    const structure: StructureToProvision = {
      academy: { id: 'a', name: 'Académie' },
      schoolYear: { id: '2026-2027', startsOn: '2026-09-01', endsOn: '2027-07-04' },
      people: [{ id: 'p', displayName: 'Anne Lefèvre', role: 'TEACHER' }],
      academyAdminIds: [],
      schools: [{ id: 's', name: 'École', directorIds: [], classes: [] }],
      guardianships: [],
      partnerships: [],
    };
    await new ProvisionStructureHandler(writer).execute(new ProvisionStructureCommand(structure));
    expect(writer.provisioned).toEqual([structure]);
    expect(await writer.isEmpty()).toBe(false);
  });
});
