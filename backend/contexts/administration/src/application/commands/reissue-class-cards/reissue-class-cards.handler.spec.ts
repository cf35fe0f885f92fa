import {
  type ClassAccess,
  type ClassRelation,
  ErrorCodes,
  GetClassAccessQuery,
  ListClassPupilsQuery,
  type PrintableCredentials,
  ReissueCardsCommand,
} from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { FakeBus, FakeClassAccess } from '@preau/platform/testing';
import { FERRY_CREDENTIALS } from '../../../testing/school-roster';
import { ReissueClassCardsCommand } from './reissue-class-cards.command';
import { ReissueClassCardsHandler } from './reissue-class-cards.handler';

describe('ReissueClassCardsHandler', () => {
  const setup = (relations: ClassRelation[] | null, pupils = ['zoe', 'chloe']) => {
    const access = new FakeClassAccess();
    if (relations) access.grant('actor', 'ferry-ce2a', ['class.read'], { relations, schoolId: 'ferry' });
    const bus = new FakeBus()
      .onQuery(GetClassAccessQuery, ({ personId, classId }): Promise<ClassAccess> => access.of(personId, classId))
      .onQuery(ListClassPupilsQuery, () => pupils)
      .onCommand(ReissueCardsCommand, ({ pupilIds }): PrintableCredentials[] => pupilIds.map((id) => FERRY_CREDENTIALS[id]));
    return { bus, handler: new ReissueClassCardsHandler(bus.asBus()) };
  };

  it.each([['teacher'], ['school-admin'], ['academy-admin']] as [ClassRelation][])(
    "reissues the cards of every pupil of the class for its %s",
    async (relation) => {
      const { bus, handler } = setup([relation]);
      expect(await handler.execute(new ReissueClassCardsCommand('actor', 'ferry-ce2a'))).toEqual({ reissued: 2 });
      expect(bus.sentOf(ListClassPupilsQuery)).toEqual([expect.objectContaining({ classId: 'ferry-ce2a' })]);
      expect(bus.sentOf(ReissueCardsCommand)).toEqual([expect.objectContaining({ actorId: 'actor', pupilIds: ['zoe', 'chloe'] })]);
    },
  );

  it('reissues nothing in a class without pupils', async () => {
    const { bus, handler } = setup(['teacher'], []);
    expect(await handler.execute(new ReissueClassCardsCommand('actor', 'ferry-ce2a'))).toEqual({ reissued: 0 });
    expect(bus.sentOf(ReissueCardsCommand)).toEqual([]);
  });

  it("answers NOT_FOUND to someone who may not know the class exists", async () => {
    const { bus, handler } = setup(null);
    await expect(handler.execute(new ReissueClassCardsCommand('actor', 'ferry-ce2a'))).rejects.toMatchObject({ code: ErrorCodes.NOT_FOUND });
    expect(bus.sentOf(ListClassPupilsQuery)).toEqual([]);
    expect(bus.sentOf(ReissueCardsCommand)).toEqual([]);
  });

  it.each([['parent'], ['pupil'], ['partner-member']] as [ClassRelation][])('refuses a %s of the class (FORBIDDEN)', async (relation) => {
    const { bus, handler } = setup([relation]);
    await expect(handler.execute(new ReissueClassCardsCommand('actor', 'ferry-ce2a'))).rejects.toMatchObject({
      code: ErrorCodes.FORBIDDEN,
      details: { rule: 'CardsAreReprintedByTeachersOrAdministrators' },
    });
    expect(bus.sentOf(ReissueCardsCommand)).toEqual([]);
  });

  it("passes on identity's refusal", async () => {
    const { bus, handler } = setup(['teacher']);
    const refusal = new DomainError(ErrorCodes.FORBIDDEN, 'You may not reissue these cards.');
    bus.onCommand(ReissueCardsCommand, () => {
      throw refusal;
    });
    await expect(handler.execute(new ReissueClassCardsCommand('actor', 'ferry-ce2a'))).rejects.toBe(refusal);
  });
});
