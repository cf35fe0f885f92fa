import { type Id, rule } from '@preau/kernel';
import { type RuleWithDetails, withDetails } from '../../rule-details';

/**
 * In a broadcast, a recipient's reply goes to the sender only: no reply ever reaches someone the
 * communication rules keep apart. (RECIPIENT_NOT_ALLOWED, naming the refused ids)
 */
export const aBroadcastReplyGoesToTheSenderOnly = (to: readonly Id[], senderId: Id): RuleWithDetails => {
  const refused = to.filter((id) => id !== senderId);
  return withDetails(
    rule('ABroadcastReplyGoesToTheSenderOnly', 'RECIPIENT_NOT_ALLOWED', "In a broadcast, a reply goes to the sender only.", () => refused.length > 0),
    { refused },
  );
};
