import type { Tx } from '../db/connection';
import { auditEvents } from '../db/schema';

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
 * Appends one event inside the caller's transaction, so the audit record exists exactly when
 * the write it describes does. It takes no lock: the sealer (seal.ts) chains committed
 * records afterwards, hashing exactly what was stored.
 */
export async function recordAudit(tx: Tx, actor: Actor, event: AuditEventInput): Promise<void> {
  await tx.insert(auditEvents).values({
    workspaceId: actor.workspaceId,
    at: new Date(),
    actorId: actor.userId,
    actorName: actor.name,
    ip: actor.ip,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    summary: event.summary,
    before: event.before ?? null,
    after: event.after ?? null,
  });
}
