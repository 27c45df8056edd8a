// Key projects and "三个一批" (domain.md §4): projects with their stage dates, programmes with
// rounds (期) and lists (签约/开工/投产 …), monthly year-to-date investment reports, and the
// problems (要素保障) raised on a project, each linked to the supervised matter it became.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt } from './columns';
import { units, workspaces } from './foundation';
import { matters } from './matters';

/** Dates are 'YYYY-MM-DD' strings end to end. */
const day = (name: string) => date(name, { mode: 'string' });
/** 万元 with two decimals, read back as a JS number. */
const wan = (name: string) => numeric(name, { precision: 14, scale: 2, mode: 'number' });

export const projects = pgTable(
  'projects',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    unitId: uuid('unit_id').notNull(),
    name: text('name').notNull(),
    owner: text('owner').notNull().default(''),
    industry: text('industry').notNull().default(''),
    chain: text('chain').notNull().default(''),
    /** provincial | city | county (省重点/市重点/县重点). */
    level: text('level').notNull(),
    totalInvestment: wan('total_investment').notNull().default(0),
    annualPlan: wan('annual_plan').notNull().default(0),
    /** The year the annual plan is for. */
    planYear: integer('plan_year').notNull(),
    periodStart: day('period_start'),
    periodEnd: day('period_end'),
    signedOn: day('signed_on'),
    startedOn: day('started_on'),
    producingOn: day('producing_on'),
    /** 达效: designed capacity or output reached. */
    performingOn: day('performing_on'),
    completedOn: day('completed_on'),
    location: text('location').notNull().default(''),
    taskForceLeader: text('task_force_leader').notNull().default(''),
    taskForceMembers: text('task_force_members').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** Demo figures invented to reproduce published totals. */
    synthetic: boolean('synthetic').notNull().default(false),
    /**
     * The latest year-to-date report of the plan year ('YYYY-MM' and 万元), kept here by every
     * write of a report or of the plan year (investment-latest.ts) so dashboards, rankings and
     * the light filter read one row per project instead of searching its monthly figures.
     */
    ytdMonth: text('ytd_month'),
    ytdCompleted: wan('ytd_completed'),
    /**
     * Every year-to-date report of the plan year, { 'YYYY-MM': 万元 }, kept with the latest one
     * (investment-latest.ts): the month-by-month trend reads one row per project (0021).
     */
    planYearReports: jsonb('plan_year_reports').$type<Record<string, number>>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'projects_unit_fk',
    }),
    index('projects_unit_idx').on(t.workspaceId, t.unitId, t.level),
    // This year's reporting projects for the light filter (a fifth of them at province scale).
    index('projects_plan_year_idx').on(t.workspaceId, t.planYear, t.ytdMonth),
    index('projects_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

export const programmes = pgTable(
  'programmes',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    /** three_batches (三个一批, lists per round) | plain (one set of lists, e.g. 灾后重建). */
    kind: text('kind').notNull(),
    description: text('description').notNull().default(''),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

export const programmeRounds = pgTable(
  'programme_rounds',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    seq: integer('seq').notNull(),
    name: text('name').notNull(),
    /** The day the round's lists were published. */
    heldOn: day('held_on').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('programme_rounds_seq_uq').on(t.workspaceId, t.programmeId, t.seq),
    foreignKey({
      columns: [t.workspaceId, t.programmeId],
      foreignColumns: [programmes.workspaceId, programmes.id],
      name: 'programme_rounds_programme_fk',
    }).onDelete('cascade'),
  ],
);

/** A project on one of a programme's lists (per round for 三个一批). */
export const programmeEntries = pgTable(
  'programme_entries',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    programmeId: uuid('programme_id').notNull(),
    roundId: uuid('round_id'),
    /** sign | start | produce | build (see core/projects/stages). */
    list: text('list').notNull(),
    projectId: uuid('project_id').notNull(),
    seq: integer('seq').notNull(),
    // The project's facts the programme's rates count, copied here by triggers (migration
    // 0017: on insert from the project, and on every change of the project), so counting a
    // programme reads its entries alone instead of joining each to its project.
    unitId: uuid('unit_id'),
    level: text('level'),
    signedOn: day('signed_on'),
    startedOn: day('started_on'),
    producingOn: day('producing_on'),
    performingOn: day('performing_on'),
    completedOn: day('completed_on'),
    planYear: integer('plan_year'),
    annualPlan: wan('annual_plan'),
    ytdMonth: text('ytd_month'),
    ytdCompleted: wan('ytd_completed'),
    planYearReports: jsonb('plan_year_reports').$type<Record<string, number>>(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('programme_entries_uq').on(
      t.workspaceId,
      t.programmeId,
      t.roundId,
      t.list,
      t.projectId,
    ),
    index('programme_entries_project_idx').on(t.workspaceId, t.projectId),
    foreignKey({
      columns: [t.workspaceId, t.programmeId],
      foreignColumns: [programmes.workspaceId, programmes.id],
      name: 'programme_entries_programme_fk',
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.roundId],
      foreignColumns: [programmeRounds.workspaceId, programmeRounds.id],
      name: 'programme_entries_round_fk',
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.projectId],
      foreignColumns: [projects.workspaceId, projects.id],
      name: 'programme_entries_project_fk',
    }),
  ],
);

/** Year-to-date completed investment for one month, reported once by the project's unit. */
export const projectInvestments = pgTable(
  'project_investments',
  {
    workspaceId: uuid('workspace_id').notNull(),
    projectId: uuid('project_id').notNull(),
    /** 'YYYY-MM'. */
    month: text('month').notNull(),
    ytdCompleted: wan('ytd_completed').notNull(),
    reportedBy: uuid('reported_by'),
    reportedByName: text('reported_by_name').notNull(),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.projectId, t.month] }),
    foreignKey({
      columns: [t.workspaceId, t.projectId],
      foreignColumns: [projects.workspaceId, projects.id],
      name: 'project_investments_project_fk',
    }).onDelete('cascade'),
  ],
);

/** A problem needing help (要素保障), supervised as a matter. */
export const projectProblems = pgTable(
  'project_problems',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    projectId: uuid('project_id').notNull(),
    /** land | funds | approval | power | demolition | other. */
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    matterId: uuid('matter_id').notNull(),
    raisedBy: uuid('raised_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('project_problems_project_idx').on(t.workspaceId, t.projectId),
    uniqueIndex('project_problems_matter_uq').on(t.workspaceId, t.matterId),
    foreignKey({
      columns: [t.workspaceId, t.projectId],
      foreignColumns: [projects.workspaceId, projects.id],
      name: 'project_problems_project_fk',
    }),
    foreignKey({
      columns: [t.workspaceId, t.matterId],
      foreignColumns: [matters.workspaceId, matters.id],
      name: 'project_problems_matter_fk',
    }),
  ],
);

/** Per-workspace rules for the missing-report light (configurable, domain.md preamble). */
export const projectSettings = pgTable('project_settings', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id),
  yellowAfterDays: integer('yellow_after_days').notNull().default(5),
  redAfterDays: integer('red_after_days').notNull().default(15),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
