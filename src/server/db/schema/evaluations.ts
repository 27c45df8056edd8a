// Evaluations (考核评价, issue 13, shared/domain.md §6). A scheme is versioned: each version
// holds its whole definition (tree, adjustments, units) and is never changed, so results of
// an earlier version stay as they were. Manual scores carry a reason and keep their history.
import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { units, workspaces } from './foundation';

export const evaluationSchemes = pgTable(
  'evaluation_schemes',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    /** The unit that runs the evaluation; its supervisors manage the scheme. */
    organiserUnitId: uuid('organiser_unit_id').notNull(),
    /** Where the scheme comes from (a document number, a meeting). */
    source: text('source').notNull().default(''),
    /** The period results are shown for unless another is asked: 'YYYY-MM' (year to date). */
    defaultPeriod: text('default_period').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('evaluation_schemes_code_uq').on(t.workspaceId, t.code),
    foreignKey({
      columns: [t.workspaceId, t.organiserUnitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'evaluation_schemes_organiser_fk',
    }),
  ],
);

export const evaluationSchemeVersions = pgTable(
  'evaluation_scheme_versions',
  {
    workspaceId: uuid('workspace_id').notNull(),
    schemeId: uuid('scheme_id').notNull(),
    version: integer('version').notNull(),
    /** SchemeDefinition (core/evaluations/types.ts) plus the units: { unitId, group }[]. */
    definition: jsonb('definition').notNull(),
    note: text('note').notNull().default(''),
    createdByName: text('created_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.schemeId, t.version] }),
    foreignKey({
      columns: [t.workspaceId, t.schemeId],
      foreignColumns: [evaluationSchemes.workspaceId, evaluationSchemes.id],
      name: 'evaluation_scheme_versions_scheme_fk',
    }),
  ],
);

/**
 * A manual score (or manual value of a bonus/penalty/veto item) for one unit, item and period.
 * A change adds a row and retires the earlier one (current = false).
 */
export const evaluationManualScores = pgTable(
  'evaluation_manual_scores',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    schemeId: uuid('scheme_id').notNull(),
    itemKey: text('item_key').notNull(),
    period: text('period').notNull(),
    unitId: uuid('unit_id').notNull(),
    value: doublePrecision('value').notNull(),
    reason: text('reason').notNull(),
    /** What supports it: a document number, an inspection record, a link. */
    evidence: text('evidence').notNull().default(''),
    current: boolean('current').notNull().default(true),
    enteredBy: uuid('entered_by'),
    enteredByName: text('entered_by_name').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('evaluation_manual_scores_current_uq')
      .on(t.workspaceId, t.schemeId, t.period, t.itemKey, t.unitId)
      .where(sql`${t.current}`),
    index('evaluation_manual_scores_scheme_idx').on(t.workspaceId, t.schemeId, t.period),
    foreignKey({
      columns: [t.workspaceId, t.schemeId],
      foreignColumns: [evaluationSchemes.workspaceId, evaluationSchemes.id],
      name: 'evaluation_manual_scores_scheme_fk',
    }),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'evaluation_manual_scores_unit_fk',
    }),
  ],
);

export type EvaluationSchemeRow = typeof evaluationSchemes.$inferSelect;
export type EvaluationVersionRow = typeof evaluationSchemeVersions.$inferSelect;
