import { ListClassPupilsQuery } from '@preau/contracts';
import { demoDirectory } from '../../../testing/demo-directory';
import { ListClassPupilsHandler } from './list-class-pupils.handler';

describe('ListClassPupilsHandler', () => {
  it('lists the pupils of the class now', async () => {
    const { graphs } = demoDirectory();
    const pupils = await new ListClassPupilsHandler(graphs).execute(new ListClassPupilsQuery('ferry-ce2a'));
    expect(pupils).toContain('lea.ce2a');
    expect(pupils).not.toContain('ferry.ce2a.prof');
  });

  it('answers no one for a class that does not exist', async () => {
    const { graphs } = demoDirectory();
    expect(await new ListClassPupilsHandler(graphs).execute(new ListClassPupilsQuery('nowhere'))).toEqual([]);
  });
});
