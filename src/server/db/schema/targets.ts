// Targets and indicators (issue 3, shared/domain.md §2). Workspace id leads every key.
import { sql } from 'drizzle-orm';
import {
  boolean,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { units, users, workspaces } from './foundation';

export const indicators = pgTable(
  'indicators',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    /** normalize.canonicalIndicatorName(name): how plan wording finds the indicator. */
    canonicalName: text('canonical_name').notNull(),
    measureUnit: text('measure_unit').notNull(),
    kind: text('kind').notNull(),
    direction: text('direction').notNull(),
    cumulative: boolean('cumulative').notNull(),
    frequency: text('frequency').notNull(),
    /** The department that reports it (市统计局 …); its liaisons may report every unit's figure. */
    reportingUnitId: uuid('reporting_unit_id'),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('indicators_canonical_uq').on(t.workspaceId, t.canonicalName),
    foreignKey({
      columns: [t.workspaceId, t.reportingUnitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'indicators_reporting_unit_fk',
    }),
  ],
);

export const targetPlans = pgTable(
  'target_plans',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    /** Whose plan: the city, or a unit with its own plan (the 示范区 of seed 002). */
    unitId: uuid('unit_id').notNull(),
    year: smallint('year').notNull(),
    title: text('title').notNull(),
    /** Where the wording comes from (a document, a speech). */
    source: text('source'),
    /** ± band for 左右 in points; null = the default (0.5 for percentages). */
    tolerance: doublePrecision('tolerance'),
    reportDueDay: smallint('report_due_day').notNull().default(10),
    yellowFrom: doublePrecision('yellow_from').notNull().default(10),
    redFrom: doublePrecision('red_from').notNull().default(30),
    notStartedMonths: smallint('not_started_months').notNull().default(3),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('target_plans_uq').on(t.workspaceId, t.unitId, t.year, t.title),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'target_plans_unit_fk',
    }),
  ],
);

/**
 * A plan target line (parent_id null, unit = the plan's unit) or its share for one unit
 * (parent_id = the plan line). One phrase of the plan (序号 seq) can hold several indicator
 * lines (line_no), as 城镇调查失业率、节能减排、CPI涨幅等完成省控目标 does.
 */
export const targets = pgTable(
  'targets',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    parentId: uuid('parent_id'),
    unitId: uuid('unit_id').notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    seq: smallint('seq').notNull(),
    lineNo: smallint('line_no').notNull().default(1),
    /** The plan's own words, kept as written. */
    wording: text('wording').notNull(),
    /** ParsedWording in force (core/targets/wording.ts). */
    parsed: jsonb('parsed').notNull(),
    /** What Luoshi read from the words, kept when a person corrects the meaning. */
    parsedAuto: jsonb('parsed_auto').notNull(),
    parsedBy: text('parsed_by').notNull().default('auto'),
    overrideReason: text('override_reason'),
    tolerance: doublePrecision('tolerance'),
    controlValue: doublePrecision('control_value'),
    referenceValues: jsonb('reference_values'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('targets_line_uq').on(t.workspaceId, t.planId, t.indicatorId, t.unitId),
    index('targets_parent_idx').on(t.workspaceId, t.parentId),
    index('targets_unit_idx').on(t.workspaceId, t.unitId),
    foreignKey({
      columns: [t.workspaceId, t.planId],
      foreignColumns: [targetPlans.workspaceId, targetPlans.id],
      name: 'targets_plan_fk',
    }),
    foreignKey({
      columns: [t.workspaceId, t.parentId],
      foreignColumns: [t.workspaceId, t.id],
      name: 'targets_parent_fk',
    }),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'targets_unit_fk',
    }),
    foreignKey({
      columns: [t.workspaceId, t.indicatorId],
      foreignColumns: [indicators.workspaceId, indicators.id],
      name: 'targets_indicator_fk',
    }),
  ],
);

/**
 * A unit's figure for an indicator and period (year, end month): reported once, reused by
 * every plan that targets it. A correction adds a row and retires the earlier one
 * (current = false), so history stays visible.
 */
export const indicatorReports = pgTable(
  'indicator_reports',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    unitId: uuid('unit_id').notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    year: smallint('year').notNull(),
    month: smallint('month').notNull(),
    value: doublePrecision('value'),
    note: text('note'),
    current: boolean('current').notNull().default(true),
    correctsId: uuid('corrects_id'),
    correctionReason: text('correction_reason'),
    reportedBy: uuid('reported_by'),
    reporterName: text('reporter_name').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
    /** Generated demo or benchmark figures, never real statistics. */
    synthetic: boolean('synthetic').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('indicator_reports_current_uq')
      .on(t.workspaceId, t.indicatorId, t.year, t.month, t.unitId)
      .where(sql`${t.current}`),
    index('indicator_reports_history_idx').on(
      t.workspaceId,
      t.unitId,
      t.indicatorId,
      t.year,
      t.month,
    ),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'indicator_reports_unit_fk',
    }),
    foreignKey({
      columns: [t.workspaceId, t.indicatorId],
      foreignColumns: [indicators.workspaceId, indicators.id],
      name: 'indicator_reports_indicator_fk',
    }),
    foreignKey({
      columns: [t.workspaceId, t.reportedBy],
      foreignColumns: [users.workspaceId, users.id],
      name: 'indicator_reports_user_fk',
    }),
  ],
);

/** A person's verdict on a target for a period (qualitative wording); history kept likewise. */
export const targetJudgements = pgTable(
  'target_judgements',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    targetId: uuid('target_id').notNull(),
    month: smallint('month').notNull(),
    verdict: text('verdict').notNull(),
    reason: text('reason').notNull(),
    current: boolean('current').notNull().default(true),
    judgedBy: uuid('judged_by'),
    judgeName: text('judge_name').notNull(),
    judgedAt: timestamp('judged_at', { withTimezone: true }).notNull().defaultNow(),
    synthetic: boolean('synthetic').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('target_judgements_current_uq')
      .on(t.workspaceId, t.targetId, t.month)
      .where(sql`${t.current}`),
    foreignKey({
      columns: [t.workspaceId, t.targetId],
      foreignColumns: [targets.workspaceId, targets.id],
      name: 'target_judgements_target_fk',
    }),
  ],
);

export type IndicatorRow = typeof indicators.$inferSelect;
export type TargetPlanRow = typeof targetPlans.$inferSelect;
export type TargetRow = typeof targets.$inferSelect;
export type IndicatorReportRow = typeof indicatorReports.$inferSelect;
export type TargetJudgementRow = typeof targetJudgements.$inferSelect;
