import type { Id } from '@preau/kernel';
import type { Message, MessageRepository } from '../domain';

/** Messages kept in a map with their moderating classes; `updated` counts the saves of each. */
export class InMemoryMessageRepository implements MessageRepository {
  readonly stored = new Map<Id, { message: Message; pupilClassIds: Id[] }>();
  readonly updated: Id[] = [];

  async add(message: Message, pupilClassIds: readonly Id[]): Promise<void> {
    this.stored.set(message.id, { message, pupilClassIds: [...pupilClassIds] });
  }

  async byIdLocked(id: Id): Promise<{ message: Message; pupilClassIds: Id[] } | null> {
    return this.stored.get(id) ?? null;
  }

  async update(message: Message): Promise<void> {
    this.updated.push(message.id);
  }

  /** The messages one author wrote, in the order they were added. */
  by(authorId: Id): Message[] {
    return [...this.stored.values()].map((s) => s.message).filter((m) => m.authorId === authorId);
  }
}
