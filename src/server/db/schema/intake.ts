// Text intake (文本转台账): a pasted or uploaded work report, the proposals read from it, and,
// once committed, links to the plan and the matter list created from it.

import {
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Proposal } from '../../../core/intake/types';
import { createdAt, updatedAt } from './columns';
import { units, users, workspaces } from './foundation';
import { matterLists } from './matters';
import { targetPlans } from './targets';

export const intakes = pgTable(
  'intakes',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    /** The unit whose plan and list the report becomes (the supervisor's own level). */
    unitId: uuid('unit_id').notNull(),
    title: text('title').notNull(),
    planYear: integer('plan_year').notNull(),
    /** 粘贴文本, or the uploaded file's name. */
    sourceName: text('source_name').notNull(),
    /** The cleaned text every proposal span points into. */
    text: text('text').notNull(),
    /** sha256 of the cleaned text and plan year: the same report is read once. */
    textHash: text('text_hash').notNull(),
    sections: jsonb('sections')
      .$type<Array<{ title: string; level: number; start: number; end: number }>>()
      .notNull(),
    proposals: jsonb('proposals').$type<Proposal[]>().notNull(),
    /** Edits made by people (accept, edit, reject, merge, split, assign units). */
    editCount: integer('edit_count').notNull().default(0),
    extractionMs: integer('extraction_ms').notNull(),
    status: text('status').notNull().default('draft'),
    createdBy: uuid('created_by').notNull(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    planId: uuid('plan_id'),
    listId: uuid('list_id'),
    /** What the commit created: target ids and matter ids by proposal. */
    result: jsonb('result').$type<{ targetIds: string[]; matterIds: string[] }>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('intakes_text_uq').on(t.workspaceId, t.textHash),
    foreignKey({
      columns: [t.workspaceId, t.createdBy],
      foreignColumns: [users.workspaceId, users.id],
      name: 'intakes_created_by_fk',
    }),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'intakes_unit_fk',
    }),
    foreignKey({
      columns: [t.workspaceId, t.planId],
      foreignColumns: [targetPlans.workspaceId, targetPlans.id],
      name: 'intakes_plan_fk',
    }),
    foreignKey({
      columns: [t.workspaceId, t.listId],
      foreignColumns: [matterLists.workspaceId, matterLists.id],
      name: 'intakes_list_fk',
    }),
  ],
);
export type IntakeRow = typeof intakes.$inferSelect;
