import { type BusinessRule, type Id, rule } from '@preau/kernel';

/** Only someone the message was addressed to reports it (not its author, not a stranger). (FORBIDDEN) */
export const onlyARecipientReportsAMessage = (recipientIds: readonly Id[], by: Id): BusinessRule =>
  rule('OnlyARecipientReportsAMessage', 'FORBIDDEN', 'Only a recipient of this message reports it.', () => !recipientIds.includes(by));
