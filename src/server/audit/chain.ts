import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/canonical-json';

/** The chain starts from this value in every workspace. */
export const GENESIS_HASH = '0'.repeat(64);

/** A stored audit record as read back from the database (what the hash covers). */
export interface AuditHashInput {
  id: number;
  seq: number;
  at: Date;
  actorId: string | null;
  actorName: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
}

/**
 * hash_n = SHA-256(hash_{n-1} + canonical record n): editing, deleting or inserting a record
 * breaks the chain. It is computed over the row as read back from the database, so it covers
 * exactly what is stored (a string the database normalised cannot make it disagree).
 */
export function auditHash(prevHash: string, e: AuditHashInput): string {
  const body = canonicalJson({
    id: e.id,
    seq: e.seq,
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName,
    ip: e.ip,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    summary: e.summary,
    before: e.before ?? null,
    after: e.after ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
