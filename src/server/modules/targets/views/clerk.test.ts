/* eslint-disable @typescript-eslint/no-explicit-any -- tests read bodies loosely, as a user reads a page */
// What a clerk tripped over on the targets pages (issue 9, points 2 and 4–7).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../../../../../test/support/server';
import { demoPlan } from '../test-support';

let server: TestServer;
let supervisor: ApiClient;
let wenxian: ApiClient;
let planId: string;

beforeAll(async () => {
  server = await startTestServer();
  supervisor = await server.login('duchashi');
  wenxian = await server.login('wenxian');
  planId = (await demoPlan(supervisor, '410800')).id;
});
afterAll(() => server?.close());

const table = async (client: ApiClient, period = '2022-12') =>
  (await client.get(`/api/target-plans/${planId}/table?period=${period}`)).body;

describe('the headline counts', () => {
  it('count every cell the caller sees, with 未报送 on its own', async () => {
    const t = await table(supervisor);
    const cells = t.rows.flatMap((r: any) => [r.status, ...r.units.map((u: any) => u.status)]);
    const c = t.counts;
    expect(c.green + c.yellow + c.red + c.notReported + c.none).toBe(cells.length);
    expect(cells.length).toBeGreaterThan(t.rows.length * 5);
    const noData = cells.filter((s: any) => s.verdict === 'no_data').length;
    expect(c.notReported).toBe(noData);
    expect(c.notReported).toBeGreaterThan(0);
    const red = cells.filter((s: any) => s.light === 'red' && s.verdict !== 'no_data').length;
    expect(c.red).toBe(red);
  });
  it('a county liaison counts its own cells', async () => {
    const t = await table(wenxian);
    expect(t.unit.name).toBe('温县');
    const sum = Object.values(t.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sum).toBe(t.rows.length + t.rows.reduce((n: number, r: any) => n + r.units.length, 0));
  });
});

describe('the county target beside each county figure', () => {
  it('each unit cell carries its own target in words', async () => {
    const t = await table(supervisor);
    const gdp = t.rows.find((r: any) => r.target.indicator.name === '地区生产总值');
    for (const cell of gdp.units) expect(cell.meaning).toMatch(/\d/);
  });
});

describe('report sheet import', () => {
  it('is offered to liaisons only, and a supervisor is refused before the file is read', async () => {
    expect((await table(supervisor)).canReport).toBe(false);
    expect((await table(wenxian)).canReport).toBe(true);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'x.xlsx');
    const res = await fetch(
      `${supervisor.baseUrl}/api/target-plans/${planId}/report-sheet?period=2022-12`,
      {
        method: 'POST',
        headers: { cookie: supervisor.cookie, 'x-csrf-token': supervisor.csrf },
        body: form,
      },
    );
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).error.message).toContain('只有联络员可以导入填报表');
  });
});

describe('the meaning once the control value is set', () => {
  it('no longer says 待省级下达控制值', async () => {
    const energy = (await table(supervisor)).rows.find(
      (r: any) => r.target.indicator.name === '节能减排',
    );
    expect(energy.target.meaning).toBe('待省级下达控制值');
    await supervisor.patch(`/api/targets/${energy.target.id}`, { controlValue: -3 });
    const after = (await table(supervisor)).rows.find(
      (r: any) => r.target.id === energy.target.id,
    );
    expect(after.target.meaning).toMatch(/^[≤≥] -3%?（省级下达控制值）$/);
  });
});

describe('a liaison on a target page', () => {
  it('gets the ranking through its own line, not a 404', async () => {
    const t = await table(wenxian);
    const own = t.rows.find((r: any) => r.target.indicator.name === '地区生产总值');
    const page = await wenxian.get(`/api/targets/${own.target.id}`);
    expect(page.status).toBe(200);
    const r = await wenxian.get(`/api/targets/${own.target.id}/ranking`);
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: any) => i.unit.name)).toEqual(['温县']);
    expect(r.body.items[0].groupRank).toBeGreaterThan(0);
    expect(r.body.target.unit.name).toBe('温县');
  });
});
