import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/canonical-json';

/** The chain starts from this value in every workspace. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditHashInput {
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

/** hash_n = SHA-256(hash_{n-1} + canonical record n): editing or deleting a record breaks it. */
export function auditHash(prevHash: string, e: AuditHashInput): string {
  const body = canonicalJson({
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
