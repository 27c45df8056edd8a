import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

// Evaluating every enterprise for a year as a background job on the export runner: progress
// and a result sheet in the exports tray, results stored per enterprise, year, title and
// criteria version, in the caller's scope.

let server: TestServer;
let sup: ApiClient;
let wenxian: ApiClient;
const year = new Date().getFullYear() - 1;
const thisYear = year + 1;

beforeAll(async () => {
  server = await startTestServer();
  [sup, wenxian] = (await Promise.all(['duchashi', 'wenxian'].map((u) => server.login(u)))) as [
    ApiClient,
    ApiClient,
  ];
});
afterAll(() => server?.close());

async function run(client: ApiClient, y: number) {
  const start = await client.post('/api/enterprise-evaluation-runs', { year: y });
  expect(start.status).toBe(202);
  await server.exports.drain();
  return (await client.get(`/api/exports/${start.body.id}`)).body;
}

type Row = { titleKind: string; versionId: string; outcome: string; n: number };
/** Stored counts by title, version and outcome (when they were evaluated left out). */
const resultsOf = async (client: ApiClient, y: number) =>
  (
    (await client.get(`/api/enterprise-evaluation-results?year=${y}`)).body.rows as (Row & {
      evaluatedAt: string;
    })[]
  ).map(({ evaluatedAt: _at, ...r }) => r);

describe('evaluation of all enterprises as a job', () => {
  it('evaluates every enterprise, shows progress to the end and offers the result sheet', async () => {
    const job = await run(sup, year);
    expect(job).toMatchObject({ status: 'done', done: 60, total: 60 });
    expect(job.fileName).toBe(`${year}年度企业梯度培育评价结果.xlsx`);
    const file = await sup.get(`/api/exports/${job.id}/file`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell(1, 1).value).toBe(`${year}年度企业梯度培育评价结果`);
    const near = (
      await sup.get(`/api/enterprise-evaluations?year=${year}&kind=specialized_sme&outcome=nearly`)
    ).body.items[0];
    let found = '';
    sheet.eachRow((row) => {
      if (row.getCell(2).value === near.name && row.getCell(5).value === '专精特新中小企业')
        found = String(row.getCell(8).value);
    });
    expect(found).toBe(near.evaluation.gaps.join('；'));
  });

  it('stores results matching the live evaluation, per title and version', async () => {
    const rows = await resultsOf(sup, year);
    const live = (await sup.get(`/api/enterprise-evaluations?year=${year}&kind=specialized_sme`))
      .body.counts as Record<string, number>;
    const stored = Object.fromEntries(
      rows.filter((r) => r.titleKind === 'specialized_sme').map((r) => [r.outcome, r.n]),
    );
    expect(stored).toEqual(Object.fromEntries(Object.entries(live).filter(([, n]) => n > 0)));
    expect(new Set(rows.map((r) => r.versionId))).toEqual(
      new Set([
        'builtin-innovative_sme',
        'builtin-specialized_sme',
        'builtin-little_giant',
        'builtin-high_tech',
      ]),
    );
  });

  it('a new criteria version adds its own results and leaves the earlier year’s alone', async () => {
    const before = await resultsOf(sup, year);
    const versions = (await sup.get('/api/enterprise-criteria')).body.versions as {
      id: string;
      params: Record<string, unknown>;
    }[];
    const params = versions.find((v) => v.id === 'builtin-specialized_sme')!.params;
    const added = await sup.post('/api/enterprise-criteria', {
      titleKind: 'specialized_sme',
      name: '专精特新（测试新版）',
      source: '测试',
      effectiveFrom: `${thisYear}-01-01`,
      params: { ...params, rdRatio: { gte: 4 } },
    });
    expect(added.status).toBe(201);
    await run(sup, thisYear);
    await run(sup, year);
    expect(await resultsOf(sup, year)).toEqual(before);
    const now = await resultsOf(sup, thisYear);
    expect(now.filter((r) => r.titleKind === 'specialized_sme').map((r) => r.versionId)).toEqual(
      expect.arrayContaining([added.body.id]),
    );
  });

  it('a county liaison’s run covers their county’s enterprises only', async () => {
    const total = (await wenxian.get('/api/enterprises?pageSize=1')).body.total;
    const job = await run(wenxian, year);
    expect(job).toMatchObject({ status: 'done', done: total, total });
    const rows = await resultsOf(wenxian, year);
    expect(rows.filter((r) => r.titleKind === 'high_tech').reduce((n, r) => n + r.n, 0)).toBe(
      total,
    );
  });
});
