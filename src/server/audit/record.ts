import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../db/connection';
import { auditEvents, auditHeads } from '../db/schema';
import { auditHash, GENESIS_HASH } from './chain';

/** Who is acting: a signed-in person, or the system itself (seeding, jobs). */
export interface Actor {
  workspaceId: string;
  userId: string | null;
  name: string;
  ip: string | null;
}

export interface AuditEventInput {
  action: string;
  entityType: string;
  entityId?: string | null;
  /** One line a person reads in the audit list, in Chinese. */
  summary: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one event to the workspace's hash chain inside the caller's transaction, so the
 * audit record exists exactly when the write it describes does. Locking the head row
 * serialises appends per workspace (PostgreSQL); PGlite is serial anyway.
 */
export async function recordAudit(tx: Tx, actor: Actor, event: AuditEventInput): Promise<void> {
  const heads = await tx
    .select()
    .from(auditHeads)
    .where(eq(auditHeads.workspaceId, actor.workspaceId))
    .for('update');
  const head = heads[0] ?? { seq: 0, hash: GENESIS_HASH };
  // Milliseconds only: the column keeps 3 digits, and the hash must survive a round trip.
  const at = new Date(Math.floor(Date.now()));
  const row = {
    workspaceId: actor.workspaceId,
    seq: head.seq + 1,
    at,
    actorId: actor.userId,
    actorName: actor.name,
    ip: actor.ip,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    summary: event.summary,
    // Store what jsonb will give back (undefined dropped, dates as strings) so verify agrees.
    before: roundTrip(event.before),
    after: roundTrip(event.after),
  };
  const hash = auditHash(head.hash, row);
  await tx.insert(auditEvents).values({ ...row, prevHash: head.hash, hash });
  await tx
    .insert(auditHeads)
    .values({ workspaceId: actor.workspaceId, seq: row.seq, hash })
    .onConflictDoUpdate({
      target: auditHeads.workspaceId,
      set: { seq: sql`excluded.seq`, hash: sql`excluded.hash` },
    });
}

function roundTrip(value: unknown): unknown {
  return value === null || value === undefined ? null : JSON.parse(JSON.stringify(value));
}
