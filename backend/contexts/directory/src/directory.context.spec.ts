import { DirectoryEvents } from '@preau/contracts';
import { DIRECTORY_CONTEXT } from './directory.context';

describe('the directory context descriptor', () => {
  it('declares and audits every event of its contracts, each named after the context', () => {
    const declared = Object.values(DirectoryEvents);
    expect(declared.map((e) => e.type).every((type) => type.startsWith('directory.'))).toBe(true);
    expect(DIRECTORY_CONTEXT.events).toEqual(declared);
    expect(DIRECTORY_CONTEXT.audited).toEqual(declared);
  });
});
