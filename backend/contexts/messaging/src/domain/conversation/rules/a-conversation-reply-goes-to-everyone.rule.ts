import { type BusinessRule, type Id, rule } from '@preau/kernel';

/**
 * In a conversation (not a broadcast), a reply goes to everyone else in it: no one is left out of a
 * thread they see. (VALIDATION_FAILED)
 */
export const aConversationReplyGoesToEveryone = (to: readonly Id[], others: readonly Id[]): BusinessRule =>
  rule('AConversationReplyGoesToEveryone', 'VALIDATION_FAILED', 'A reply goes to everyone in the conversation.', () => others.some((id) => !to.includes(id)));
