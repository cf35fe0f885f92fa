import { Academy } from '../../../domain/academy/academy';
import { InMemoryAcademyRepository } from '../../../testing/in-memory-academy.repository';
import { DirectoryIsEmptyHandler } from './directory-is-empty.handler';

describe('DirectoryIsEmptyHandler', () => {
  it('is empty until an academy exists', async () => {
    const academies = new InMemoryAcademyRepository();
    const handler = new DirectoryIsEmptyHandler(academies);
    expect(await handler.execute()).toBe(true);
    academies.add(Academy.create({ id: 'a', name: 'Académie', adminIds: [] }));
    expect(await handler.execute()).toBe(false);
  });
});
