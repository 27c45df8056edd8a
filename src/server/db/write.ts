import type { Db, Tx } from './connection';
import { recordAudit, type Actor, type AuditEventInput } from '../audit/record';

export type Audit = (event: AuditEventInput) => Promise<void>;

/**
 * One transaction per write, with the audit record in the same transaction: either the
 * change and its audit event are both saved, or neither is.
 */
export async function writeTx<T>(
  db: Db,
  actor: Actor,
  work: (tx: Tx, audit: Audit) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => work(tx, (event) => recordAudit(tx, actor, event)));
}
