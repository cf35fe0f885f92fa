import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ClassRelation, ErrorCodes, GetClassAccessQuery, ListClassPupilsQuery, ReissueCardsCommand } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { Bus } from '@preau/platform';
import { ReissueClassCardsCommand } from './reissue-class-cards.command';

/** Who reprints a class's cards: its teachers (access-rules: a teacher gives a pupil a new card), its school's administrators. */
const MAY_REPRINT: readonly ClassRelation[] = ['teacher', 'school-admin', 'academy-admin'];

/**
 * Reprinting a class's cards (issue 11: a card "is revoked when the teacher reprints the card"): every pupil of the
 * class gets a new card secret, the old QR codes stop working at once. The directory says who stands where (a stranger
 * does not learn the class exists: 404; a parent or a pupil of the class: 403) and who the pupils are; identity reissues
 * the cards, checking again that the actor may ('reissue-card') and auditing it, in this command's unit of work.
 */
@CommandHandler(ReissueClassCardsCommand)
export class ReissueClassCardsHandler implements ICommandHandler<ReissueClassCardsCommand, { reissued: number }> {
  constructor(private readonly bus: Bus) {}

  async execute({ actorId, classId }: ReissueClassCardsCommand): Promise<{ reissued: number }> {
    const access = await this.bus.query(new GetClassAccessQuery(actorId, classId));
    if (!access.known) throw new DomainError(ErrorCodes.NOT_FOUND, 'No such class.');
    if (!access.relations.some((r) => MAY_REPRINT.includes(r)))
      throw new DomainError(ErrorCodes.FORBIDDEN, "Only the class's teachers and the school's administrators reprint its cards.", {
        rule: 'CardsAreReprintedByTeachersOrAdministrators',
      });
    const pupilIds = await this.bus.query(new ListClassPupilsQuery(classId));
    if (!pupilIds.length) return { reissued: 0 };
    const cards = await this.bus.command(new ReissueCardsCommand(actorId, pupilIds));
    return { reissued: cards.length };
  }
}
