import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { DbOrTx } from './connection';

// Exact counts (and dashboards, memoValue) without recomputing them on every request.
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
// writes, it is recomputed after each committed change, exactly as before.

const dialect = new PgDialect();

/** Remembered counts per database handle (a transaction gets its own, short-lived memo). */
const memos = new WeakMap<object, Map<string, Entry>>();

interface Entry {
  rows: object[];
  /** pg_current_snapshot() of the statement that last confirmed the rows. */
  snapshot: string;
  confirmedAt: number;
}

/** How many counts a process remembers (the least recently used is forgotten first). */
const MAX_ENTRIES = 500;
/** Computed values (memoValue) are larger: fewer of them. */
const MAX_VALUES = 100;
const values = new WeakMap<
  object,
  Map<string, { value: unknown; snapshot: string; confirmedAt: number }>
>();
/**
 * An entry is trusted only this long after it was last confirmed. `count_changes` keeps a
 * record at least PRUNE_AFTER_MS after its transaction ended (pruneCountChanges), so no
 * record is gone while an entry that cannot see it is still trusted.
 */
const TRUST_MS = 5 * 60_000;
export const PRUNE_AFTER_MS = 15 * 60_000;

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
  const now = Date.now();
  const known = memo.get(key);
  const trusted = known && now - known.confirmedAt < TRUST_MS ? known : null;
  const fresh = sql`(select coalesce(json_agg(q), '[]') from (${query}) q)`;
  const value = trusted
    ? sql`case when exists (select 1 from count_changes c
          where c.xid >= pg_snapshot_xmin(${trusted.snapshot}::pg_snapshot)
            and not pg_visible_in_snapshot(c.xid, ${trusted.snapshot}::pg_snapshot))
        then ${fresh} end`
    : fresh;
  return {
    cell: sql<MemoCell<T>>`json_build_object('v', ${value}, 's', pg_current_snapshot()::text)`,
    read(cell: MemoCell<T>): T[] {
      const rows = (cell.v ?? trusted?.rows) as T[] | undefined;
      if (!rows) throw new Error('count memo: no value and no remembered one');
      memo.delete(key); // re-inserted last: the Map's order is the recency order
      memo.set(key, { rows, snapshot: cell.s, confirmedAt: now });
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

/**
 * A value computed in JavaScript from the database (the cockpit, a programme's dashboard),
 * remembered under `key` until a table it may read changes. `key` must name everything
 * the value depends on besides the data: the workspace, the caller's scope, the filters and
 * the day. One round trip asks whether anything changed since the value was computed; the
 * snapshot is taken before computing, so a change committed during the computation makes
 * the next call compute again.
 */
export async function memoValue<T>(
  db: DbOrTx,
  key: string,
  compute: () => Promise<T>,
): Promise<{ value: T; remembered: boolean }> {
  let memo = values.get(db);
  if (!memo) values.set(db, (memo = new Map()));
  const now = Date.now();
  const known = memo.get(key);
  const trusted = known && now - known.confirmedAt < TRUST_MS ? known : null;
  const r = await db.execute(
    trusted
      ? sql`select exists (select 1 from count_changes c
            where c.xid >= pg_snapshot_xmin(${trusted.snapshot}::pg_snapshot)
              and not pg_visible_in_snapshot(c.xid, ${trusted.snapshot}::pg_snapshot)) as changed,
          pg_current_snapshot()::text as snapshot`
      : sql`select true as changed, pg_current_snapshot()::text as snapshot`,
  );
  const { changed, snapshot } = r.rows[0] as { changed: boolean; snapshot: string };
  memo.delete(key); // re-inserted last: the Map's order is the recency order
  if (trusted && !changed) {
    memo.set(key, { ...trusted, snapshot, confirmedAt: now });
    return { value: trusted.value as T, remembered: true };
  }
  const value = await compute();
  memo.set(key, { value, snapshot, confirmedAt: now });
  if (memo.size > MAX_VALUES) memo.delete(memo.keys().next().value!);
  return { value, remembered: false };
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
 * Drops change records no remembered count can still need (run every minute by one
 * process). A record is stamped when its transaction is seen to have ended and deleted
 * PRUNE_AFTER_MS later: an entry's snapshot predates that end, and entries expire sooner.
 */
export async function pruneCountChanges(db: DbOrTx): Promise<void> {
  await db.execute(sql`update count_changes set finished_at = now()
    where finished_at is null and xid < pg_snapshot_xmin(pg_current_snapshot())`);
  await db.execute(sql`delete from count_changes
    where finished_at < now() - ${PRUNE_AFTER_MS / 1000} * interval '1 second'`);
}
