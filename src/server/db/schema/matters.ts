// Supervised matters (督查督办, domain.md §3): lists, matters, their time nodes, cooperating
// units, feedback reports, extensions, events (the timeline), supervision notices with their
// yearly numbering, attachments, in-app notifications and calendar overrides.
import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { units, users, workspaces } from './foundation';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
/** Dates are 'YYYY-MM-DD' strings end to end. */
const day = (name: string) => date(name, { mode: 'string' });

const OPEN = sql`status in ('assigned', 'signed_for', 'in_progress', 'closeout_requested', 'reviewed')`;

export const matterLists = pgTable(
  'matter_lists',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    source: text('source').notNull(),
    description: text('description').notNull().default(''),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

export const matters = pgTable(
  'matters',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    listId: uuid('list_id'),
    /** 序号 within the list. */
    seq: integer('seq'),
    title: text('title').notNull(),
    source: text('source').notNull(),
    leadLeader: text('lead_leader').notNull().default(''),
    leadUnitId: uuid('lead_unit_id').notNull(),
    content: text('content').notNull().default(''),
    complexity: text('complexity').notNull().default('ordinary'),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text('status').notNull().default('draft'),
    ruleCode: text('rule_code').notNull().default('13710'),
    dayKind: text('day_kind').notNull().default('natural'),
    /** Deadlines computed once at assignment (13710 steps), stored as dates. */
    deadlines: jsonb('deadlines').$type<{ key: string; labelZh: string; due: string }[]>(),
    assignedOn: day('assigned_on'),
    deployDue: day('deploy_due'),
    feedbackDue: day('feedback_due'),
    /** The final deadline (办结期限) as computed at assignment. */
    originalFinalDue: day('original_final_due'),
    /** The final deadline in force, extensions applied. */
    finalDue: day('final_due'),
    nextNodeDue: day('next_node_due'),
    /** Earliest pending deadline: the light is red before today, yellow within the window. */
    nextDue: day('next_due'),
    signedOn: day('signed_on'),
    feedbackMetOn: day('feedback_met_on'),
    lastReportOn: day('last_report_on'),
    closeoutRequestedOn: day('closeout_requested_on'),
    closedOn: day('closed_on'),
    rating: text('rating'),
    extensionPending: boolean('extension_pending').notNull().default(false),
    remindersSent: smallint('reminders_sent').notNull().default(0),
    warningsSent: smallint('warnings_sent').notNull().default(0),
    noticesSent: smallint('notices_sent').notNull().default(0),
    /** The escalation job suggested a 督办单 (it never numbers one itself). */
    noticeSuggested: boolean('notice_suggested').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({
      columns: [t.workspaceId, t.listId],
      foreignColumns: [matterLists.workspaceId, matterLists.id],
      name: 'matters_list_fk',
    }),
    foreignKey({
      columns: [t.workspaceId, t.leadUnitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'matters_lead_unit_fk',
    }),
    index('matters_list_idx').on(t.workspaceId, t.listId, t.seq),
    index('matters_lead_unit_idx').on(t.workspaceId, t.leadUnitId, t.status),
    // The board and the per-unit counts read open matters only, from this index alone
    // (list and leader included so the board's grouping needs no heap access).
    index('matters_open_idx')
      .on(t.workspaceId, t.leadUnitId, t.nextDue, t.finalDue, t.listId, t.leadLeader)
      .where(OPEN),
    // Open matters in the lists' order (next deadline first) and the light filters' ranges.
    index('matters_open_due_idx').on(t.workspaceId, t.nextDue, t.listId, t.seq).where(OPEN),
    index('matters_assigned_on_idx').on(t.workspaceId, t.assignedOn),
    index('matters_closed_on_idx').on(t.workspaceId, t.closedOn),
    index('matters_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
  ],
);

export const matterCooperators = pgTable(
  'matter_cooperators',
  {
    workspaceId: uuid('workspace_id').notNull(),
    matterId: uuid('matter_id').notNull(),
    unitId: uuid('unit_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.matterId, t.unitId] }),
    index('matter_cooperators_unit_idx').on(t.workspaceId, t.unitId),
    foreignKey({
      columns: [t.workspaceId, t.matterId],
      foreignColumns: [matters.workspaceId, matters.id],
      name: 'matter_cooperators_matter_fk',
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'matter_cooperators_unit_fk',
    }),
  ],
);

/** Time nodes (milestones with dates) of a matter. */
export const matterNodes = pgTable(
  'matter_nodes',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    matterId: uuid('matter_id').notNull(),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    due: day('due').notNull(),
    doneOn: day('done_on'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('matter_nodes_matter_idx').on(t.workspaceId, t.matterId, t.seq),
    index('matter_nodes_due_idx').on(t.workspaceId, t.due),
    foreignKey({
      columns: [t.workspaceId, t.matterId],
      foreignColumns: [matters.workspaceId, matters.id],
      name: 'matter_nodes_matter_fk',
    }).onDelete('cascade'),
  ],
);

/** Feedback reports: written once, read by every view. */
export const matterReports = pgTable(
  'matter_reports',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    matterId: uuid('matter_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull(),
    reportedOn: day('reported_on').notNull(),
    content: text('content').notNull(),
    /** Share done, 0-100, when the unit gives one. */
    percent: smallint('percent'),
    /** Reported by a cooperating unit rather than the lead unit. */
    cooperating: boolean('cooperating').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('matter_reports_matter_idx').on(t.workspaceId, t.matterId, t.createdAt),
    foreignKey({
      columns: [t.workspaceId, t.matterId],
      foreignColumns: [matters.workspaceId, matters.id],
      name: 'matter_reports_matter_fk',
    }),
  ],
);

export const matterExtensions = pgTable(
  'matter_extensions',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    matterId: uuid('matter_id').notNull(),
    requestedBy: uuid('requested_by'),
    requestedByName: text('requested_by_name').notNull(),
    requestedOn: day('requested_on').notNull(),
    reason: text('reason').notNull(),
    requestedDue: day('requested_due').notNull(),
    /** pending | granted | refused */
    status: text('status').notNull().default('pending'),
    decidedByName: text('decided_by_name'),
    decidedOn: day('decided_on'),
    decisionReason: text('decision_reason'),
    grantedDue: day('granted_due'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('matter_extensions_matter_idx').on(t.workspaceId, t.matterId),
    foreignKey({
      columns: [t.workspaceId, t.matterId],
      foreignColumns: [matters.workspaceId, matters.id],
      name: 'matter_extensions_matter_fk',
    }),
  ],
);

/** Every step of a matter's life, for its timeline (reports are read from matter_reports). */
export const matterEvents = pgTable(
  'matter_events',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    matterId: uuid('matter_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    onDate: day('on_date').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    note: text('note'),
    detail: jsonb('detail'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('matter_events_matter_idx').on(t.workspaceId, t.matterId, t.at),
    foreignKey({
      columns: [t.workspaceId, t.matterId],
      foreignColumns: [matters.workspaceId, matters.id],
      name: 'matter_events_matter_fk',
    }),
  ],
);

/** Formal supervision notices (督办单), numbered per prefix and year: 焦督〔2026〕15号. */
export const supervisionNotices = pgTable(
  'supervision_notices',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    matterId: uuid('matter_id').notNull(),
    prefix: text('prefix').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    number: text('number').notNull(),
    issuedOn: day('issued_on').notNull(),
    issuedByName: text('issued_by_name').notNull(),
    requirements: text('requirements').notNull(),
    replyDue: day('reply_due').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('supervision_notices_number_uq').on(t.workspaceId, t.prefix, t.year, t.seq),
    index('supervision_notices_matter_idx').on(t.workspaceId, t.matterId),
    foreignKey({
      columns: [t.workspaceId, t.matterId],
      foreignColumns: [matters.workspaceId, matters.id],
      name: 'supervision_notices_matter_fk',
    }),
  ],
);

export const noticeCounters = pgTable(
  'notice_counters',
  {
    workspaceId: uuid('workspace_id').notNull(),
    prefix: text('prefix').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.prefix, t.year] })],
);

export const matterAttachments = pgTable(
  'matter_attachments',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    matterId: uuid('matter_id').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
    uploadedByName: text('uploaded_by_name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('matter_attachments_matter_idx').on(t.workspaceId, t.matterId),
    foreignKey({
      columns: [t.workspaceId, t.matterId],
      foreignColumns: [matters.workspaceId, matters.id],
      name: 'matter_attachments_matter_fk',
    }),
  ],
);

export const notifications = pgTable(
  'notifications',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    matterId: uuid('matter_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('notifications_user_idx').on(t.workspaceId, t.userId, t.createdAt),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
      name: 'notifications_user_fk',
    }).onDelete('cascade'),
  ],
);

/** A year's State Council notice (or a local correction) entered as data. */
export const calendarOverrides = pgTable(
  'calendar_overrides',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    date: day('date').notNull(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    name: text('name'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.date] })],
);
