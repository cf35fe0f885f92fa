import { ListClassTeachersQuery } from '@preau/contracts';
import { demoDirectory } from '../../../testing/demo-directory';
import { ListClassTeachersHandler } from './list-class-teachers.handler';

describe('ListClassTeachersHandler', () => {
  it('lists who teaches the class now', async () => {
    const { graphs } = demoDirectory((rows) => rows.classes[0].teacherIds.push('ferry.direction'));
    expect(await new ListClassTeachersHandler(graphs).execute(new ListClassTeachersQuery('ferry-ce2a'))).toEqual([
      'ferry.ce2a.prof',
      'ferry.direction',
    ]);
  });

  it('answers no one for a class that does not exist', async () => {
    const { graphs } = demoDirectory();
    expect(await new ListClassTeachersHandler(graphs).execute(new ListClassTeachersQuery('nowhere'))).toEqual([]);
  });
});
