import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/server';
import { configuredAnchorStore } from './anchor-store';
import { readAnchors } from './anchors';
import { verifyAuditChain } from './verify';

// The chain without a global write lock: writers append, the sealer chains committed rows,
// anchors outside the database catch what a database administrator could otherwise hide.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const verify = async () =>
  verifyAuditChain(server.database.db, {
    anchors: readAnchors(configuredAnchorStore(server.config)),
  });

describe('audit chain under concurrent writers', () => {
  it('lands every write from several clients at once and the chain verifies', async () => {
    const clients = await Promise.all(
      ['sysadmin', 'sysadmin', 'sysadmin', 'sysadmin'].map((u) => server.login(u)),
    );
    const townships = (await clients[0]!.get('/api/units')).body.items
      .filter((u: { kind: string }) => u.kind === 'township' || u.kind === 'street')
      .slice(0, 40);
    expect(townships.length).toBe(40);
    const { rows: before } = await server.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'unit.updated'`,
    );
    // 40 renames from 4 clients in parallel.
    const results = await Promise.all(
      townships.map((u: { id: string; name: string }, i: number) =>
        clients[i % 4]!.patch(`/api/units/${u.id}`, { name: `${u.name}（改）` }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 200));
    await server.sealer.sealNow();
    const { rows: after } = await server.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit_events where action = 'unit.updated'`,
    );
    expect(after[0]!.n - before[0]!.n).toBe(40);
    const result = await verify();
    expect(result).toMatchObject({ ok: true, pending: 0, problems: [] });
    expect(result.anchorsChecked).toBeGreaterThan(0);
  });
});

describe('tampering by someone with database access', () => {
  // Each case damages the chain, checks verify names it, then restores a copy.
  async function withBackup(damage: () => Promise<void>) {
    const db = server.database.db;
    await server.sealer.sealNow();
    await db.execute(sql`create temp table ev_backup as select * from audit_events`);
    await db.execute(sql`create temp table head_backup as select * from audit_heads`);
    try {
      await damage();
      return await verify();
    } finally {
      await db.execute(sql`delete from audit_events`);
      await db.execute(
        sql`insert into audit_events overriding system value select * from ev_backup`,
      );
      await db.execute(sql`delete from audit_heads`);
      await db.execute(sql`insert into audit_heads select * from head_backup`);
      await db.execute(sql`drop table ev_backup, head_backup`);
    }
  }

  it('catches the last records deleted and the head rewritten to match', async () => {
    const result = await withBackup(async () => {
      const db = server.database.db;
      const { rows } = await db.execute<{ m: number }>(
        sql`select max(seq)::int as m from audit_events`,
      );
      const last = rows[0]!.m;
      await db.execute(sql`delete from audit_events where seq > ${last - 3}`);
      await db.execute(sql`update audit_heads h set seq = e.seq, hash = e.hash
        from audit_events e where e.workspace_id = h.workspace_id and e.seq = ${last - 3}`);
    });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.problem).join('\n')).toMatch(/records were deleted/);
  });

  it('catches every audit row and the head deleted', async () => {
    const result = await withBackup(async () => {
      await server.database.db.execute(sql`delete from audit_events`);
      await server.database.db.execute(sql`delete from audit_heads`);
    });
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.problem).toMatch(/the chain has 0: records were deleted/);
  });

  it('catches a record edited and every later hash recomputed', async () => {
    const { auditHash } = await import('./chain');
    const result = await withBackup(async () => {
      const db = server.database.db;
      await db.execute(sql`update audit_events set summary = '改写的记录' where seq = 2`);
      // Recompute the whole chain from record 2 on, as an insider with the code would.
      const { rows } = await db.execute<Record<string, unknown>>(
        sql`select * from audit_events where seq >= 1 order by seq`,
      );
      let prev = '';
      for (const r of rows) {
        const seq = Number(r.seq);
        if (seq === 1) {
          prev = String(r.hash);
          continue;
        }
        const hash = auditHash(prev, {
          id: Number(r.id),
          seq,
          at: new Date(String(r.at)),
          actorId: (r.actor_id as string) ?? null,
          actorName: String(r.actor_name),
          ip: (r.ip as string) ?? null,
          action: String(r.action),
          entityType: String(r.entity_type),
          entityId: (r.entity_id as string) ?? null,
          summary: String(r.summary),
          before: r.before,
          after: r.after,
        });
        await db.execute(
          sql`update audit_events set prev_hash = ${prev}, hash = ${hash} where id = ${r.id}`,
        );
        prev = hash;
      }
      await db.execute(sql`update audit_heads set hash = ${prev}`);
    });
    // The chain is self-consistent again; only the anchors can tell.
    expect(result.ok).toBe(false);
    expect(result.problems.every((p) => /differs from the anchor/.test(p.problem))).toBe(true);
  });
});
