import type { Id } from '@preau/kernel';
import type { Message, MessageRepository } from '../domain';

/** Messages kept in a map; `updated` counts the saves of each. */
export class InMemoryMessageRepository implements MessageRepository {
  readonly stored = new Map<Id, Message>();
  readonly updated: Id[] = [];

  async add(message: Message): Promise<void> {
    this.stored.set(message.id, message);
  }

  async byIdLocked(id: Id): Promise<Message | null> {
    return this.stored.get(id) ?? null;
  }

  async update(message: Message): Promise<void> {
    this.updated.push(message.id);
  }

  /** The messages one author wrote, in the order they were added. */
  by(authorId: Id): Message[] {
    return [...this.stored.values()].filter((m) => m.authorId === authorId);
  }
}
