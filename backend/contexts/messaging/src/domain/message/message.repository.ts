import type { Id } from '@preau/kernel';
import type { Message } from './message';

export interface MessageRepository {
  /** `pupilClassIds`: the classes of the pupils among its author and recipients, whose teachers moderate it. */
  add(message: Message, pupilClassIds: readonly Id[]): Promise<void>;
  /** With the row locked for the moderation or report that follows, and its moderating classes. */
  byIdLocked(id: Id): Promise<{ message: Message; pupilClassIds: Id[] } | null>;
  update(message: Message): Promise<void>;
}

export const MESSAGE_REPOSITORY = Symbol('MessageRepository');
