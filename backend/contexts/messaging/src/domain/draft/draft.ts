import type { Id } from '@preau/kernel';

/** What a save of a draft may change; what it leaves out stays as it was. */
export interface DraftChanges {
  recipientIds?: readonly Id[];
  subject?: string;
  body?: string;
  attachmentIds?: readonly Id[];
}

/** Ids compared as the database stores uuids (lower case), each once. */
const normalised = (ids: readonly Id[]): Id[] => [...new Set(ids.map((id) => id.toLowerCase()))];

/**
 * A message being written, kept for its author only (autosaved by the web app). Nothing in it is checked
 * against the communication rules until it is sent: a draft reaches no one.
 */
export class Draft {
  constructor(
    readonly id: Id,
    readonly authorId: Id,
    public recipientIds: Id[],
    public subject: string,
    public body: string,
    public attachmentIds: Id[],
    readonly createdAt: Date,
    public updatedAt: Date,
  ) {}

  static start(props: { id: Id; authorId: Id; now: Date }): Draft {
    return new Draft(props.id, props.authorId, [], '', '', [], props.now, props.now);
  }

  isOf(personId: Id): boolean {
    return this.authorId === personId;
  }

  change(changes: DraftChanges, now: Date): void {
    if (changes.recipientIds) this.recipientIds = normalised(changes.recipientIds);
    if (changes.subject !== undefined) this.subject = changes.subject;
    if (changes.body !== undefined) this.body = changes.body;
    if (changes.attachmentIds) this.attachmentIds = normalised(changes.attachmentIds);
    this.updatedAt = now;
  }
}
