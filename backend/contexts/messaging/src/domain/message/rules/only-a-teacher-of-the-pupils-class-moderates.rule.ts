import { type BusinessRule, type Id, rule } from '@preau/kernel';
import type { Moderator } from '../../people';

/** Only a teacher of the class whose held queue the message went to approves or refuses it. (FORBIDDEN) */
export const onlyATeacherOfThePupilsClassModerates = (heldInClassId: Id | null, by: Moderator): BusinessRule =>
  rule('OnlyATeacherOfThePupilsClassModerates', 'FORBIDDEN', "Only a teacher of the pupil's class approves or refuses this message.", () => heldInClassId === null || !by.taughtClassIds.includes(heldInClassId));
