import { type BusinessRule, type Id, rule } from '@preau/kernel';

/** Only someone already in the conversation replies in it. (FORBIDDEN) */
export const onlyAParticipantReplies = (participantIds: readonly Id[], authorId: Id): BusinessRule =>
  rule('OnlyAParticipantReplies', 'FORBIDDEN', 'Only someone in the conversation replies in it.', () => !participantIds.includes(authorId));
