import type { Id } from '@preau/kernel';
import type { Message } from './message';

export interface MessageRepository {
  /** A new message, with its recipients and the classes whose teachers moderate it. */
  add(message: Message): Promise<void>;
  /** With the row locked for the moderation or report that follows. */
  byIdLocked(id: Id): Promise<Message | null>;
  /** What changed of a loaded message (its status, its moderation, a new report) is written with the command. */
  update(message: Message): Promise<void>;
}

export const MESSAGE_REPOSITORY = Symbol('MessageRepository');
