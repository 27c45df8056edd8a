import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { auditEvents, auditHeads, workspaces } from '../db/schema';
import { auditHash, GENESIS_HASH } from './chain';

export interface VerifyProblem {
  workspaceCode: string;
  seq: number;
  problem: string;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  problems: VerifyProblem[];
}

const BATCH = 2000;

/**
 * Walks every workspace's chain in order and reports each record whose content no longer
 * matches its hash, each gap (a deleted record) and a head that does not match the last record.
 */
export async function verifyAuditChain(db: Db, workspaceId?: string): Promise<VerifyResult> {
  const problems: VerifyProblem[] = [];
  let checked = 0;
  const all = await db.select().from(workspaces);
  for (const ws of all.filter((w) => !workspaceId || w.id === workspaceId)) {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let lastSeq = 0;
    for (;;) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.workspaceId, ws.id), gt(auditEvents.seq, lastSeq)))
        .orderBy(asc(auditEvents.seq))
        .limit(BATCH);
      for (const r of rows) {
        checked++;
        if (r.seq !== expectedSeq) {
          problems.push({
            workspaceCode: ws.code,
            seq: r.seq,
            problem: `records ${expectedSeq}..${r.seq - 1} are missing (deleted)`,
          });
        } else if (r.prevHash !== prevHash) {
          problems.push({
            workspaceCode: ws.code,
            seq: r.seq,
            problem: 'link to the previous record is broken',
          });
        }
        if (auditHash(r.prevHash, r) !== r.hash) {
          problems.push({
            workspaceCode: ws.code,
            seq: r.seq,
            problem: 'content does not match its hash (altered)',
          });
        }
        prevHash = r.hash;
        expectedSeq = r.seq + 1;
        lastSeq = r.seq;
      }
      if (rows.length < BATCH) break;
    }
    const [head] = await db.select().from(auditHeads).where(eq(auditHeads.workspaceId, ws.id));
    if (head && (head.seq !== lastSeq || head.hash !== prevHash)) {
      problems.push({
        workspaceCode: ws.code,
        seq: head.seq,
        problem: `the chain ends at record ${lastSeq} but its head says ${head.seq} (records deleted at the end)`,
      });
    }
  }
  return { ok: problems.length === 0, checked, problems };
}
