/* eslint-disable @typescript-eslint/no-explicit-any -- tests read response bodies loosely, as a user reads a page */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../../../../../test/support/server';
import { demoPlan, lineOf, unitByCode } from '../test-support';

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

describe("a target's page", () => {
  it('gives a trend per unit with the target line, and each number opens its reports', async () => {
    const gdp = await lineOf(supervisor, planId, '地区生产总值');
    const page = (await supervisor.get(`/api/targets/${gdp.target.id}`)).body;
    expect(page.trend.periods).toEqual(['2022-03', '2022-06', '2022-09', '2022-12']);
    expect(page.trend.labels).toEqual(['2022年1-3月', '2022年1-6月', '2022年1-9月', '2022年全年']);
    expect(page.trend.targetLine).toEqual({ value: 8, low: null, high: null });
    expect(page.trend.series).toHaveLength(12);
    const city = page.trend.series[0];
    expect(city).toMatchObject({ self: true, unit: { name: '焦作市' } });
    expect(city.values[3]).toBe(7.6);
    const reports = (await supervisor.get(`/api/targets/${gdp.target.id}/reports?period=2022-12`))
      .body.items;
    expect(reports[0]).toMatchObject({ id: city.reportIds[3], value: 7.6, synthetic: true });
    expect(page.history.map((h: any) => h.verdict).at(-1)).toBe('met');
  });
});

describe("a unit's page", () => {
  it('lists all of 温县 targets across plans with lights', async () => {
    const wen = await unitByCode(supervisor, '410825');
    const page = (await wenxian.get(`/api/units/${wen.id}/targets?year=2022&period=2022-12`)).body;
    expect(page.unit.name).toBe('温县');
    expect(page.rows).toHaveLength(11);
    expect(page.rows.every((r: any) => r.target.unit.name === '温县')).toBe(true);
    const c = page.counts;
    const sum = c.green + c.yellow + c.red + c.notReported + c.none;
    expect(sum).toBe(11);
    const wuzhi = await unitByCode(supervisor, '410823');
    expect((await wenxian.get(`/api/units/${wuzhi.id}/targets?year=2022`)).status).toBe(404);
  });
});

describe('rankings', () => {
  it('ranks units within 县(市)组 and 城区组, ties sharing a rank', async () => {
    const gyzj = await lineOf(supervisor, planId, '规上工业增加值');
    const gxj = gyzj.target.indicator.reportingUnit.name;
    expect(gxj).toBe('市工业和信息化局');
    // Give 温县 and 孟州市 the same figure, above everyone else in the county group.
    for (const code of ['410825', '410883']) {
      const unit = await unitByCode(supervisor, code);
      const cell = gyzj.units.find((u: any) => u.unitId === unit.id);
      const client = await server.login(code === '410825' ? 'wenxian' : 'mengzhou');
      const r = await client.post(`/api/targets/${cell.targetId}/reports`, {
        period: '2022-12',
        value: 30,
        correctionReason: '排名并列测试',
      });
      expect(r.status).toBe(201);
    }
    const ranking = (await supervisor.get(`/api/targets/${gyzj.target.id}/ranking?period=2022-12`))
      .body;
    expect(ranking.basis).toBe('actual');
    expect(ranking.groups.map((g: any) => g.label)).toEqual(['城区组', '县(市)组']);
    const county = ranking.items.filter((i: any) => i.unit.rankingGroup === 'county_group');
    expect(county.slice(0, 3).map((i: any) => [i.unit.name, i.groupRank])).toEqual([
      ['温县', 1],
      ['孟州市', 1],
      [county[2].unit.name, 3],
    ]);
    expect(county[0].overallRank).toBe(1);
    // 中站区 and 马村区 have not reported December: unranked, listed last in their group.
    const urban = ranking.items.filter((i: any) => i.unit.rankingGroup === 'urban_group');
    expect(urban.slice(-2).map((i: any) => [i.unit.name, i.groupRank])).toEqual([
      ['中站区', null],
      ['马村区', null],
    ]);
    // A county sees its own row and rank, not the others' figures.
    const mine = await lineOf(wenxian, planId, '规上工业增加值');
    const own = (await wenxian.get(`/api/targets/${mine.target.id}/ranking?period=2022-12`)).body;
    expect(own.items.map((i: any) => [i.unit.name, i.groupRank])).toEqual([['温县', 1]]);
  });
});

describe('the plan ledger export', () => {
  it('exports the plan as a titled .xlsx with merged headers, 序号 and lights', async () => {
    const res = await supervisor.get(`/api/target-plans/${planId}/ledger.xlsx?period=2022-12`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      encodeURIComponent('焦作市2022年经济社会发展主要预期目标完成情况台账'),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('焦作市2022年经济社会发展主要预期目标完成情况台账');
    expect(String(ws.getCell('A2').value)).toContain('报告期：2022年全年');
    expect(ws.getCell('F3').value).toBe('2022年全年完成情况');
    expect(ws.getCell('F4').value).toBe('完成值');
    expect(ws.getCell('D5').value).toBe('地区生产总值增长8%左右');
    expect(ws.getCell('F5').value).toBe(7.6);
    const seqs: unknown[] = [];
    for (let r = 5; r <= ws.rowCount; r++) seqs.push(ws.getCell(r, 1).value);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, null, null]);
  });
});
