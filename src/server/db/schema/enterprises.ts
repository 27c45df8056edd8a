// Enterprises and their cultivation (企业梯度培育, domain.md §5): the library, titles held,
// yearly figures with their revision history, criteria versions (rules as JSON with an
// effective date), the seed pool, ladder steps, title targets per unit, the departments that
// oversee the whole library, and problems (万人助万企) linked to supervised matters.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
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
import { createdAt, updatedAt } from './columns';
import { units, workspaces } from './foundation';

const day = (name: string) => date(name, { mode: 'string' });
const money = (name: string) => doublePrecision(name);

export const enterprises = pgTable(
  'enterprises',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    /** 统一社会信用代码, validated (GB 32100-2015) before it is stored. */
    uscc: text('uscc').notNull(),
    name: text('name').notNull(),
    formerNames: text('former_names')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    unitId: uuid('unit_id').notNull(),
    /** 国民经济行业分类 (GB/T 4754) code, e.g. C3985. */
    industryCode: text('industry_code').notNull().default(''),
    chain: text('chain').notNull().default(''),
    strategicEmerging: boolean('strategic_emerging').notNull().default(false),
    /** 'above' 规上 / 'below' 规下. */
    scale: text('scale').notNull().default('below'),
    listing: text('listing').notNull().default('unlisted'),
    registeredOn: day('registered_on'),
    contacts: jsonb('contacts')
      .$type<{ name: string; phone: string; role: string }[]>()
      .notNull()
      .default([]),
    /** 首席服务官: a person, by name (and account when they have one). */
    serviceOfficer: text('service_officer').notNull().default(''),
    serviceOfficerUserId: uuid('service_officer_user_id'),
    synthetic: boolean('synthetic').notNull().default(false),
    pinyin: text('pinyin').notNull(),
    pinyinInitials: text('pinyin_initials').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('enterprises_uscc_uq').on(t.workspaceId, t.uscc),
    index('enterprises_unit_idx').on(t.workspaceId, t.unitId),
    // The library's page order (pinyin, then id): a page is read from the index, never sorted.
    index('enterprises_page_idx').on(t.workspaceId, t.pinyin, t.id),
    // Search: character unigrams and bigrams of the name and former names (GIN), because
    // pg_trgm ignores Chinese characters in a C-locale database (the embedded PostgreSQL's);
    // prefixes of the code, pinyin and initials by btree pattern indexes.
    index('enterprises_name_grams_idx').using(
      'gin',
      sql`enterprise_name_grams(${t.name}, ${t.formerNames})`,
    ),
    index('enterprises_initials_idx').on(t.workspaceId, sql`${t.pinyinInitials} text_pattern_ops`),
    index('enterprises_pinyin_prefix_idx').on(t.workspaceId, sql`${t.pinyin} text_pattern_ops`),
    index('enterprises_uscc_prefix_idx').on(t.workspaceId, sql`${t.uscc} text_pattern_ops`),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'enterprises_unit_fk',
    }),
  ],
);

const enterpriseFk =
  (name: string) => (t: { workspaceId: AnyPgColumn; enterpriseId: AnyPgColumn }) =>
    foreignKey({
      columns: [t.workspaceId, t.enterpriseId],
      foreignColumns: [enterprises.workspaceId, enterprises.id],
      name,
    });

export const enterpriseTitles = pgTable(
  'enterprise_titles',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    enterpriseId: uuid('enterprise_id').notNull(),
    kind: text('kind').notNull(),
    /** For kind 'other', or a fuller name. */
    name: text('name').notNull().default(''),
    /** national / provincial / city. */
    level: text('level').notNull(),
    certificateNo: text('certificate_no').notNull().default(''),
    grantedOn: day('granted_on').notNull(),
    validTo: day('valid_to'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('enterprise_titles_enterprise_idx').on(t.workspaceId, t.enterpriseId),
    index('enterprise_titles_kind_idx').on(t.workspaceId, t.kind, t.grantedOn),
    enterpriseFk('enterprise_titles_enterprise_fk')(t),
  ],
);

export const enterpriseFigures = pgTable(
  'enterprise_figures',
  {
    workspaceId: uuid('workspace_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    year: integer('year').notNull(),
    revenue: money('revenue'),
    mainRevenue: money('main_revenue'),
    rdExpense: money('rd_expense'),
    rdExpenseDomestic: money('rd_expense_domestic'),
    employees: integer('employees'),
    rdStaff: integer('rd_staff'),
    stStaff: integer('st_staff'),
    debtRatio: doublePrecision('debt_ratio'),
    ipClassIHighValue: integer('ip_class_i_high_value'),
    ipClassISelf: integer('ip_class_i_self'),
    ipClassI: integer('ip_class_i'),
    ipClassII: integer('ip_class_ii'),
    ipMainProductClassI: integer('ip_main_product_class_i'),
    equityFinancing: money('equity_financing'),
    yearsInNiche: doublePrecision('years_in_niche'),
    marketShare: doublePrecision('market_share'),
    highTechIncomeShare: doublePrecision('high_tech_income_share'),
    zjtxScores: jsonb('zjtx_scores').$type<{
      specialisation: number;
      refinement: number;
      characteristic: number;
      innovation: number;
    } | null>(),
    htInnovationScore: doublePrecision('ht_innovation_score'),
    flags: text('flags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.enterpriseId, t.year] }),
    index('enterprise_figures_year_idx').on(t.workspaceId, t.year),
    enterpriseFk('enterprise_figures_enterprise_fk')(t),
  ],
);

/** Every change of a year's figures, before and after (the page shows the history). */
export const enterpriseFigureRevisions = pgTable(
  'enterprise_figure_revisions',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    enterpriseId: uuid('enterprise_id').notNull(),
    year: integer('year').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorName: text('actor_name').notNull(),
    source: text('source').notNull(),
    before: jsonb('before'),
    after: jsonb('after').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('enterprise_figure_revisions_idx').on(t.workspaceId, t.enterpriseId, t.year),
    enterpriseFk('enterprise_figure_revisions_enterprise_fk')(t),
  ],
);

/** Criteria as data; the shipped 2022 set lives in code (core/enterprises/criteria-2022). */
export const criteriaVersions = pgTable(
  'criteria_versions',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    titleKind: text('title_kind').notNull(),
    name: text('name').notNull(),
    source: text('source').notNull(),
    effectiveFrom: day('effective_from').notNull(),
    params: jsonb('params').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('criteria_versions_uq').on(t.workspaceId, t.titleKind, t.effectiveFrom),
  ],
);

/** 种子企业培育库: one entry per enterprise and year. */
export const seedPool = pgTable(
  'enterprise_seed_pool',
  {
    workspaceId: uuid('workspace_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    year: integer('year').notNull(),
    /** near_miss (from the evaluation) or manual. */
    source: text('source').notNull(),
    targetKind: text('target_kind').notNull(),
    note: text('note').notNull().default(''),
    addedBy: text('added_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.enterpriseId, t.year] }),
    enterpriseFk('enterprise_seed_pool_enterprise_fk')(t),
  ],
);

/** Ladder steps (个转企 → 小升规 → 规改股 → 股上市) with the date each was reached. */
export const ladderSteps = pgTable(
  'enterprise_ladder_steps',
  {
    workspaceId: uuid('workspace_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    step: text('step').notNull(),
    reachedOn: day('reached_on').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.enterpriseId, t.step] }),
    index('enterprise_ladder_steps_step_idx').on(t.workspaceId, t.step, t.reachedOn),
    enterpriseFk('enterprise_ladder_steps_enterprise_fk')(t),
  ],
);

/** Yearly targets per unit: new 规上 enterprises, new 高新技术企业, new 专精特新. */
export const cultivationTargets = pgTable(
  'enterprise_cultivation_targets',
  {
    workspaceId: uuid('workspace_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    year: integer('year').notNull(),
    metric: text('metric').notNull(),
    target: integer('target').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.unitId, t.year, t.metric] }),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'enterprise_cultivation_targets_unit_fk',
    }),
  ],
);

/** Departments that oversee the whole library (市工信局, 市科技局): their liaisons see every enterprise. */
export const enterpriseDepartments = pgTable(
  'enterprise_departments',
  {
    workspaceId: uuid('workspace_id').notNull(),
    unitId: uuid('unit_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.unitId] }),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'enterprise_departments_unit_fk',
    }),
  ],
);

/** A problem an enterprise raised (万人助万企) and the supervised matter it became. */
export const enterpriseMatters = pgTable(
  'enterprise_matters',
  {
    workspaceId: uuid('workspace_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    matterId: uuid('matter_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.enterpriseId, t.matterId] }),
    index('enterprise_matters_matter_idx').on(t.workspaceId, t.matterId),
    enterpriseFk('enterprise_matters_enterprise_fk')(t),
  ],
);

/**
 * Key industry chains (链长制, "双长制", seed 001; seed 000's "3+13+N"): each has a government
 * chain leader and an industry-alliance chain leader (an enterprise). Enterprises and projects
 * belong to a chain by its name (their `chain` text) or one of its aliases, so the chains can
 * be set up after the library without touching its rows.
 */
export const industryChains = pgTable(
  'industry_chains',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    /** Other names the same chain has in project or enterprise rows (高端装备 for 装备制造). */
    aliases: text('aliases')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    governmentLeader: text('government_leader').notNull().default(''),
    governmentLeaderPost: text('government_leader_post').notNull().default(''),
    allianceLeaderId: uuid('alliance_leader_id'),
    sortKey: integer('sort_key').notNull().default(0),
    synthetic: boolean('synthetic').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('industry_chains_name_uq').on(t.workspaceId, t.name),
    foreignKey({
      columns: [t.workspaceId, t.allianceLeaderId],
      foreignColumns: [enterprises.workspaceId, enterprises.id],
      name: 'industry_chains_alliance_leader_fk',
    }),
  ],
);

/**
 * Stored results of an evaluation run (a background job): per enterprise, year, title and the
 * criteria version applied, so a later version never rewrites what an earlier run said.
 */
export const evaluationResults = pgTable(
  'enterprise_evaluation_results',
  {
    workspaceId: uuid('workspace_id').notNull(),
    enterpriseId: uuid('enterprise_id').notNull(),
    year: integer('year').notNull(),
    titleKind: text('title_kind').notNull(),
    /** A stored version's id, or builtin-<kind> for a shipped one. */
    criteriaVersionId: text('criteria_version_id').notNull(),
    outcome: text('outcome').notNull(),
    score: doublePrecision('score'),
    gaps: jsonb('gaps').$type<string[]>().notNull(),
    jobId: uuid('job_id'),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({
      name: 'enterprise_evaluation_results_pk',
      columns: [t.workspaceId, t.year, t.titleKind, t.criteriaVersionId, t.enterpriseId],
    }),
    index('enterprise_evaluation_results_enterprise_idx').on(t.workspaceId, t.enterpriseId),
    enterpriseFk('enterprise_evaluation_results_enterprise_fk')(t),
  ],
);

/**
 * Outcome counts of the latest run per unit, year, title and criteria version. Results rows
 * are stored only for 'qualifies' and 'nearly' (the lists people act on); the counts keep
 * every outcome so the totals by title stay complete and scoped by unit.
 */
export const evaluationCounts = pgTable(
  'enterprise_evaluation_counts',
  {
    workspaceId: uuid('workspace_id').notNull(),
    year: integer('year').notNull(),
    titleKind: text('title_kind').notNull(),
    criteriaVersionId: text('criteria_version_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    outcome: text('outcome').notNull(),
    n: integer('n').notNull(),
    jobId: uuid('job_id'),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({
      name: 'enterprise_evaluation_counts_pk',
      columns: [t.workspaceId, t.year, t.titleKind, t.criteriaVersionId, t.unitId, t.outcome],
    }),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'enterprise_evaluation_counts_unit_fk',
    }),
  ],
);
