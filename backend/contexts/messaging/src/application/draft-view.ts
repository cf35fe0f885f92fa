import { type DraftView, ErrorCodes, type ParticipantView } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import type { Draft } from '../domain';
import { namedOnly } from './participant-views';

export const noSuchDraft = () => new DomainError(ErrorCodes.NOT_FOUND, 'No such draft.');

/** A draft as its author sees it; recipients who are no longer known drop out of the list shown. */
export function draftView(draft: Draft, people: readonly ParticipantView[]): DraftView {
  return {
    id: draft.id,
    recipients: namedOnly(draft.recipientIds, people),
    subject: draft.subject,
    body: draft.body,
    attachmentIds: draft.attachmentIds,
    updatedAt: draft.updatedAt.toISOString(),
  };
}
