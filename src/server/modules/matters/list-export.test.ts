// Every filtered list a number opens is exportable with the same filters (issue 13, point 5):
// the matters list, the project list and the deadlines behind 反馈及时率, each as an .xlsx
// whose rows are the list's rows, all of them.
/* eslint-disable @typescript-eslint/no-explicit-any -- tests read bodies loosely, as a user reads a page */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';
import { LIST_EXPORT_MAX, pagesForExport } from '../../excel/list-export';

let server: TestServer;
let sup: ApiClient;
let wenxian: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  [sup, wenxian] = await Promise.all([server.login('duchashi'), server.login('wenxian')]);
});
afterAll(() => server?.close());

/** The ledger's data rows (those numbered by 序号), as arrays of cell values from column 2. */
async function ledgerRows(client: ApiClient, url: string): Promise<unknown[][]> {
  const r = await client.get(url);
  expect(r.status, String(r.body)).toBe(200);
  expect(r.headers.get('content-type')).toContain('spreadsheetml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.body);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((row) => {
    if (typeof row.getCell(1).value === 'number') rows.push((row.values as unknown[]).slice(2));
  });
  return rows;
}

/** Every item of a paged list. */
async function allItems(client: ApiClient, url: string): Promise<any[]> {
  const items: any[] = [];
  for (let page = 1; ; page++) {
    const b = (await client.get(`${url}&pageSize=200&page=${page}`)).body;
    items.push(...b.items);
    if (items.length >= b.total) return items;
  }
}

describe('a filtered list as a ledger', () => {
  it('exports the matters a number opens, the same rows in the same order', async () => {
    for (const q of ['status=open', 'light=red', 'overdue=true', 'status=closed']) {
      const items = await allItems(sup, `/api/matters?${q}`);
      expect(items.length, q).toBeGreaterThan(0);
      const rows = await ledgerRows(sup, `/api/matters/list.xlsx?${q}`);
      expect(
        rows.map((r) => r[0]),
        q,
      ).toEqual(items.map((m) => m.title));
      expect(rows.map((r) => r[2])).toEqual(items.map((m) => m.leadUnit.name));
    }
    // A county's liaison exports its own matters only.
    const mine = await ledgerRows(wenxian, '/api/matters/list.xlsx?involvement=lead');
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((r) => r[2]))).toEqual(new Set(['温县']));
  });

  it('exports the projects behind a 三个一批 rate', async () => {
    const three = (await sup.get('/api/programmes')).body.items.find(
      (p: any) => p.kind === 'three_batches',
    );
    const q = `programme=${three.id}&round=3&cumulative=true&list=start&reached=producing`;
    const items = await allItems(sup, `/api/projects?${q}`);
    expect(items).toHaveLength(40); // seed 001: 40 of the 91 in production
    const rows = await ledgerRows(sup, `/api/projects/list.xlsx?${q}`);
    expect(rows.map((r) => r[0])).toEqual(items.map((p) => p.name));
    expect(rows.map((r) => r[1])).toEqual(items.map((p) => p.unit.name));
    expect(rows.map((r) => r[6])).toEqual(items.map((p) => p.annualPlan));
    expect(rows.map((r) => r[8] ?? null)).toEqual(items.map((p) => p.investmentRate));
  });

  it('exports the deadlines behind a 反馈及时率', async () => {
    const { today } = (await sup.get('/api/matters/board')).body;
    const month = today.slice(0, 7);
    for (const q of [`month=${month}`, `month=${month}&onTime=true`]) {
      const items = await allItems(sup, `/api/matters/deadlines?${q}`);
      expect(items.length, q).toBeGreaterThan(0);
      const rows = await ledgerRows(sup, `/api/matters/deadlines.xlsx?${q}`);
      expect(
        rows.map((r) => [r[0], r[2]]),
        q,
      ).toEqual(items.map((d) => [d.title, d.due]));
    }
  });

  it('refuses bad filters in Chinese, naming the field', async () => {
    const bad = await sup.get('/api/matters/list.xlsx?light=purple');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('灯');
    const month = await sup.get('/api/matters/deadlines.xlsx?month=2026-13');
    expect(month.status).toBe(400);
    expect(JSON.stringify(month.body)).toContain('月份');
  });

  it('refuses a list longer than the limit before sending anything, and pages the rest', async () => {
    const pager = (total: number) => {
      const asked: number[] = [];
      const page = async (offset: number, limit: number) => {
        asked.push(offset);
        const n = Math.max(0, Math.min(limit, total - offset));
        return { rows: Array.from({ length: n }, (_, i) => offset + i), total };
      };
      return { page, asked };
    };
    const over = pager(LIST_EXPORT_MAX + 1);
    await expect(pagesForExport(over.page)).rejects.toThrow(/超过导出上限 100000 条/);
    expect(over.asked).toEqual([0]);
    const ok = pager(2500);
    const rows: number[] = [];
    for await (const r of await pagesForExport(ok.page)) rows.push(r);
    expect(rows).toEqual(Array.from({ length: 2500 }, (_, i) => i));
    expect(ok.asked).toEqual([0, 1000, 2000]);
  });
});
