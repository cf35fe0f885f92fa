/**
 * `conversation`: everyone in it may write to everyone else, and a reply goes to all of them.
 * `broadcast`: a message to several people who may not all write to each other (all the families of a
 * class): each recipient's reply goes to the sender only, and a recipient never learns who else got it.
 */
export type ConversationKind = 'conversation' | 'broadcast';

export const SUBJECT_MAX_CHARS = 200;
