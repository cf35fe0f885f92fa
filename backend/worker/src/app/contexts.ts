import { DIRECTORY_CONTEXT } from '@preau/directory';
import { IDENTITY_CONTEXT } from '@preau/identity';
import { MEDIA_CONTEXT } from '@preau/media';
import { MESSAGING_CONTEXT } from '@preau/messaging';
import type { ContextDescriptor } from '@preau/platform';
import { PUBLICATION_CONTEXT } from '@preau/publication';
import { ADMINISTRATION_CONTEXT } from '@preau/administration';

/** The bounded contexts the worker runs (their consumers and background work): adding a context adds one line here (and one in the api's list). */
export const CONTEXTS: readonly ContextDescriptor[] = [
  IDENTITY_CONTEXT,
  DIRECTORY_CONTEXT,
  MEDIA_CONTEXT,
  PUBLICATION_CONTEXT,
  MESSAGING_CONTEXT,
  ADMINISTRATION_CONTEXT,
];
