import { type BusinessRule, type Id, rule } from '@preau/kernel';
import type { Moderator } from '../../people';

/**
 * Only a teacher of a class one of whose pupils takes part in the conversation hides a message.
 * `pupilClassIds`: the classes of the pupils among the conversation's participants (from the directory). (FORBIDDEN)
 */
export const onlyATeacherOfAPupilTakingPartHides = (pupilClassIds: readonly Id[], by: Moderator): BusinessRule =>
  rule('OnlyATeacherOfAPupilTakingPartHides', 'FORBIDDEN', 'Only a teacher of a pupil taking part hides a message.', () => !pupilClassIds.some((id) => by.taughtClassIds.includes(id)));
