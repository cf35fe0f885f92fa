import { DirectoryEvents } from '@preau/contracts';
import { DIRECTORY_CONTEXT } from './directory.context';

describe('the directory context descriptor', () => {
  it('declares and audits every event of its contracts', () => {
    const declared = Object.values(DirectoryEvents);
    expect(DIRECTORY_CONTEXT.events).toEqual(declared);
    expect(DIRECTORY_CONTEXT.audited).toEqual(declared);
  });
});
