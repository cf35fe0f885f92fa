import { ErrorCodes } from '@preau/contracts';
import { DomainError, type Id } from '@preau/kernel';
import { type Message, viewMessage } from '../domain';

export const noSuchMessage = () => new DomainError(ErrorCodes.NOT_FOUND, 'No such message.');

/** Whether the person is shown the message (the domain's view of it): its author, or a recipient once delivered. */
export const seenBy = (message: Message, personId: Id): boolean => viewMessage(message, personId) !== null;
