import type { StructureToProvision } from '@preau/contracts';
import { InMemoryStructureWriter } from '../../../testing/in-memory-structure.writer';
import { DirectoryIsEmptyHandler } from './directory-is-empty.handler';

describe('DirectoryIsEmptyHandler', () => {
  it('is empty until a structure is provisioned', async () => {
    const writer = new InMemoryStructureWriter();
    const handler = new DirectoryIsEmptyHandler(writer);
    expect(await handler.execute()).toBe(true);
    await writer.provision({ academy: { id: 'a', name: 'A' } } as StructureToProvision);
    expect(await handler.execute()).toBe(false);
  });
});
