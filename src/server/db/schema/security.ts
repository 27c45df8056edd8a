// 三员分立: a grant or a revocation of an administrator role is a request until a second
// administrator approves it (ARCHITECTURE.md, "三员分立 rules").
import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { units, users } from './foundation';

export const adminRoleRequests = pgTable(
  'admin_role_requests',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** 'grant' or 'revoke'. */
    kind: text('kind').notNull(),
    userId: uuid('user_id').notNull(),
    role: text('role').notNull(),
    unitId: uuid('unit_id').notNull(),
    /** For a revocation: the role_assignments row to delete. */
    grantId: uuid('grant_id'),
    requestedBy: uuid('requested_by').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    /** 'pending', 'approved' or 'rejected'. */
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('admin_role_requests_pending_idx')
      .on(t.workspaceId, t.userId)
      .where(sql`${t.status} = 'pending'`),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
      name: 'admin_role_requests_user_fk',
    }),
    foreignKey({
      columns: [t.workspaceId, t.unitId],
      foreignColumns: [units.workspaceId, units.id],
      name: 'admin_role_requests_unit_fk',
    }),
  ],
);
