// The database schema. Every tenant-owned table carries workspace_id, and it leads the primary
// key and every foreign key, so the tables can be distributed and co-located by it (Citus).
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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

export const workspaces = pgTable('workspaces', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  demo: boolean('demo').notNull().default(false),
  createdAt: createdAt(),
});

export const units = pgTable(
  'units',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    parentId: uuid('parent_id'),
    /** Materialised path of ids, '/root/child/', for subtree scoping with a prefix match. */
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    rankingGroup: text('ranking_group'),
    /** Full pinyin and initials, for `jz` → 焦作 search; collation is C, so pinyin sorts too. */
    pinyin: text('pinyin').notNull(),
    pinyinInitials: text('pinyin_initials').notNull(),
    active: boolean('active').notNull().default(true),
    sortKey: text('sort_key').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('units_code_uq').on(t.workspaceId, t.code),
    index('units_path_idx').on(t.workspaceId, sql`${t.path} text_pattern_ops`),
    index('units_parent_idx').on(t.workspaceId, t.parentId),
    index('units_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    foreignKey({
      columns: [t.workspaceId, t.parentId],
      foreignColumns: [t.workspaceId, t.id],
      name: 'units_parent_fk',
    }),
  ],
);

export const users = pgTable(
  'users',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: uuid('id').notNull().defaultRandom(),
    /** Sign-in names are unique across the installation, so sign-in needs no workspace picker. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    unitId: uuid('unit_id').notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('users_username_uq').on(t.username),
    index('users_unit_idx').on(t.workspaceId, t.unitId),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'users_unit_fk',
    }),
  ],
);

export const roleAssignments = pgTable(
  'role_assignments',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(),
    /** The role applies to this unit and its whole subtree. */
    unitId: uuid('unit_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('role_assignments_uq').on(t.workspaceId, t.userId, t.role, t.unitId),
    // 三员分立 enforced by the database too: at most one admin role per account.
    uniqueIndex('role_assignments_one_admin_role')
      .on(t.workspaceId, t.userId)
      .where(sql`${t.role} in ('system_admin', 'security_admin', 'audit_admin')`),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
      name: 'role_assignments_user_fk',
    }),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'role_assignments_unit_fk',
    }),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a stolen database copy yields no usable session. */
    tokenHash: text('token_hash').primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sessions_user_idx').on(t.workspaceId, t.userId),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
      name: 'sessions_user_fk',
    }).onDelete('cascade'),
  ],
);

export const workspaceSettings = pgTable(
  'workspace_settings',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.key] })],
);

/**
 * Head of each workspace's sealed audit chain. Only the sealer locks it (briefly, once per
 * batch); writers never touch it, so writes do not queue behind each other.
 */
export const auditHeads = pgTable('audit_heads', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/**
 * The audit trail. A write appends a row in its own transaction with only `id` (the record
 * number people see); the sealer later gives committed rows their chain position `seq` and
 * hash in the order it finds them (src/server/audit/seal.ts).
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    seq: bigint('seq', { mode: 'number' }),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    summary: text('summary').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex('audit_events_seq_idx').on(t.workspaceId, t.seq),
    index('audit_events_unsealed_idx')
      .on(t.workspaceId, t.id)
      .where(sql`${t.seq} is null`),
    index('audit_events_at_idx').on(t.workspaceId, t.at),
    index('audit_events_actor_idx').on(t.workspaceId, t.actorId),
    index('audit_events_entity_idx').on(t.workspaceId, t.entityType, t.entityId),
  ],
);
