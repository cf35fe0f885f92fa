import { z } from 'zod';

/** The query string of POST /admin/schools/:schoolId/imports. */
export const importQuerySchema = z
  .object({
    dryRun: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    /** Detach the pupils the file no longer lists (the report of a dry run names them first). */
    detachLeaving: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .strict();

/** The query string of GET /admin/users. */
export const listUsersQuerySchema = z
  .object({
    schoolId: z.uuid().optional(),
    /** The people of one class: its pupils, its teachers and its pupils' parents. */
    classId: z.uuid().optional(),
    q: z.string().trim().max(100).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .strict();

/** The query string of the printable PDFs (login sheets, family letters). */
export const printQuerySchema = z.object({ classId: z.uuid().optional() }).strict();
