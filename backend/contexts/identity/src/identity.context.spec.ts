import { IdentityEvents } from '@preau/contracts';
import { IDENTITY_CONTEXT } from './identity.context';

describe('the identity context descriptor', () => {
  it('declares and audits every event of its contracts', () => {
    const declared = Object.values(IdentityEvents);
    expect(IDENTITY_CONTEXT.events).toEqual(declared);
    expect(IDENTITY_CONTEXT.audited).toEqual(declared);
  });
});
