import { type Id, rule } from '@preau/kernel';
import { unique } from '../../people';
import { type RuleWithDetails, withDetails } from '../../rule-details';

/**
 * The author may write to every recipient. `refusedIds` is the directory's answer (its communication
 * rules); one refused recipient refuses the whole message, naming every refused id. (RECIPIENT_NOT_ALLOWED)
 */
export const everyRecipientMayBeWrittenTo = (refusedIds: readonly Id[]): RuleWithDetails =>
  withDetails(
    rule('EveryRecipientMayBeWrittenTo', 'RECIPIENT_NOT_ALLOWED', 'Some recipients may not be written to.', () => refusedIds.length > 0),
    { refused: unique(refusedIds) },
  );
