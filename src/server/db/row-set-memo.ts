import { sql, type SQL } from 'drizzle-orm';
import type { Db, DbOrTx } from './connection';
import { currentTracking, grown, recordsPruned, scansSoFar, unseenBy } from './count-memo';

// A set of rows kept in memory and brought up to date by re-reading the rows that changed.
//
// The cockpit's 三个一批 figures and the county assessment's project values are computed
// from a programme's list entries: 18,000 rows at province scale. Read afresh after every
// monthly investment report, they took 50–100 ms per request (the query alone 27 ms, the
// rest turning 18,000 rows into objects) while the report had changed one project's two or
// three entries. A row trigger logs the id of every entry that changes (migration 0020,
// programme_entry_changes, in the writer's transaction); the next read fetches those rows
// again by id, drops the ones that left the set, and keeps the others as they were. When a
// table other than the logged one changed (a unit moved, a round renumbered), the table was
// truncated, or log records it needed were pruned, the set is read afresh.

/** What a remembered row set reads and how its changes are found. */
export interface RowSet {
  /** Names the set among those remembered (a programme's entries: `entries|ws|id`). */
  key: string;
  /** The rows, each with a text column `id`: all of them (`ids` null) or those among `ids`. */
  select(ids: string[] | null): SQL;
  /**
   * SQL returning one `id` column: the ids logged for this set by transactions that snapshot
   * `s` could not see (use unseenBy), null for "the table was truncated".
   */
  changedIds(s: string): SQL;
  /** The logged table: a change to it alone is brought up to date row by row. */
  table: string;
}

interface Entry {
  rows: Map<string, { id: string }>;
  list: readonly { id: string }[];
  snapshot: string;
  /** Oids of the tables the full read scanned. */
  tables: number[];
}

const memos = new WeakMap<object, Map<string, Entry>>();
const MAX_SETS = 100;
/** Refreshes under way, per pool and set: callers side by side share one. */
const running = new WeakMap<object, Map<string, Promise<Entry>>>();

/**
 * The rows of `set` as exact as reading them now, remembered per `shared` pool (the same
 * for every caller: filter them to the caller's scope after). Do not change the rows: later
 * calls hand out the same objects. Inside a memoTrackedParts read it runs on that read's
 * transaction; otherwise in a read-only repeatable-read transaction of its own. A caller
 * that comes while another's refresh is under way (the cockpit's section and its assessment,
 * after a report) takes that one's rows. Either way a memoTrackedParts computation is
 * credited with the tables the set read and the snapshot its rows are as of.
 */
export async function memoRowSet<T extends { id: string }>(
  shared: Db,
  set: RowSet,
): Promise<readonly T[]> {
  const tracking = currentTracking();
  const own = () =>
    tracking?.tx
      ? refreshed(shared, tracking.tx, set)
      : shared.transaction((tx) => refreshed(shared, tx, set), {
          isolationLevel: 'repeatable read',
          accessMode: 'read only',
        });
  let underWay = running.get(shared);
  if (!underWay) running.set(shared, (underWay = new Map()));
  const other = underWay.get(set.key);
  let entry: Entry;
  if (other) {
    // Another caller's transaction failing is no reason for this one to: it reads on its own.
    entry = await other.catch(own);
  } else {
    const mine = own();
    underWay.set(set.key, mine);
    try {
      entry = await mine;
    } finally {
      if (underWay.get(set.key) === mine) underWay.delete(set.key);
    }
  }
  for (const t of entry.tables) tracking?.reads.add(t);
  tracking?.snapshots.push(entry.snapshot);
  return entry.list as T[];
}

async function refreshed(shared: Db, tx: DbOrTx, set: RowSet): Promise<Entry> {
  let memo = memos.get(shared);
  if (!memo) memos.set(shared, (memo = new Map()));
  const trusted = memo.get(set.key);
  const entry = trusted ? await updated(tx, set, trusted) : await readAfresh(tx, set);
  memo.delete(set.key); // re-inserted last: the Map's order is the recency order
  memo.set(set.key, entry);
  if (memo.size > MAX_SETS) memo.delete(memo.keys().next().value!);
  return entry;
}

/** `trusted` brought up to date: unchanged, changed row by row, or read afresh. */
async function updated(tx: DbOrTx, set: RowSet, trusted: Entry): Promise<Entry> {
  const s = trusted.snapshot;
  const r = await tx.execute(sql`select
      coalesce((select array_agg(distinct c.rel::int8) from count_changes c
        where ${unseenBy(s, 'c')} and (c.rel = any(${`{${trusted.tables.join(',')}}`}::oid[])
          or c.rel = 0)), '{}') as changed,
      ${set.table}::regclass::int8 as logged,
      (select coalesce(array_agg(distinct l.id::text) filter (where l.id is not null), '{}')
        from (${set.changedIds(s)}) l) as ids,
      exists (select 1 from (${set.changedIds(s)}) l where l.id is null) as truncated,
      ${recordsPruned(s)} as pruned,
      pg_current_snapshot()::text as snapshot`);
  const c = r.rows[0] as {
    changed: string[];
    logged: string | number;
    ids: string[];
    truncated: boolean;
    pruned: boolean;
    snapshot: string;
  };
  // int8 columns come back as numbers, int8 arrays as strings: compare as numbers.
  const onlyLogged = c.changed.every((rel) => Number(rel) === Number(c.logged));
  if (c.pruned || c.truncated || !onlyLogged) return readAfresh(tx, set);
  if (c.ids.length === 0) return { ...trusted, snapshot: c.snapshot };
  const fresh = await tx.execute(set.select(c.ids));
  const rows = new Map(trusted.rows);
  for (const id of c.ids) rows.delete(id); // gone unless read again below
  for (const row of fresh.rows as { id: string }[]) rows.set(row.id, row);
  return { rows, list: [...rows.values()], snapshot: c.snapshot, tables: trusted.tables };
}

async function readAfresh(tx: DbOrTx, set: RowSet): Promise<Entry> {
  const before = await scansSoFar(tx);
  const r = await tx.execute(set.select(null));
  const s = await tx.execute(sql`select pg_current_snapshot()::text as snapshot`);
  const tables = new Set<number>();
  grown(before, await scansSoFar(tx), tables);
  const list = r.rows as { id: string }[];
  return {
    rows: new Map(list.map((row) => [row.id, row])),
    list,
    snapshot: (s.rows[0] as { snapshot: string }).snapshot,
    tables: [...tables],
  };
}
