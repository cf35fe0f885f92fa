import { Command } from '@preau/contracts';

/** New QR cards for every pupil of class C (the old cards stop working at once) → how many were reissued. */
export class ReissueClassCardsCommand extends Command<{ reissued: number }> {
  constructor(
    readonly actorId: string,
    readonly classId: string,
  ) {
    super();
  }
}
