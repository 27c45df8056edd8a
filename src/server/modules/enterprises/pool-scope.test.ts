import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server';

// Filling the seed pool from the near-miss list is a write: it takes only enterprises the
// caller may edit. A person who reads the whole city (viewer grant) but edits only 温县
// (liaison grant) used to fill the pool with near misses from every county.

let server: TestServer;
const year = new Date().getFullYear() - 1;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('seed pool from the near-miss list', () => {
  it('adds only enterprises of the units the caller may edit', async () => {
    const sys = await server.login('sysadmin');
    const sec = await server.login('secadmin');
    const sup = await server.login('duchashi');
    const units = (await sup.get('/api/units')).body.items as { id: string; code: string }[];
    const city = units.find((u) => u.code === '410800')!;
    const wen = units.find((u) => u.code === '410825')!;
    const created = await sys.post('/api/people', {
      username: 'pool_mixed',
      displayName: '混合授权',
      unitId: wen.id,
      initialPassword: 'Temp#2026ab',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    expect(
      (await sec.post(`/api/people/${id}/roles`, { role: 'viewer', unitId: city.id })).status,
    ).toBe(200);
    expect(
      (await sec.post(`/api/people/${id}/roles`, { role: 'liaison', unitId: wen.id })).status,
    ).toBe(200);
    const mixed = await server.login('pool_mixed', 'Temp#2026ab');
    const me = await mixed.get('/api/auth/me');
    if (me.body.mustChangePassword) {
      await mixed.post('/api/auth/password', {
        currentPassword: 'Temp#2026ab',
        newPassword: 'Mixed#2026xyz',
      });
    }

    const near = await sup.get(
      `/api/enterprise-evaluations?year=${year}&kind=specialized_sme&outcome=nearly`,
    );
    const nearIds = new Set<string>(near.body.items.map((x: { id: string }) => x.id));
    const nearWen = near.body.items.filter((x: { unitId: string }) => x.unitId === wen.id);
    expect(nearIds.size).toBeGreaterThan(nearWen.length);

    const r = await mixed.post('/api/enterprise-pool/from-near', { year, kind: 'specialized_sme' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.added).toBeLessThan(nearIds.size);
    const pool = (await sup.get(`/api/enterprise-pool?year=${year}`)).body.items as {
      unitName: string;
    }[];
    expect(pool.length).toBe(r.body.added);
    for (const p of pool) expect(p.unitName).toContain('温县');
  });
});
