import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

// The batch form's sheet: a unit's enterprises for a year with their figures, a page at a
// time, in the caller's scope; saving a page changes only what was typed.

let server: TestServer;
let sup: ApiClient;
let wenxian: ApiClient;
const year = new Date().getFullYear() - 1;

beforeAll(async () => {
  server = await startTestServer();
  [sup, wenxian] = (await Promise.all(['duchashi', 'wenxian'].map((u) => server.login(u)))) as [
    ApiClient,
    ApiClient,
  ];
});
afterAll(() => server?.close());

type Row = {
  id: string;
  name: string;
  unitName: string;
  canEdit: boolean;
  figures: Record<string, number | null> | null;
};

describe('batch form of yearly figures', () => {
  it('a county liaison gets their county’s enterprises with the year’s figures, a page at a time', async () => {
    const res = await wenxian.get(`/api/enterprises/figures/batch?year=${year}&pageSize=5`);
    expect(res.status).toBe(200);
    const all = (await wenxian.get('/api/enterprises?pageSize=1')).body.total;
    expect(res.body).toMatchObject({ year, total: all, totalEstimated: false });
    expect(res.body.items).toHaveLength(5);
    expect(res.body.items.every((r: Row) => r.unitName === '温县' && r.canEdit)).toBe(true);
  });

  it('saving a page changes the typed figure and keeps the others', async () => {
    const sheet = (await wenxian.get(`/api/enterprises/figures/batch?year=${year}&pageSize=3`)).body
      .items as Row[];
    const withFigures = sheet.find((r) => r.figures)!;
    const saved = await wenxian.post('/api/enterprises/figures/batch', {
      year,
      rows: [{ ...withFigures.figures, revenue: 12345.6, enterpriseId: withFigures.id }],
    });
    expect(saved.status).toBe(200);
    const again = (await wenxian.get(`/api/enterprises/figures/batch?year=${year}&pageSize=3`)).body
      .items as Row[];
    const row = again.find((r) => r.id === withFigures.id)!;
    expect(row.figures!.revenue).toBe(12345.6);
    expect(row.figures!.employees).toBe(withFigures.figures!.employees);
  });

  it('the city supervisor filters by unit', async () => {
    const units = (await sup.get('/api/units')).body.items as { id: string; name: string }[];
    const wuzhi = units.find((u) => u.name === '武陟县')!.id;
    const res = await sup.get(`/api/enterprises/figures/batch?year=${year}&unitId=${wuzhi}`);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((r: Row) => r.unitName === '武陟县')).toBe(true);
  });
});
