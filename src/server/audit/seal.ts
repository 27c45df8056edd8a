import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { auditEvents, auditHeads } from '../db/schema';
import { appendAnchor, type AnchorStore } from './anchors';
import { auditHash, GENESIS_HASH } from './chain';

/** Any constant: only one sealer at a time, across processes, holds this lock. */
const SEAL_LOCK = 8_120_001;
const BATCH = 2000;

export interface SealOptions {
  anchors?: AnchorStore | null;
  /** Write an anchor at most this often per workspace (the first seal always anchors). */
  anchorEveryMs?: number;
}

const lastAnchorAt = new Map<string, number>();

/**
 * Gives every committed, unsealed audit record its chain position and hash, in the order
 * found, under a short transaction-level lock. Writers never wait for it. Returns how many
 * records were sealed. Safe to call from several processes: only one seals at a time.
 */
export async function sealAuditChain(db: Db, opts: SealOptions = {}): Promise<number> {
  let sealed = 0;
  for (;;) {
    // Heads sealed in this batch; anchored only after the commit, so an anchor never names
    // a head that was rolled back.
    const heads: { ws: string; seq: number; hash: string }[] = [];
    const n = await db.transaction(async (tx) => {
      const got = await tx.execute<{ ok: boolean }>(
        sql`select pg_try_advisory_xact_lock(${SEAL_LOCK}) as ok`,
      );
      if (!got.rows[0]?.ok) return 0;
      const pending = await tx.execute<{ workspace_id: string }>(
        sql`select distinct workspace_id from audit_events where seq is null`,
      );
      let count = 0;
      for (const { workspace_id: ws } of pending.rows) {
        const [head] = await tx
          .select()
          .from(auditHeads)
          .where(eq(auditHeads.workspaceId, ws))
          .for('update');
        let seq = head?.seq ?? 0;
        let prev = head?.hash ?? GENESIS_HASH;
        const rows = await tx
          .select()
          .from(auditEvents)
          .where(and(eq(auditEvents.workspaceId, ws), isNull(auditEvents.seq)))
          .orderBy(asc(auditEvents.id))
          .limit(BATCH);
        if (rows.length === 0) continue;
        const updates: { id: number; seq: number; prev: string; hash: string }[] = [];
        for (const r of rows) {
          seq += 1;
          const hash = auditHash(prev, { ...r, seq });
          updates.push({ id: r.id, seq, prev, hash });
          prev = hash;
        }
        await tx.execute(sql`
          update audit_events a set seq = v.seq, prev_hash = v.prev, hash = v.hash
          from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb)
            as v(id bigint, seq bigint, prev text, hash text)
          where a.workspace_id = ${ws} and a.id = v.id`);
        await tx
          .insert(auditHeads)
          .values({ workspaceId: ws, seq, hash: prev })
          .onConflictDoUpdate({
            target: auditHeads.workspaceId,
            set: { seq: sql`excluded.seq`, hash: sql`excluded.hash` },
          });
        count += rows.length;
        heads.push({ ws, seq, hash: prev });
      }
      return count;
    });
    if (opts.anchors) for (const h of heads) maybeAnchor(opts, h.ws, h.seq, h.hash);
    sealed += n;
    if (n < BATCH) return sealed;
  }
}

function maybeAnchor(opts: SealOptions, ws: string, seq: number, hash: string) {
  const now = Date.now();
  const last = lastAnchorAt.get(ws) ?? 0;
  if (now - last < (opts.anchorEveryMs ?? 60_000)) return;
  lastAnchorAt.set(ws, now);
  appendAnchor(opts.anchors!, { workspaceId: ws, seq, hash, at: new Date(now).toISOString() });
}

export interface AuditSealer {
  /** Seals what is pending now (tests and the verify endpoint call it). */
  sealNow(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Seals pending records every `intervalMs` (default 200 ms): the sealing lag is bounded by
 * that plus one batch. Runs in one process (the primary); workers only append.
 */
export function startAuditSealer(
  db: Db,
  opts: SealOptions & { intervalMs?: number } = {},
): AuditSealer {
  let running: Promise<number> | null = null;
  const start = () => (running ??= sealAuditChain(db, opts).finally(() => (running = null)));
  // A run already under way may have read the pending records before the caller's last
  // write committed: wait for it, then seal again, so everything committed before the call
  // is sealed when the promise resolves.
  const sealNow = () => (running ? running.catch(() => 0).then(start) : start());
  const timer = setInterval(() => {
    sealNow().catch((e: Error) => console.error(`audit sealer: ${e.message}`));
  }, opts.intervalMs ?? 200);
  timer.unref();
  return {
    sealNow,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
