import { MayWriteToQuery } from '@preau/contracts';
import { demoDirectory } from '../../../testing/demo-directory';
import { MayWriteToHandler } from './may-write-to.handler';

describe('MayWriteToHandler', () => {
  const ask = (sender: string, recipient: string) =>
    new MayWriteToHandler(demoDirectory().graphs).execute(new MayWriteToQuery(sender, recipient));

  it('lets a pupil write to a classmate and to their teacher', async () => {
    expect(await ask('lea.ce2a', 'hugo.ce2a')).toEqual({ allowed: true });
    expect(await ask('lea.ce2a', 'ferry.ce2a.prof')).toEqual({ allowed: true });
  });

  it.each([
    ['a pupil of another class', 'lea.ce2a', 'tom.cm2'],
    ["another child's parent", 'parent.lea', 'parent.hugo'],
    ['someone who does not exist', 'lea.ce2a', 'nobody'],
  ])('refuses %s', async (_who, sender, recipient) => {
    expect(await ask(sender, recipient)).toEqual({ allowed: false });
  });
});
