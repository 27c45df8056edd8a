import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from './connection';
import { currentTracking, grown, recordsPruned, scansSoFar, unseenBy } from './count-memo';

// Counts over the matters brought up to date from the rows that changed.
//
// A remembered value (count-memo.ts) is recomputed after any change to a table it read. For
// the cockpit at province scale that means counting 300,000 matters again after one progress
// report: three such counts (the board's lights, the county assessment's matter values, the
// trends' months) took 150–200 ms after every change. Counts are sums, so a count grouped by
// some keys moves by exactly the rows that changed: each matter's counted facts before a
// change count -1 and after it +1 (migration 0018 records them in matter_fact_changes, in the
// writer's transaction). The same query run over those records instead of the table gives the
// difference to add. When a table other than matters changed (a unit moved, a cooperator
// added) or matters was truncated, the count is computed afresh.

/** The matters a count reads: the table, or the changes to it since a snapshot. */
export interface MatterRows {
  /**
   * A FROM item with alias m and the matters' counted columns (workspace_id, id, lead_unit_id,
   * list_id, lead_leader, status, assigned_on, closed_on, final_due, next_due).
   */
  from: SQL;
  /** count(*) as int, or count(*) filter (where …): over changes, the sum of their signs. */
  count(where?: SQL): SQL;
  /**
   * What one row counts for (1, or a change's sign), for a subquery that passes it on as
   * `sign` to an outer query aliased m, whose rows.count() then sums it.
   */
  weight: SQL;
}

/** The matters table itself (alias m). */
export const matterTable: MatterRows = {
  from: sql`matters m`,
  count: (where) => (where ? sql`(count(*) filter (where ${where}))::int` : sql`count(*)::int`),
  weight: sql`1`,
};

function changesSince(snapshot: string): MatterRows {
  return {
    from: sql`(select * from matter_fact_changes f where ${unseenBy(snapshot, 'f')}) m`,
    count: (where) =>
      sql`coalesce(sum(m.sign) ${where ? sql`filter (where ${where})` : sql``}, 0)::int`,
    weight: sql`m.sign`,
  };
}

type Row = Record<string, unknown>;
interface Entry {
  rows: Map<string, Row>;
  snapshot: string;
  tables: number[];
}

const dialect = new PgDialect();
const memos = new WeakMap<object, Map<string, Entry>>();
const MAX_ENTRIES = 500;

/**
 * The rows of a grouped count over matters, `query(rows)` (the group keys named in `keys`,
 * every other column a count made with rows.count), as exact as running it now. The first
 * call counts the table; later calls add what the matters that changed since moved, and
 * count afresh only after a change to another table the query read (units, cooperators).
 * A group whose counts all come to 0 is left out, as if it had no matters: put a plain
 * rows.count() among the columns when such a group must stay.
 *
 * Inside a memoTrackedParts read it runs on that read's transaction and credits it with
 * the tables the count read; otherwise in a read-only repeatable-read transaction of its own.
 * `shared` is the pool handle the counts are remembered for (the same for every caller).
 */
export async function memoMatterCounts<T extends Row>(
  shared: Db,
  query: (rows: MatterRows) => SQL,
  keys: (keyof T & string)[],
): Promise<T[]> {
  const tracking = currentTracking();
  const run = (tx: DbOrTx) => countOn(shared, tx, query, keys);
  const rows = tracking?.tx
    ? await run(tracking.tx)
    : await shared.transaction(run, { isolationLevel: 'repeatable read', accessMode: 'read only' });
  return rows as T[];
}

async function countOn(
  shared: Db,
  tx: DbOrTx,
  query: (rows: MatterRows) => SQL,
  keys: string[],
): Promise<Row[]> {
  let memo = memos.get(shared);
  if (!memo) memos.set(shared, (memo = new Map()));
  const full = query(matterTable);
  const { sql: text, params } = dialect.sqlToQuery(full);
  const key = text + '\u0000' + JSON.stringify(params);
  const trusted = memo.get(key);
  let entry: Entry;
  if (trusted) {
    const s = trusted.snapshot;
    // What changed since: the tables (oids), whether matters was truncated, and whether
    // records the entry needs were pruned (then it counts afresh).
    const r = await tx.execute(sql`select
        coalesce((select array_agg(distinct c.rel::int8) from count_changes c
          where ${unseenBy(s, 'c')} and (c.rel = any(${`{${trusted.tables.join(',')}}`}::oid[])
            or c.rel = 0)), '{}') as changed,
        'matters'::regclass::int8 as matters,
        exists (select 1 from matter_fact_changes f where f.sign = 0 and ${unseenBy(s, 'f')})
          as truncated,
        ${recordsPruned(s)} as pruned,
        pg_current_snapshot()::text as snapshot`);
    const c = r.rows[0] as {
      changed: string[];
      matters: string;
      truncated: boolean;
      pruned: boolean;
      snapshot: string;
    };
    const changed = c.changed.map(Number);
    if (c.pruned) entry = await countAfresh(tx, full, keys);
    else if (changed.length === 0) entry = { ...trusted, snapshot: c.snapshot };
    else if (!c.truncated && changed.every((rel) => rel === Number(c.matters))) {
      const delta = await tx.execute(query(changesSince(s)));
      entry = {
        ...trusted,
        rows: merged(trusted.rows, delta.rows as Row[], keys),
        snapshot: c.snapshot,
      };
    } else entry = await countAfresh(tx, full, keys);
  } else entry = await countAfresh(tx, full, keys);
  for (const t of entry.tables) currentTracking()?.reads.add(t);
  memo.delete(key); // re-inserted last: the Map's order is the recency order
  memo.set(key, entry);
  if (memo.size > MAX_ENTRIES) memo.delete(memo.keys().next().value!);
  return [...entry.rows.values()];
}

async function countAfresh(tx: DbOrTx, full: SQL, keys: string[]): Promise<Entry> {
  const before = await scansSoFar(tx);
  const r = await tx.execute(full);
  const s = await tx.execute(sql`select pg_current_snapshot()::text as snapshot`);
  const tables = new Set<number>();
  grown(before, await scansSoFar(tx), tables);
  return {
    rows: merged(new Map(), r.rows as Row[], keys),
    snapshot: (s.rows[0] as { snapshot: string }).snapshot,
    tables: [...tables],
  };
}

/** `rows` plus `delta` group by group (new objects: rows handed out earlier stay as they were). */
function merged(rows: Map<string, Row>, delta: Row[], keys: string[]): Map<string, Row> {
  const out = new Map(rows);
  for (const d of delta) {
    const id = JSON.stringify(keys.map((k) => d[k] ?? null));
    const sum: Row = { ...(out.get(id) ?? {}) };
    for (const [col, v] of Object.entries(d))
      sum[col] = keys.includes(col) ? v : Number(sum[col] ?? 0) + Number(v);
    if (Object.entries(sum).every(([col, v]) => keys.includes(col) || v === 0)) out.delete(id);
    else out.set(id, sum);
  }
  return out;
}
