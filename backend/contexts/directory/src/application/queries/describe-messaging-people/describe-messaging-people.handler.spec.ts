import { DescribeMessagingPeopleQuery } from '@preau/contracts';
import { demoDirectory } from '../../../testing/demo-directory';
import { DescribeMessagingPeopleHandler } from './describe-messaging-people.handler';

describe('DescribeMessagingPeopleHandler', () => {
  it('describes each person once, in the order asked, leaving out unknown ids', async () => {
    const { graphs } = demoDirectory();
    const people = await new DescribeMessagingPeopleHandler(graphs).execute(
      new DescribeMessagingPeopleQuery(['lea.ce2a', 'nobody', 'ferry.ce2a.prof', 'lea.ce2a']),
    );
    expect(people).toEqual([
      {
        id: 'lea.ce2a',
        displayName: 'Léa Martin',
        role: 'PUPIL',
        context: 'CE2 A',
        pupilClass: { classId: 'ferry-ce2a', holdPupilMessages: true, teacherIds: ['ferry.ce2a.prof'] },
        taughtClassIds: [],
        schoolIds: ['ferry'],
        messagingOn: true,
      },
      {
        id: 'ferry.ce2a.prof',
        displayName: 'Anne Lefèvre',
        role: 'TEACHER',
        context: 'CE2 A',
        pupilClass: null,
        taughtClassIds: ['ferry-ce2a'],
        schoolIds: ['ferry'],
        messagingOn: true,
      },
    ]);
  });

  it('says messaging is off for a pupil whose class switched it off', async () => {
    const { graphs } = demoDirectory((rows) => (rows.classes[0].modules.messaging = false));
    const [lea] = await new DescribeMessagingPeopleHandler(graphs).execute(
      new DescribeMessagingPeopleQuery(['lea.ce2a']),
    );
    expect(lea.messagingOn).toBe(false);
  });

  it('reads nothing for no one', async () => {
    const { graphs } = demoDirectory();
    expect(await new DescribeMessagingPeopleHandler(graphs).execute(new DescribeMessagingPeopleQuery([]))).toEqual([]);
    expect(graphs.asked).toEqual([]);
  });
});
