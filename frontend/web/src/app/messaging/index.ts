/** Messaging's public surface: the counts the navigation shows. */
export { MessagingBadges } from './data-access/messaging-badges';
