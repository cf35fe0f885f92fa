import { type Id, rule } from '@preau/kernel';
import { type RuleWithDetails, withDetails } from '../../rule-details';

/**
 * A reply goes only to other people already in the conversation: replying is no way to reach someone
 * new (that is a new conversation, asked of the directory). `others`: the participants but the author.
 * (RECIPIENT_NOT_ALLOWED, naming the refused ids)
 */
export const repliesStayInsideTheConversation = (to: readonly Id[], others: readonly Id[]): RuleWithDetails => {
  const refused = to.filter((id) => !others.includes(id));
  return withDetails(
    rule('RepliesStayInsideTheConversation', 'RECIPIENT_NOT_ALLOWED', 'A reply goes only to people already in the conversation.', () => refused.length > 0),
    { refused },
  );
};
