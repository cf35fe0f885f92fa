import { AddressMessageQuery } from '@preau/contracts';
import { demoDirectory } from '../../../testing/demo-directory';
import { AddressMessageHandler } from './address-message.handler';

describe('AddressMessageHandler', () => {
  const address = (sender: string, recipients: string[]) =>
    new AddressMessageHandler(demoDirectory().graphs).execute(new AddressMessageQuery(sender, recipients));

  it('addresses a conversation when everyone may write to everyone, and describes the sender then the recipients', async () => {
    const addressing = await address('lea.ce2a', ['hugo.ce2a', 'ferry.ce2a.prof', 'hugo.ce2a']);
    expect(addressing.refused).toEqual([]);
    expect(addressing.broadcast).toBe(false);
    expect(addressing.people.map((p) => p.id)).toEqual(['lea.ce2a', 'hugo.ce2a', 'ferry.ce2a.prof']);
  });

  it('makes it a broadcast when the recipients may not all write to each other', async () => {
    const addressing = await address('ferry.direction', ['lea.ce2a', 'tom.cm2']);
    expect(addressing).toMatchObject({ refused: [], broadcast: true });
  });

  it('refuses the recipients the sender may not write to, unknown ones included, and describes only the known', async () => {
    const addressing = await address('lea.ce2a', ['hugo.ce2a', 'tom.cm2', 'nobody']);
    expect(addressing.refused).toEqual(['tom.cm2', 'nobody']);
    expect(addressing.broadcast).toBe(false);
    expect(addressing.people.map((p) => p.id)).toEqual(['lea.ce2a', 'hugo.ce2a', 'tom.cm2']);
  });
});
