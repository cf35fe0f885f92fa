import { Command, Query } from '../messages';
/** The media library's published language (docs/product/api-conventions.md, media routes). */
export const MEDIA_KINDS = ['image', 'video', 'audio', 'document', 'link'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export const MEDIA_STATUSES = ['processing', 'ready', 'failed'] as const;
export type MediaStatus = (typeof MEDIA_STATUSES)[number];

/**
 * Why processing failed, as a stable code the web app translates into words a teacher understands
 * ("this photo is damaged", "this video is too long"...).
 */
export const MEDIA_FAILURE_REASONS = [
  'CORRUPTED_FILE',
  'TOO_MANY_PIXELS',
  'UNSUPPORTED_FORMAT',
  'TOO_LONG',
  'PROCESSING_ERROR',
] as const;
export type MediaFailureReason = (typeof MEDIA_FAILURE_REASONS)[number];

export interface MediaItemView {
  id: string;
  kind: MediaKind;
  title: string;
  status: MediaStatus;
  /** When failed: a stable code and a sentence. */
  reason?: { code: MediaFailureReason; message: string };
  ownerId: string;
  folderId: string | null;
  mimeType: string | null;
  size: number | null;
  /** For links: the URL (http/https only); the server never fetches it. */
  url?: string;
  createdAt: string;
  metadata: { width?: number; height?: number; durationSeconds?: number; pages?: number };
  /** Rendition name → short-lived signed URL (works without the session cookie). */
  renditions: Record<string, string>;
  /** The classes whose library shares it. */
  sharedWithClassIds: string[];
}

export interface MediaFolderView {
  id: string;
  name: string;
  itemCount: number;
}

export interface MediaPage {
  items: MediaItemView[];
  nextCursor: string | null;
}

/**
 * Another context says that one of its resources uses media items (an article embeds a photo, a
 * homework entry attaches a sheet): whoever may read that resource (asked of its context through the
 * platform's ResourceReaders) may then see those items. Registering again replaces the resource's list.
 * An author uses only their own items, items of the library of the class the resource belongs to
 * (`classId`, when the author may read that library), and items the resource already used: seeing an
 * item through another resource never lets anyone pass it on. Items of `previous` (the resource's list
 * before this change) that no longer exist are dropped without complaint. Joins the caller's unit of work.
 * → { mediaIds } the items now registered, in order.
 */
export class RegisterMediaUsageCommand extends Command<{ mediaIds: string[] }> {
  constructor(
    readonly actorId: string,
    readonly usage: MediaUsage,
    readonly mediaIds: string[],
    readonly options: { classId?: string; previous?: readonly string[] } = {},
  ) {
    super();
  }
}

/** The resource is gone: its media items lose that usage. → void */
export class ReleaseMediaUsageCommand extends Command<void> {
  constructor(readonly usage: MediaUsage) {
    super();
  }
}

/** A resource of another context that uses media items. */
export interface MediaUsage {
  context: MediaUsageContext;
  resourceId: string;
}

/**
 * The kind of resource, named after the context that owns it ('publication', 'messaging'): each such context
 * says in its descriptor how to ask "may P read resource R?" (the platform's ResourceReaders); a kind nobody
 * registered is read by nobody.
 */
export type MediaUsageContext = string;

/**
 * The media items registered as used by these resources, as `viewerId` sees them (fresh signed links;
 * the original only for its owner). The asking context vouches that the viewer may read each of these
 * resources: it has checked before asking. → Record<resourceId, MediaItemView[]> (in registration order)
 */
export class ViewResourceMediaQuery extends Query<Record<string, MediaItemView[]>> {
  constructor(
    readonly viewerId: string,
    readonly context: MediaUsageContext,
    readonly resourceIds: string[],
  ) {
    super();
  }
}

export * from './events';
