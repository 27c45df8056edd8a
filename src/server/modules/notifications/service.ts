import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection';
import { notifications } from '../../db/schema';

export interface NotificationInput {
  workspaceId: string;
  userIds: string[];
  matterId?: string | null;
  /** assigned | reminder | warning | notice | notice_due | returned | closeout_requested … */
  kind: string;
  title: string;
  body?: string;
}

/** In-app notifications, written in the caller's transaction. */
export async function notify(tx: DbOrTx, n: NotificationInput): Promise<number> {
  const users = [...new Set(n.userIds)];
  if (users.length === 0) return 0;
  await tx.insert(notifications).values(
    users.map((userId) => ({
      workspaceId: n.workspaceId,
      userId,
      matterId: n.matterId ?? null,
      kind: n.kind,
      title: n.title,
      body: n.body ?? '',
    })),
  );
  return users.length;
}

/**
 * Notifies the users a query selects (one `user_id` column), in the same statement: a write
 * that tells a unit's liaisons costs one round trip, not two.
 */
export async function notifyWho(
  tx: DbOrTx,
  recipients: SQL,
  n: Omit<NotificationInput, 'userIds'>,
): Promise<void> {
  await tx.execute(sql`insert into notifications (workspace_id, user_id, matter_id, kind, title, body)
    select distinct ${n.workspaceId}::uuid, r.user_id, ${n.matterId ?? null}::uuid, ${n.kind},
      ${n.title}, ${n.body ?? ''}
    from (${recipients}) r`);
}

export async function listNotifications(
  db: DbOrTx,
  ws: string,
  userId: string,
  o: { unreadOnly: boolean; limit: number },
) {
  const where = and(
    eq(notifications.workspaceId, ws),
    eq(notifications.userId, userId),
    o.unreadOnly ? isNull(notifications.readAt) : undefined,
  );
  const items = await db
    .select()
    .from(notifications)
    .where(where)
    .orderBy(desc(notifications.createdAt))
    .limit(o.limit);
  const [unread] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(
      and(
        eq(notifications.workspaceId, ws),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
      ),
    );
  return { items, unread: Number(unread?.n ?? 0) };
}

/** Marks one (or, without id, all) of the user's notifications read; returns how many changed. */
export async function markRead(
  db: DbOrTx,
  ws: string,
  userId: string,
  id?: string,
): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.workspaceId, ws),
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        id ? eq(notifications.id, id) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

export async function ownsNotification(db: DbOrTx, ws: string, userId: string, id: string) {
  const [row] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        eq(notifications.workspaceId, ws),
        eq(notifications.userId, userId),
        eq(notifications.id, id),
      ),
    );
  return !!row;
}
