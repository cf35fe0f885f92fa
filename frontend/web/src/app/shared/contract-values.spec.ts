import { COMMENT_MODERATION as CONTRACT_MODERATION, ErrorCodes, MODULES as CONTRACT_MODULES } from '@preau/contracts';
import { COMMENT_MODERATION, ERROR_CODES, MODULES } from './contract-values';

describe('values mirrored from @preau/contracts', () => {
  it('are the contracts’ own lists', () => {
    expect(MODULES).toEqual(CONTRACT_MODULES);
    expect(COMMENT_MODERATION).toEqual(CONTRACT_MODERATION);
    expect([...ERROR_CODES].sort()).toEqual(Object.values(ErrorCodes).sort());
  });
});
