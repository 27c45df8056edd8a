// Remembered matter counts brought up to date from the matters that changed must always equal
// counting the table afresh: after inserts, deadline changes, closings, deletions, changes to
// another table the count reads, and while a change is still uncommitted.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/server';
import { pruneUntilGone } from '../../../test/support/prune';
import { pruneCountChanges } from './count-memo';
import { matterTable, memoMatterCounts, type MatterRows } from './matter-counts-memo';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

type Row = { unit: string; status: string; open: number; overdue: number; cooperating: number };

// By lead unit and status, with a filter on dates and one through another table.
const query = (rows: MatterRows) => sql`select lu.name as unit, m.status,
    ${rows.count()} as open,
    ${rows.count(sql`m.final_due < ${'2026-11-30'}::date`)} as overdue,
    ${rows.count(sql`exists (select 1 from matter_cooperators c
      where c.workspace_id = m.workspace_id and c.matter_id = m.id)`)} as cooperating
  from ${rows.from} join units lu on lu.workspace_id = m.workspace_id and lu.id = m.lead_unit_id
  group by lu.name, m.status`;

const sorted = (rows: Row[]) =>
  [...rows].sort((a, b) => (a.unit + a.status).localeCompare(b.unit + b.status));

async function expectExact() {
  const { db } = server.database;
  const remembered = await memoMatterCounts<Row>(db, query, ['unit', 'status']);
  const fresh = (await db.execute(query(matterTable))).rows as Row[];
  expect(sorted(remembered)).toEqual(sorted(fresh));
  return remembered;
}

const total = (rows: Row[], status: string) =>
  rows.filter((r) => r.status === status).reduce((n, r) => n + r.open, 0);

describe('matter counts brought up to date from the changes', () => {
  it('equal a fresh count after each kind of change', async () => {
    const { db } = server.database;
    const first = await expectExact();
    expect(total(first, 'in_progress')).toBeGreaterThan(0);

    // A new matter, a deadline moved, a matter closed.
    const inserted = (
      await db.execute(sql`insert into matters (workspace_id, title, source, lead_unit_id,
          status, assigned_on, final_due, next_due)
        select workspace_id, '测试事项', source, lead_unit_id, 'in_progress', assigned_on,
          final_due, next_due from matters where status = 'in_progress' limit 1
        returning id`)
    ).rows[0] as { id: string };
    await db.execute(sql`update matters set final_due = ${'2026-01-05'}, next_due = ${'2026-01-05'}
      where id = (select id from matters where status = 'in_progress' and final_due > ${'2026-11-30'}
        order by id limit 1)`);
    await db.execute(sql`update matters set status = 'closed', closed_on = ${'2026-11-30'}
      where id = (select id from matters where status = 'in_progress' and id <> ${inserted.id}
        order by id desc limit 1)`);
    const afterWrites = await expectExact();
    expect(total(afterWrites, 'in_progress')).toBe(total(first, 'in_progress'));

    // Deleted again: the figures are as before it was added.
    await db.execute(sql`delete from matters where id = ${inserted.id}`);
    const afterDelete = await expectExact();
    expect(total(afterDelete, 'in_progress')).toBe(total(first, 'in_progress') - 1);

    // A change to another table the count read (a cooperator): counted afresh, still exact.
    await db.execute(sql`insert into matter_cooperators (workspace_id, matter_id, unit_id)
      select m.workspace_id, m.id, u.id from matters m
        join units u on u.workspace_id = m.workspace_id and u.id <> m.lead_unit_id
      where not exists (select 1 from matter_cooperators c where c.matter_id = m.id)
      limit 1`);
    await expectExact();
  });

  it('writes no record when no counted fact changed', async () => {
    const { db } = server.database;
    const records = async () =>
      (
        (await db.execute(sql`select count(*)::int as n from matter_fact_changes`)).rows[0] as {
          n: number;
        }
      ).n;
    const before = await records();
    await db.execute(sql`update matters set updated_at = now(), last_report_on = ${'2026-11-29'}
      where id = (select id from matters limit 1)`);
    expect(await records()).toBe(before);
    await db.execute(sql`update matters set next_due = next_due + 1
      where id = (select id from matters where next_due is not null limit 1)`);
    expect(await records()).toBe(before + 2); // the facts before (-1) and after (+1)
  });

  it('leaves out a change until it is committed, and counts it once it is', async () => {
    const { pool } = server.database;
    const before = await expectExact();
    const writer = await pool.connect();
    try {
      await writer.query('begin');
      await writer.query(`update matters set status = 'closed', closed_on = '2026-11-30'
        where id = (select id from matters where status = 'in_progress' order by id limit 1)`);
      const during = await expectExact();
      expect(total(during, 'in_progress')).toBe(total(before, 'in_progress'));
      await writer.query('commit');
    } finally {
      writer.release();
    }
    const after = await expectExact();
    expect(total(after, 'in_progress')).toBe(total(before, 'in_progress') - 1);
  });

  it('keeps a change record while its transaction’s count record stays, then drops it', async () => {
    const { db } = server.database;
    const { xid } = (
      await db.execute(sql`with moved as (update matters set next_due = next_due + 1
          where id = (select id from matters where next_due is not null limit 1) returning id)
        select pg_current_xact_id()::text as xid from moved`)
    ).rows[0] as { xid: string };
    const records = async () =>
      (
        (
          await db.execute(sql`select count(*)::int as n from matter_fact_changes
        where xid = ${xid}::xid8`)
        ).rows[0] as { n: number }
      ).n;
    await pruneCountChanges(db);
    expect(await records()).toBe(2);
    await expectExact();
    await pruneUntilGone(server.database.db, xid);
    expect(await records()).toBe(0);
  });

  it('counts afresh when records it would need were pruned, never missing a change', async () => {
    const { db } = server.database;
    const before = await expectExact(); // remembered with its snapshot
    const { xid } = (
      await db.execute(sql`with closed as (update matters set status = 'closed',
          closed_on = ${'2026-11-30'}
          where id = (select id from matters where status = 'in_progress' order by id limit 1)
          returning id)
        select pg_current_xact_id()::text as xid from closed`)
    ).rows[0] as { xid: string };
    // The close's records are gone (as an hour after it): the remembered counts cannot be
    // brought up to date from them, and must not be taken as unchanged either.
    await pruneUntilGone(server.database.db, xid);
    const after = await expectExact();
    expect(total(after, 'in_progress')).toBe(total(before, 'in_progress') - 1);
  });

  // Last in the file: it empties this file's own copy of the database.
  it('counts afresh after the matters are truncated: no matter is left in any group', async () => {
    const { db } = server.database;
    // Over matters and units only, so the truncate is the one change it sees.
    const byUnit = (rows: MatterRows) => sql`select m.lead_unit_id::text as unit,
        ${rows.count()} as open
      from ${rows.from} join units lu on lu.workspace_id = m.workspace_id and lu.id = m.lead_unit_id
      group by m.lead_unit_id`;
    const counted = () => memoMatterCounts<{ unit: string; open: number }>(db, byUnit, ['unit']);
    expect((await counted()).length).toBeGreaterThan(0); // remembered, with groups
    await db.execute(sql`truncate matters cascade`);
    expect(await counted()).toEqual([]);
  });
});
