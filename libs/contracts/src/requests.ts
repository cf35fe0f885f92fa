/**
 * What a client sends, as types derived from the request schemas: one definition, so that the web app
 * cannot drift from what the server validates. Type-only (`export type *` in index.ts): the web app
 * imports these without bundling zod. `z.input`, not the parsed output: a field with a default is
 * optional for the sender. The requests whose interfaces the contexts already publish (LoginRequest,
 * SaveDraftRequest…) are not repeated here; their schemas are checked against them.
 */
import type { z } from 'zod';
import type { importQuerySchema, listUsersQuerySchema, printQuerySchema } from './administration/schemas';
import type {
  createGroupRequestSchema,
  requestPartnershipSchema,
  schoolSwitchesRequestSchema,
  updateGroupRequestSchema,
} from './directory/schemas';
import type {
  createLinkRequestSchema,
  folderRequestSchema,
  listMediaQuerySchema,
  shareMediaRequestSchema,
  updateMediaRequestSchema,
} from './media/schemas';
import type { listConversationsQuerySchema, recipientsQuerySchema } from './messaging/schemas';
import type {
  commentRequestSchema,
  createArticleRequestSchema,
  listArticlesQuerySchema,
  sendBackRequestSchema,
  updateArticleRequestSchema,
} from './publication/schemas';

// directory
export type SchoolSwitchesRequest = z.input<typeof schoolSwitchesRequestSchema>;
export type PartnershipRequest = z.input<typeof requestPartnershipSchema>;
export type CreateGroupRequest = z.input<typeof createGroupRequestSchema>;
export type UpdateGroupRequest = z.input<typeof updateGroupRequestSchema>;
// (CreateSchoolRequest, UpdateSchoolRequest, CreateClassRequest, UpdateClassRequest, MovePupilsRequest and
// CreateStaffRequest are published as interfaces in directory/structures.ts; their schemas satisfy them.)

// administration
/** The query string of POST /admin/schools/:schoolId/imports. */
export type ImportQuery = z.input<typeof importQuerySchema>;
/** The query string of GET /admin/users. */
export type ListUsersQuery = z.input<typeof listUsersQuerySchema>;
/** The query string of the printable PDFs. */
export type PrintQuery = z.input<typeof printQuerySchema>;

// media
export type CreateLinkRequest = z.input<typeof createLinkRequestSchema>;
export type UpdateMediaRequest = z.input<typeof updateMediaRequestSchema>;
export type FolderRequest = z.input<typeof folderRequestSchema>;
export type ShareMediaRequest = z.input<typeof shareMediaRequestSchema>;
/** The query string of `GET /media`. */
export type ListMediaQuery = z.input<typeof listMediaQuerySchema>;

// messaging
/** The query string of `GET /messaging/conversations`. */
export type ListConversationsQuery = z.input<typeof listConversationsQuerySchema>;
export type RecipientsQuery = z.input<typeof recipientsQuerySchema>;

// publication
export type CreateArticleRequest = z.input<typeof createArticleRequestSchema>;
export type UpdateArticleRequest = z.input<typeof updateArticleRequestSchema>;
/** The query string of `GET /classes/:classId/blog`. */
export type ListArticlesQuery = z.input<typeof listArticlesQuerySchema>;
export type SendBackRequest = z.input<typeof sendBackRequestSchema>;
export type CommentRequest = z.input<typeof commentRequestSchema>;
