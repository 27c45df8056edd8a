// The list totals and the home page's counts are remembered between requests
// (db/count-memo.ts). What a user checks: after any change, by any route or any process,
// the total beside the list still equals the rows it opens, and a change that is not yet
// committed does not show.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pruneCountChanges } from '../../db/count-memo';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

let server: TestServer;
let sup: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  sup = await server.login('duchashi');
});
afterAll(() => server?.close());

async function redList() {
  const r = await sup.get('/api/matters?status=open&light=red&pageSize=200');
  expect(r.status).toBe(200);
  return r.body as { total: number; items: { id: string }[] };
}

describe('remembered totals stay exact', () => {
  it('a matter closed directly in the database leaves the red list and its total at once', async () => {
    const before = await redList();
    expect(before.total).toBe(before.items.length);
    expect(before.total).toBeGreaterThan(1);
    const counts = (await sup.get('/api/matters/counts')).body;
    expect(counts.red).toBe(before.total);
    const board = async () => (await sup.get('/api/matters/board')).body.total.open as number;
    const boardBefore = await board();

    // Another process (or a transaction still running) changes a matter: until it commits
    // neither the list nor the total moves; after, both do.
    const victim = before.items[0]!.id;
    const client = await server.database.pool.connect();
    try {
      await client.query('begin');
      await client.query(
        `update matters set status = 'closed', closed_on = next_due where id = $1`,
        [victim],
      );
      const during = await redList();
      expect(during.total).toBe(before.total);
      await client.query('commit');
    } finally {
      client.release();
    }
    const after = await redList();
    expect(after.items.map((i) => i.id)).not.toContain(victim);
    expect(after.total).toBe(before.total - 1);
    expect(after.total).toBe(after.items.length);
    expect((await sup.get('/api/matters/counts')).body.red).toBe(after.total);
    expect(await board()).toBe(boardBefore - 1);
  });

  it('a matter assigned long ago joins the red list, and pruning old change records keeps it right', async () => {
    const before = await redList();
    const units = (await sup.get('/api/units')).body.items as { id: string; name: string }[];
    const created = await sup.post('/api/matters', {
      title: '补交去年的防汛物资清点',
      source: 'key_work',
      leadLeader: '王市长',
      leadUnitId: units.find((u) => u.name === '温县')!.id,
      content: '清点并补报防汛物资。',
    });
    expect(created.status).toBe(201);
    const today = new Date();
    const longAgo = new Date(today.getTime() - 200 * 86_400_000).toISOString().slice(0, 10);
    const assigned = await sup.post(`/api/matters/${created.body.id}/assign`, {
      assignedOn: longAgo,
    });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(assigned.body.light).toBe('red');
    await pruneCountChanges(server.database.db);
    const after = await redList();
    expect(after.total).toBe(before.total + 1);
    expect(after.items.map((i) => i.id)).toContain(created.body.id);
    expect(after.total).toBe(after.items.length);
  });
});

describe('remembered pages follow every change', () => {
  const openFigure = async (leader: ApiClient) => {
    const r = await leader.get('/api/cockpit');
    expect(r.status).toBe(200);
    const figures = r.body.sections.flatMap((x: { figures: unknown[] }) => x.figures);
    return figures.find((f: { key: string }) => f.key === 'matters.open').value as number;
  };

  it('the cockpit’s open-matters figure moves with a matter closed in the database', async () => {
    const leader = await server.login('leader');
    const before = await openFigure(leader);
    expect(await openFigure(leader)).toBe(before); // asked again: the remembered answer
    const { rows } = await server.database.db.execute<{ id: string }>(
      sql`select id from matters where status = 'in_progress' limit 1`,
    );
    await server.database.db.execute(
      sql`update matters set status = 'closed', closed_on = assigned_on where id = ${rows[0]!.id}`,
    );
    expect(await openFigure(leader)).toBe(before - 1);
  });

  it('every table that can feed a figure marks its changes', async () => {
    const { rows } = await server.database.db.execute<{ table: string }>(sql`
      select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relkind = 'r'
        and not exists (select 1 from pg_trigger g
          where g.tgrelid = c.oid and g.tgname = c.relname || '_count_change')
      order by 1`);
    // Only bookkeeping that feeds no figure is left out (0015_count_changes_everywhere), and
    // the change logs themselves (0018, 0019, 0020).
    expect(rows.map((r) => r.table)).toEqual([
      'audit_events',
      'audit_heads',
      'count_change_horizon',
      'count_changes',
      'export_jobs',
      'matter_fact_changes',
      'notifications',
      'programme_entry_changes',
      'sessions',
    ]);
  });
});
