import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { workspaces } from './foundation';

/**
 * Long exports run as jobs off the request path (src/server/exports/): the person sees their
 * progress and downloads the file when it is ready.
 */
export const exportJobs = pgTable(
  'export_jobs',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    /** What to export and the caller's scope at the time of asking. */
    params: jsonb('params').notNull(),
    status: text('status').notNull().default('queued'),
    done: integer('done').notNull().default(0),
    total: integer('total'),
    fileName: text('file_name'),
    error: text('error'),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('export_jobs_queued_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'queued'`),
    index('export_jobs_user_idx').on(t.workspaceId, t.userId, t.createdAt),
  ],
);
