// memoTracked remembers a value with the tables its computation read (PostgreSQL's
// per-transaction statistics), so what a user sees is still exact: a change to a table the
// value read shows at once, and a change elsewhere does not make anyone wait.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../test/support/server';
import type { DbOrTx } from './connection';
import { pruneUntilGone } from '../../../test/support/prune';
import { memoTracked } from './count-memo';

let server: TestServer;
let leader: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  leader = await server.login('leader');
});
afterAll(() => server?.close());

const openMatters = (tx: DbOrTx) =>
  tx.execute(sql`select count(*)::int as n from matters where status = 'in_progress'`);
const closeOne = (db: DbOrTx) =>
  db.execute(sql`update matters set status = 'closed', closed_on = next_due
    where id = (select id from matters where status = 'in_progress' limit 1) returning id`);

describe('an evaluation remembered in parts', () => {
  it('moves the matters values after a matter closes, and keeps the rest', async () => {
    const schemes = (await leader.get('/api/evaluations/schemes')).body;
    const scheme = (schemes.items ?? schemes).find((s: { code: string }) => s.code === 'jz-county');
    const results = (await leader.get(`/api/evaluations/schemes/${scheme.id}/results`)).body;
    const wenxian = results.rows.find((r: { unit: { name: string } }) => r.unit.name === '温县');
    const breakdown = async () => {
      const r = await leader.get(
        `/api/evaluations/schemes/${scheme.id}/results/${wenxian.unit.id}`,
      );
      expect(r.status).toBe(200);
      return Object.fromEntries(
        r.body.leaves.map((l: { key: string; value: number | null }) => [l.key, l.value]),
      ) as Record<string, number | null>;
    };
    const before = await breakdown();
    expect(before['D.overdue']).toBeGreaterThan(0);
    await server.database.db
      .execute(sql`update matters set status = 'closed', closed_on = ${'2026-11-30'}
      where lead_unit_id = ${wenxian.unit.id} and status <> 'closed' and final_due < ${'2026-11-30'}`);
    const after = await breakdown();
    expect(after['D.overdue']).toBe(0);
    expect(after['E.gdp']).toBe(before['E.gdp']);
    expect(after['P.start']).toBe(before['P.start']);
  });
});

describe('values remembered with the tables they read', () => {
  it('recomputes after a change to a table it read, not after a change elsewhere', async () => {
    const { db } = server.database;
    let runs = 0;
    const count = () =>
      memoTracked(db, 'test|open-matters', async (tx) => {
        runs++;
        return ((await openMatters(tx)).rows[0] as { n: number }).n;
      });
    const first = await count();
    expect(first.remembered).toBe(false);
    expect((await count()).remembered).toBe(true);

    // A project changes: the open matters' count is not recomputed.
    await db.execute(sql`update projects set updated_at = now()
      where id = (select id from projects limit 1)`);
    const unrelated = await count();
    expect(unrelated).toEqual({ value: first.value, remembered: true });

    // A matter is closed: recomputed, and the new figure shows.
    const [m] = (await closeOne(db)).rows as { id: string }[];
    expect(m).toBeDefined();
    const after = await count();
    expect(after).toEqual({ value: first.value - 1, remembered: false });
    expect(runs).toBe(2);
  });

  it('is recomputed when records of a change it missed were pruned', async () => {
    const { db } = server.database;
    const count = () =>
      memoTracked(db, 'test|open-matters-pruned', async (tx) => {
        return ((await openMatters(tx)).rows[0] as { n: number }).n;
      });
    const first = await count();
    const { xid } = (
      await db.execute(sql`with closed as (update matters set status = 'closed',
          closed_on = next_due
          where id = (select id from matters where status = 'in_progress' limit 1) returning id)
        select pg_current_xact_id()::text as xid from closed`)
    ).rows[0] as { xid: string };
    await pruneUntilGone(db, xid);
    expect(await count()).toEqual({ value: first.value - 1, remembered: false });
  });

  it('a value used inside another makes the outer one depend on its tables too', async () => {
    const { db } = server.database;
    const inner = () =>
      memoTracked(
        db,
        'test|inner-open',
        async (tx) => ((await openMatters(tx)).rows[0] as { n: number }).n,
      );
    const outer = () =>
      memoTracked(db, 'test|outer', async () => ({ open: (await inner()).value }));
    await inner(); // remembered on its own first, so the outer reads no matter itself
    const before = await outer();
    expect((await outer()).remembered).toBe(true);
    await closeOne(db);
    const after = await outer();
    expect(after.remembered).toBe(false);
    expect(after.value.open).toBe(before.value.open - 1);
  });

  it('keeps the cockpit exact: a matter closed directly moves its figure, targets stay remembered', async () => {
    const timing = async () => {
      const r = await leader.get('/api/cockpit');
      expect(r.status).toBe(200);
      const header = r.headers.get('server-timing')!;
      const ms = (k: string) => Number(new RegExp(`${k};dur=(\\d+)`).exec(header)![1]);
      const open = r.body.sections
        .find((s: { key: string }) => s.key === 'matters')
        .figures.find((f: { key: string }) => f.key === 'matters.open').value as number;
      return { open, targets: ms('targets'), matters: ms('matters') };
    };
    await timing();
    const before = await timing();
    expect(before).toMatchObject({ targets: 0, matters: 0 }); // both remembered
    await closeOne(server.database.db);
    const after = await timing();
    expect(after.open).toBe(before.open - 1);
    expect(after.targets).toBe(0); // the targets section did not read matters
  });
});
