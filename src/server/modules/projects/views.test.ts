import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

// The views added around the dashboard, over real HTTP on the demo workspace: the light filter
// paged by the database, the 示范区's task forces, the map's figures and the monthly trend.

let server: TestServer;
let sup: ApiClient;
let wenxian: ApiClient;
let three = '';
let rebuild = '';
const units = new Map<string, string>();

beforeAll(async () => {
  server = await startTestServer();
  [sup, wenxian] = await Promise.all([server.login('duchashi'), server.login('wenxian')]);
  for (const u of (await sup.get('/api/units')).body.items) units.set(u.name, u.id);
  const list = (await sup.get('/api/programmes')).body.items;
  three = list.find((p: { kind: string }) => p.kind === 'three_batches').id;
  rebuild = list.find((p: { kind: string }) => p.kind === 'plain').id;
});
afterAll(() => server?.close());

type Item = { id: string; reportLight: string; unit: { name: string } };
async function everyPage(c: ApiClient, query: string, pageSize: number) {
  query = query.replace(/&?pageSize=\d+/, '');
  const items: Item[] = [];
  let total = 0;
  for (let page = 1; page < 100; page++) {
    const r = await c.get(`/api/projects?${query}&pageSize=${pageSize}&page=${page}`);
    expect(r.status).toBe(200);
    total = r.body.total;
    items.push(...r.body.items);
    if (r.body.items.length < pageSize) break;
  }
  return { items, total };
}

describe('the project list filtered by light', () => {
  it('pages in the database and counts the same projects the lights show', async () => {
    // The demo reports up to last month, two projects of the key list and some of the 专班
    // a month behind (red by now); the task forces' waiting projects show no light.
    const all = await everyPage(sup, 'pageSize=200', 200);
    for (const light of ['red', 'yellow', 'green'] as const) {
      const shown = all.items.filter((p) => p.reportLight === light).map((p) => p.id);
      const paged = await everyPage(sup, `light=${light}`, 45);
      expect(paged.total, light).toBe(shown.length);
      expect(paged.items.map((p) => p.id).sort(), light).toEqual([...shown].sort());
      expect(paged.items.every((p) => p.reportLight === light)).toBe(true);
    }
    expect(all.items.some((p) => p.reportLight === 'red')).toBe(true);
  });
});

describe('the 示范区 task forces (seed 002)', () => {
  it('lists the 291 key projects in 专班, each found by its task force', async () => {
    const zone = units.get('焦作城乡一体化示范区') ?? units.get('示范区');
    const r = await sup.get(`/api/projects?unitId=${zone}&q=专班&pageSize=1`);
    expect(r.body.total).toBe(291);
    const one = await sup.get(`/api/projects?q=智能装备专班&pageSize=50`);
    expect(one.body.total).toBe(25);
    expect(one.body.items.every((p: { name: string }) => p.name.endsWith('（合成）'))).toBe(true);
    const detail = (await sup.get(`/api/projects/${one.body.items[0].id}`)).body;
    expect(detail.taskForceLeader).toBe('示范区管委会副主任甲（示例）');
    expect(detail.taskForceMembers).toMatch(/^智能装备专班：/);
  });
});

describe('the map and the trend of a programme', () => {
  it('counts each county on the map with the projects its click opens', async () => {
    const d = await sup.get(`/api/programmes/${three}/dashboard?round=3`);
    const rows = d.body.ranking as { unit: { id: string }; code: string; projects: number }[];
    expect(rows.map((r) => r.code)).toContain('410871');
    for (const r of rows.slice(0, 4)) {
      const behind = await sup.get(
        `/api/projects?programme=${three}&round=3&cumulative=true&unitId=${r.unit.id}&pageSize=1`,
      );
      expect(behind.body.total).toBe(r.projects);
    }
  });

  it("draws 投资完成率 month by month, ending at the dashboard's figure", async () => {
    const t = await sup.get(`/api/programmes/${rebuild}/investment-trend`);
    expect(t.status).toBe(200);
    const thisMonth = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);
    expect(t.body.months[0]).toBe(`${thisMonth.slice(0, 4)}-01`);
    expect(t.body.months.at(-1)).toBe(thisMonth);
    const d = await sup.get(`/api/programmes/${rebuild}/dashboard`);
    const last = t.body.overall.at(-1);
    expect(last.rate).toBe(d.body.investment.rate);
    const rates = t.body.overall.map((p: { rate: number }) => p.rate);
    expect([...rates].sort((a, b) => a - b)).toEqual(rates); // year to date: never falls
    expect(t.body.units.length).toBeGreaterThan(5);
  });

  it('shows a county only its own line', async () => {
    const t = await wenxian.get(`/api/programmes/${three}/investment-trend`);
    expect(t.body.units.map((u: { unit: { name: string } }) => u.unit.name)).toEqual(['温县']);
  });
});
