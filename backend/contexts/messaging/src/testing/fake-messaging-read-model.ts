import type { MessagingFolder } from '@preau/contracts';
import type { Id } from '@preau/kernel';
import type {
  DeliveryRow,
  FolderPage,
  MessagingReadModel,
  ModeratedMessageRow,
  ThreadRow,
} from '../application/ports/messaging-read-model';

/**
 * The read model with the answers a spec sets (its SQL is proved by the API tests and the benchmark). What it
 * was asked is recorded; a question no spec answered gets the empty answer.
 */
export class FakeMessagingReadModel implements MessagingReadModel {
  readonly pages = new Map<string, FolderPage>();
  readonly threads = new Map<Id, ThreadRow>();
  readonly unread = new Map<Id, number>();
  readonly heldIn = new Map<Id, ModeratedMessageRow[]>();
  readonly reportedIn = new Map<Id, ModeratedMessageRow[]>();
  readonly delivered = new Map<Id, DeliveryRow>();
  /** `personId:messageId` the person reads. */
  readonly readable = new Set<string>();
  /** `messageId:classId` in that class's moderation queues. */
  readonly moderated = new Set<string>();
  /** `personId:conversationId` of which the person sees a message. */
  readonly seeing = new Set<string>();
  markReadChanges = false;
  readonly asked: { method: string; args: unknown[] }[] = [];

  async folder(
    personId: Id,
    folder: Exclude<MessagingFolder, 'drafts'>,
    options: { q?: string; after?: { at: Date; id: Id }; limit: number },
  ): Promise<FolderPage> {
    this.asked.push({ method: 'folder', args: [personId, folder, options] });
    return this.pages.get(`${personId}:${folder}`) ?? { rows: [], next: null };
  }

  async drafts(
    personId: Id,
    options: { q?: string; after?: { at: Date; id: Id }; limit: number },
  ): Promise<FolderPage> {
    this.asked.push({ method: 'drafts', args: [personId, options] });
    return this.pages.get(`${personId}:drafts`) ?? { rows: [], next: null };
  }

  async thread(conversationId: Id): Promise<ThreadRow | null> {
    return this.threads.get(conversationId) ?? null;
  }

  async markRead(conversationId: Id, personId: Id, seenMessageIds: readonly Id[]): Promise<boolean> {
    this.asked.push({ method: 'markRead', args: [conversationId, personId, [...seenMessageIds]] });
    return this.markReadChanges;
  }

  async seesAny(conversationId: Id, personId: Id): Promise<boolean> {
    return this.seeing.has(`${personId}:${conversationId}`);
  }

  async unreadTotal(personId: Id): Promise<number> {
    return this.unread.get(personId) ?? 0;
  }

  async held(classId: Id): Promise<ModeratedMessageRow[]> {
    return this.heldIn.get(classId) ?? [];
  }

  async reported(classId: Id): Promise<ModeratedMessageRow[]> {
    return this.reportedIn.get(classId) ?? [];
  }

  async heldCount(classId: Id): Promise<number> {
    return (this.heldIn.get(classId) ?? []).length;
  }

  async deliveries(messageIds: readonly Id[]): Promise<DeliveryRow[]> {
    return messageIds.flatMap((id) => this.delivered.get(id) ?? []);
  }

  async mayRead(personId: Id, messageId: Id): Promise<boolean> {
    return this.readable.has(`${personId}:${messageId}`);
  }

  async inModerationOf(messageId: Id, classIds: readonly Id[]): Promise<boolean> {
    return classIds.some((classId) => this.moderated.has(`${messageId}:${classId}`));
  }
}
