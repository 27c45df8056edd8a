import { AsyncLocalStorage } from 'node:async_hooks';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from './connection';

// Exact counts, and values computed from them (memoTracked: the cockpit's sections, the
// evaluations, a programme's dashboard), without recomputing them on every request.
//
// A list page shows "共 38,214 条" beside its 25 rows. Counting exactly means reading every
// matching index entry: tens of thousands per request on a city's overdue list, the largest
// share of that request's database time. The count only changes when the data under it
// changes, so it is remembered together with the database snapshot it was computed in.
// Every write to a table that feeds a figure leaves its transaction id in `count_changes`
// (a statement trigger; insert-only, so writers never wait on each other).
// The next request asks, in the same statement that reads the page: has a
// transaction that the remembered snapshot could not see committed a change since? Only
// then is the count recomputed. With no writes, a count is read once per process; under
// writes, it is recomputed after each committed change, exactly as before. Each record also
// names the table that changed, and a memoTracked value knows the tables it read: it is
// recomputed only after a change to one of them.

const dialect = new PgDialect();

/** Remembered counts per database handle (a transaction gets its own, short-lived memo). */
const memos = new WeakMap<object, Map<string, Entry>>();

interface Entry {
  rows: object[];
  /** pg_current_snapshot() of the statement that last confirmed the rows. */
  snapshot: string;
}

/** How many counts a process remembers (the least recently used is forgotten first). */
const MAX_ENTRIES = 500;
/** Computed values (memoTracked) are larger: fewer of them. */
const MAX_VALUES = 500;
/**
 * How long `count_changes` keeps a record after its transaction ended (pruneCountChanges).
 * A remembered value last confirmed longer ago than that is likely computed afresh: a record
 * it needed may be gone, which `count_change_horizon` tells (see changedSince).
 */
export const PRUNE_AFTER_MS = 60 * 60_000;

/**
 * SQL, true when a transaction that snapshot `s` could not see has committed a change since
 * (to one of `tables` when given, oids), or when records it may need were pruned (the newest
 * pruned transaction is not below the snapshot's xmin: migration 0019).
 */
export function changedSince(s: string, tables?: number[]): SQL {
  const onTables = tables
    ? sql`and (c.rel = any(${`{${tables.join(',')}}`}::oid[]) or c.rel = 0)`
    : sql``;
  return sql`(exists (select 1 from count_changes c where ${unseenBy(s, 'c')} ${onTables})
    or ${recordsPruned(s)})`;
}

/** SQL: the record (alias `alias`, an xid column) is of a transaction snapshot `s` could not see. */
export function unseenBy(s: string, alias: string): SQL {
  const xid = sql.raw(`${alias}.xid`);
  return sql`${xid} >= pg_snapshot_xmin(${s}::pg_snapshot)
    and not pg_visible_in_snapshot(${xid}, ${s}::pg_snapshot)`;
}

/** SQL, true when change records that snapshot `s` may need have been pruned. */
export function recordsPruned(s: string): SQL {
  return sql`coalesce((select h.pruned_upto >= pg_snapshot_xmin(${s}::pg_snapshot)
    from count_change_horizon h), true)`;
}

/** What one statement returns for a remembered query: its rows (null: unchanged) and snapshot. */
export interface MemoCell<T> {
  v: T[] | null;
  s: string;
}

/**
 * A remembered query as an SQL expression to put in a select list, and the function that
 * reads its cell back. Without a trusted entry the expression runs the query; with one it
 * runs it only if a change committed since the entry's snapshot (an InitPlan runs only when
 * the CASE needs it; EXPLAIN shows "never executed").
 */
function memoExpression<T extends object>(db: DbOrTx, query: SQL) {
  let memo = memos.get(db);
  if (!memo) memos.set(db, (memo = new Map()));
  const { sql: text, params } = dialect.sqlToQuery(query);
  const key = text + '\u0000' + JSON.stringify(params);
  const trusted = memo.get(key);
  const fresh = sql`(select coalesce(json_agg(q), '[]') from (${query}) q)`;
  const value = trusted
    ? sql`case when ${changedSince(trusted.snapshot)} then ${fresh} end`
    : fresh;
  return {
    cell: sql<MemoCell<T>>`json_build_object('v', ${value}, 's', pg_current_snapshot()::text)`,
    read(cell: MemoCell<T>): T[] {
      const rows = (cell.v ?? trusted?.rows) as T[] | undefined;
      if (!rows) throw new Error('count memo: no value and no remembered one');
      memo.delete(key); // re-inserted last: the Map's order is the recency order
      memo.set(key, { rows, snapshot: cell.s });
      if (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value!);
      return rows;
    },
  };
}

/**
 * The rows `query` returns (counts over matters, their cooperators, time nodes and units),
 * as exact as running it now. Columns come back as JSON values (json_agg of the rows).
 */
export async function memoRows<T extends object>(db: DbOrTx, query: SQL): Promise<T[]> {
  const m = memoExpression<T>(db, query);
  const r = await db.execute(sql`select ${m.cell} as cell`);
  return m.read((r.rows[0] as { cell: MemoCell<T> }).cell);
}

/** The one row `query` returns, remembered as memoRows does. */
export async function memoRow<T extends object>(db: DbOrTx, query: SQL): Promise<T> {
  const [row] = await memoRows<T>(db, query);
  if (!row) throw new Error('memoRow: the query returned no row');
  return row;
}

const asCount = (countQuery: SQL) => sql`select (${countQuery}) as n`;

/** `select count(*) …` remembered as memoRows does. */
export async function memoCount(db: DbOrTx, countQuery: SQL): Promise<number> {
  return Number((await memoRow<{ n: number }>(db, asCount(countQuery))).n);
}

/**
 * A remembered count read in the same statement as the page of rows it counts: `column`
 * goes in the page's select list (an uncorrelated subquery, run once), and `total` reads it
 * from the first row. One round trip and one snapshot for the rows and their total; an
 * empty page counts on its own.
 */
export function memoCountAlong(db: DbOrTx, countQuery: SQL) {
  const m = memoExpression<{ n: number }>(db, asCount(countQuery));
  return {
    column: m.cell,
    async total(first: MemoCell<{ n: number }> | undefined): Promise<number> {
      if (!first) return memoCount(db, countQuery);
      return Number(m.read(first)[0]!.n);
    },
  };
}

/** Values remembered with the tables they read (memoTracked), per database handle. */
const tracked = new WeakMap<
  object,
  Map<string, { value: unknown; snapshot: string; tables: number[] }>
>();

/**
 * The memoTrackedParts computation running in this async context: the tables it has read and
 * the snapshots its parts were read in, and inside one of its reads, that read's transaction.
 */
export interface Tracking {
  reads: Set<number>;
  snapshots: string[];
  /** Inside a read: its transaction and that transaction's snapshot. */
  tx?: DbOrTx;
  txSnapshot?: string;
}
const running = new AsyncLocalStorage<Tracking>();

/** The memoTrackedParts computation running in this async context, if any. */
export const currentTracking = (): Tracking | undefined => running.getStore();

/**
 * Scans per table as PostgreSQL counts them for this connection (pg_stat_xact_user_tables).
 * The counts include earlier transactions whose statistics are not flushed yet (PostgreSQL
 * flushes them at most once a second), so a computation's tables are those whose count grew
 * between its start and its end.
 */
export async function scansSoFar(tx: DbOrTx): Promise<Record<string, number>> {
  const r = await tx.execute(sql`select coalesce(json_object_agg(relid::int8,
      seq_scan + coalesce(idx_scan, 0)), '{}') as scans
    from pg_stat_xact_user_tables where seq_scan > 0 or idx_scan > 0`);
  return (r.rows[0] as { scans: Record<string, number> }).scans;
}

export function grown(
  before: Record<string, number>,
  after: Record<string, number>,
  into: Set<number>,
) {
  for (const [rel, n] of Object.entries(after)) if (n > (before[rel] ?? 0)) into.add(Number(rel));
}

/** Runs `f` with a handle to read through, recording what it reads (see memoTrackedParts). */
export type TrackedRead = <R>(f: (tx: DbOrTx) => Promise<R>) => Promise<R>;

/**
 * Whether snapshot `a` ('xmin:xmax:xip,…') was taken before `b`: a smaller xmax, or the same
 * xmax with more transactions still in progress.
 */
function earlier(a: string, b: string): boolean {
  const [, ax, axip = ''] = a.split(':');
  const [, bx, bxip = ''] = b.split(':');
  if (BigInt(ax!) !== BigInt(bx!)) return BigInt(ax!) < BigInt(bx!);
  return axip.split(',').filter(Boolean).length > bxip.split(',').filter(Boolean).length;
}

/**
 * A value computed from the database, remembered until a table the computation actually read
 * has changed (a matter's progress report leaves the cockpit's targets and the programme
 * dashboard alone). `compute` reads only through `read(tx => …)`: each call runs in its own
 * read-only repeatable-read transaction, and PostgreSQL's own scan counts of that connection
 * (pg_stat_xact_user_tables, before and after) name every table it scanned, so no list of
 * tables is kept by hand and none goes stale when a query changes. Reads run side by side on
 * their own connections; none waits for a second connection while it holds one (a full pool
 * cannot wait on itself). The value's snapshot is the earliest of its reads': a change
 * committed after it makes the next call compute again. (Counts remembered by memoRows are
 * kept per handle, so inside a transaction they are read afresh and their tables counted.)
 *
 * Remembered values used by `compute` (outside its reads) are parts of it: their tables and
 * snapshots count as its own, so each part is recomputed on its own and the whole is
 * recomputed when a part changes. Called inside a read, it reads on that read's transaction;
 * its tables may then include what was read beside it (that only recomputes it more often).
 */
export async function memoTrackedParts<T>(
  db: Db,
  key: string,
  compute: (read: TrackedRead) => Promise<T>,
): Promise<{ value: T; remembered: boolean }> {
  let memo = tracked.get(db);
  if (!memo) tracked.set(db, (memo = new Map()));
  const caller = running.getStore();
  const trusted = memo.get(key);
  if (trusted) {
    // Records written before 0016 name no table (rel 0): they count as any table.
    const r = await (caller?.tx ?? db).execute(sql`select
        ${changedSince(trusted.snapshot, trusted.tables)} as changed,
        pg_current_snapshot()::text as snapshot`);
    const { changed, snapshot } = r.rows[0] as { changed: boolean; snapshot: string };
    if (!changed) {
      memo.delete(key); // re-inserted last: the Map's order is the recency order
      memo.set(key, { ...trusted, snapshot });
      // Unchanged up to `snapshot`: the caller's value is as of that snapshot at the latest.
      for (const t of trusted.tables) caller?.reads.add(t);
      caller?.snapshots.push(snapshot);
      return { value: trusted.value as T, remembered: true };
    }
  }
  const own: Tracking = { reads: new Set<number>(), snapshots: [] };
  const readIn = async <R>(tx: DbOrTx, txSnapshot: string, f: (tx: DbOrTx) => Promise<R>) => {
    own.snapshots.push(txSnapshot);
    const before = await scansSoFar(tx);
    const out = await running.run({ ...own, tx, txSnapshot }, () => f(tx));
    grown(before, await scansSoFar(tx), own.reads);
    return out;
  };
  const read: TrackedRead = (f) => {
    if (caller?.tx) return readIn(caller.tx, caller.txSnapshot!, f);
    return db.transaction(
      async (tx) => {
        // The first statement fixes the transaction's snapshot.
        const s = await tx.execute(sql`select pg_current_snapshot()::text as snapshot`);
        return readIn(tx, (s.rows[0] as { snapshot: string }).snapshot, f);
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  };
  const value = await running.run(own, () => compute(read));
  if (own.snapshots.length === 0) throw new Error(`memoTrackedParts ${key}: nothing was read`);
  const snapshot = own.snapshots.reduce((a, b) => (earlier(b, a) ? b : a));
  const tables = [...own.reads];
  for (const t of tables) caller?.reads.add(t);
  caller?.snapshots.push(snapshot);
  memo.delete(key);
  memo.set(key, { value, snapshot, tables });
  if (memo.size > MAX_VALUES) memo.delete(memo.keys().next().value!);
  return { value, remembered: false };
}

/** memoTrackedParts with one read: `compute` runs in one transaction on `tx`. */
export function memoTracked<T>(
  db: Db,
  key: string,
  compute: (tx: DbOrTx) => Promise<T>,
): Promise<{ value: T; remembered: boolean }> {
  return memoTrackedParts(db, key, (read) => read(compute));
}

/** Runs pruneCountChanges every minute until stopped (the primary process only). */
export function startCountChangePruner(db: DbOrTx): { stop(): void } {
  const timer = setInterval(() => {
    pruneCountChanges(db).catch((e: Error) => console.error(`count_changes: ${e.message}`));
  }, 60_000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/**
 * Drops change records no recently confirmed value needs (run every minute by one process).
 * A record is stamped when its transaction is seen to have ended and deleted `olderThanMs`
 * later; the same statement raises `count_change_horizon` to the newest transaction it
 * pruned, so a value whose snapshot is older than that is computed afresh, never trusted
 * without the records it needed.
 */
export async function pruneCountChanges(
  db: DbOrTx,
  { olderThanMs = PRUNE_AFTER_MS }: { olderThanMs?: number } = {},
): Promise<void> {
  await db.execute(sql`update count_changes set finished_at = now()
    where finished_at is null and xid < pg_snapshot_xmin(pg_current_snapshot())`);
  await db.execute(sql`with gone as (delete from count_changes
      where finished_at < now() - ${olderThanMs / 1000} * interval '1 second' returning xid)
    update count_change_horizon
      set pruned_upto = greatest(pruned_upto, (select max(xid) from gone))
    where exists (select 1 from gone)`);
  // The row logs (a matter's facts, a programme entry's id) go with their transaction's
  // change records (every statement on their table leaves one), so they last as long
  // (matter-counts-memo.ts, entry-rows-memo.ts).
  for (const log of [sql`matter_fact_changes`, sql`programme_entry_changes`])
    await db.execute(sql`delete from ${log} f
      where f.xid < pg_snapshot_xmin(pg_current_snapshot())
        and not exists (select 1 from count_changes c where c.xid = f.xid)`);
}
