import { and, asc, eq, gt, isNotNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/connection';
import { auditEvents, auditHeads, workspaces } from '../db/schema';
import type { ReadAnchor } from './anchors';
import { auditHash, GENESIS_HASH } from './chain';

export interface VerifyProblem {
  workspaceCode: string;
  /** The record number people see in the audit list, when the record still exists. */
  record: number | null;
  /** Position in the sealed chain. */
  seq: number;
  problem: string;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** Records written but not sealed yet (the sealer runs every fraction of a second). */
  pending: number;
  /** Age in seconds of the oldest pending record, or null. */
  pendingOldestSeconds: number | null;
  anchorsChecked: number;
  problems: VerifyProblem[];
}

const BATCH = 2000;

/**
 * Walks every workspace's sealed chain in order and reports each record whose content no
 * longer matches its hash, each gap (a deleted record), a head that does not match the last
 * record, and every difference from the signed anchors kept outside the database (a chain
 * rewritten from some record on, its tail deleted, or all of it deleted).
 */
export async function verifyAuditChain(
  db: Db,
  opts: { workspaceId?: string; anchors?: ReadAnchor[] } = {},
): Promise<VerifyResult> {
  // One snapshot for the records and the head: read apart, a seal committed between the two
  // reads looked like records deleted at the end of the chain.
  return db.transaction((tx) => verifyIn(tx, opts), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
}

async function verifyIn(
  db: Tx,
  opts: { workspaceId?: string; anchors?: ReadAnchor[] },
): Promise<VerifyResult> {
  const problems: VerifyProblem[] = [];
  let checked = 0;
  let anchorsChecked = 0;
  const all = await db.select().from(workspaces);
  for (const ws of all.filter((w) => !opts.workspaceId || w.id === opts.workspaceId)) {
    const problem = (seq: number, record: number | null, text: string) =>
      problems.push({ workspaceCode: ws.code, seq, record, problem: text });
    const anchors = (opts.anchors ?? []).filter((a) => a.workspaceId === ws.id || !a.valid);
    const anchored = new Map<number, ReadAnchor[]>();
    for (const a of anchors) {
      if (!a.valid) {
        problem(0, null, `anchor file line ${a.line} was altered (signature does not match)`);
        continue;
      }
      anchored.set(a.seq, [...(anchored.get(a.seq) ?? []), a]);
    }
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let lastSeq = 0;
    for (;;) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(
          and(
            eq(auditEvents.workspaceId, ws.id),
            isNotNull(auditEvents.seq),
            gt(auditEvents.seq, lastSeq),
          ),
        )
        .orderBy(asc(auditEvents.seq))
        .limit(BATCH);
      for (const r of rows) {
        const seq = r.seq!;
        checked++;
        if (seq !== expectedSeq) {
          problem(
            expectedSeq,
            null,
            `records at chain positions ${expectedSeq}..${seq - 1} are missing (deleted)`,
          );
        } else if (r.prevHash !== prevHash) {
          problem(seq, r.id, 'link to the previous record is broken');
        }
        if (auditHash(r.prevHash ?? '', { ...r, seq }) !== r.hash) {
          problem(seq, r.id, 'content does not match its hash (altered)');
        }
        for (const a of anchored.get(seq) ?? []) {
          anchorsChecked++;
          if (a.hash !== r.hash) {
            problem(
              seq,
              r.id,
              `differs from the anchor of ${a.at}: the chain was rewritten from here or earlier`,
            );
          }
        }
        anchored.delete(seq);
        prevHash = r.hash!;
        expectedSeq = seq + 1;
        lastSeq = seq;
      }
      if (rows.length < BATCH) break;
    }
    const [head] = await db.select().from(auditHeads).where(eq(auditHeads.workspaceId, ws.id));
    if (head && (head.seq !== lastSeq || head.hash !== prevHash)) {
      problem(
        head.seq,
        null,
        `the chain ends at position ${lastSeq} but its head says ${head.seq} (records deleted at the end, or the head rewritten)`,
      );
    } else if (!head && lastSeq > 0) {
      problem(lastSeq, null, 'the chain head is missing');
    }
    // Anchors past the end: records that existed when the anchor was signed are gone.
    for (const [seq, list] of anchored) {
      anchorsChecked += list.length;
      problem(
        seq,
        null,
        `the anchor of ${list[0]!.at} saw ${seq} records, the chain has ${lastSeq}: records were deleted`,
      );
    }
  }
  const pending = await db.execute<{ n: number; oldest: string | null }>(
    sql`select count(*)::int as n, min(at) as oldest from audit_events
        where seq is null ${opts.workspaceId ? sql`and workspace_id = ${opts.workspaceId}` : sql``}`,
  );
  const p = pending.rows[0];
  return {
    ok: problems.length === 0,
    checked,
    pending: p?.n ?? 0,
    pendingOldestSeconds: p?.oldest
      ? Math.round((Date.now() - new Date(p.oldest).getTime()) / 1000)
      : null,
    anchorsChecked,
    problems,
  };
}
