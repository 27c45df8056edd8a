/* eslint-disable @typescript-eslint/no-explicit-any -- tests read response bodies loosely, as a user reads a page */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../../../../../test/support/server';
import { demoPlan, unitByCode } from '../test-support';

let server: TestServer;
let supervisor: ApiClient;
let wenxian: ApiClient;
let wuzhi: ApiClient;
let fgw: ApiClient;
let planId: string;

beforeAll(async () => {
  server = await startTestServer();
  supervisor = await server.login('duchashi');
  wenxian = await server.login('wenxian');
  wuzhi = await server.login('wuzhi');
  fgw = await server.login('fgw');
  planId = (await demoPlan(supervisor, '410800')).id;
});
afterAll(() => server?.close());

/** The unit share of an indicator's line for a county, as the supervisor sees it. */
async function share(indicator: string, unitCode: string) {
  const unit = await unitByCode(supervisor, unitCode);
  const table = (await supervisor.get(`/api/target-plans/${planId}/table?period=2022-12`)).body;
  const row = table.rows.find((r: any) => r.target.indicator.name === indicator);
  return row.units.find((u: any) => u.unitId === unit.id);
}

describe('scoped reporting', () => {
  it('lets a county liaison report its own figure, with who and when', async () => {
    const t = await share('固定资产投资', '410825');
    const r = await wenxian.post(`/api/targets/${t.targetId}/reports`, {
      period: '2022-11',
      value: 11.2,
      correctionReason: '县统计局核定',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      outcome: 'corrected',
      report: {
        value: 11.2,
        reporterName: '温县联络员',
        current: true,
        periodLabel: '2022年1-11月',
      },
    });
  });

  it('does not let a county report for another county (not even see it)', async () => {
    const t = await share('固定资产投资', '410825');
    const r = await wuzhi.post(`/api/targets/${t.targetId}/reports`, {
      period: '2022-11',
      value: 99,
    });
    expect(r.status).toBe(404);
    expect(r.body.error.message).toBe('目标不存在或无权访问');
    expect((await wuzhi.get(`/api/targets/${t.targetId}/reports`)).status).toBe(404);
  });

  it('lets the department that reports an indicator report every unit, but no other indicator', async () => {
    const t = await share('固定资产投资', '410823');
    const ok = await fgw.post(`/api/targets/${t.targetId}/reports`, {
      period: '2022-11',
      value: 9.9,
      correctionReason: '发改委调度数',
    });
    expect(ok.status).toBe(201);
    const other = await share('地区生产总值', '410823');
    expect(
      (await fgw.post(`/api/targets/${other.targetId}/reports`, { period: '2022-12', value: 8 }))
        .status,
    ).toBe(404);
  });

  it('refuses readers and bad periods, in Chinese', async () => {
    const t = await share('地区生产总值', '410825');
    const leader = await server.login('leader');
    const byLeader = await leader.post(`/api/targets/${t.targetId}/reports`, {
      period: '2022-12',
      value: 8,
    });
    expect(byLeader.status).toBe(403);
    expect(byLeader.body.error.message).toBe('只能填报本单位的数据，不能填报 温县 的数据');
    const quarter = await wenxian.post(`/api/targets/${t.targetId}/reports`, {
      period: '2022-05',
      value: 8,
    });
    expect(quarter.status).toBe(400);
    expect(quarter.body.error.message).toBe('“地区生产总值”按季报送，报告期应为 3、6、9、12 月');
    const year = await wenxian.post(`/api/targets/${t.targetId}/reports`, {
      period: '2023-03',
      value: 8,
    });
    expect(year.body.error.message).toBe('报告期应在计划年度 2022 年内');
    const text = await wenxian.post(`/api/targets/${t.targetId}/reports`, {
      period: '2022-12',
      value: 'abc',
    });
    expect(text.status).toBe(400);
    expect(text.body.error.field).toBe('value');
  });
});

describe('corrections keep history', () => {
  it('asks for a reason, keeps the earlier value visible, and the table uses the new one', async () => {
    const t = await share('规上工业增加值', '410825');
    const noReason = await wenxian.post(`/api/targets/${t.targetId}/reports`, {
      period: '2022-12',
      value: 9.9,
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toMatch(
      /^温县·规上工业增加值·2022年全年 已报送 [\d.]+，更正时请填写更正原因$/,
    );
    const same = (await wenxian.get(`/api/targets/${t.targetId}/reports?period=2022-12`)).body
      .items[0];
    const fixed = await wenxian.post(`/api/targets/${t.targetId}/reports`, {
      period: '2022-12',
      value: 9.9,
      correctionReason: '年报数据修订',
    });
    expect(fixed.status).toBe(201);
    const history = (await supervisor.get(`/api/targets/${t.targetId}/reports?period=2022-12`)).body
      .items;
    expect(history.map((h: any) => [h.value, h.current, h.correctionReason])).toEqual([
      [9.9, true, '年报数据修订'],
      [same.value, false, null],
    ]);
    expect((await share('规上工业增加值', '410825')).status).toMatchObject({
      actual: 9.9,
      corrected: true,
    });
    const again = await wenxian.post(`/api/targets/${t.targetId}/reports`, {
      period: '2022-12',
      value: 9.9,
      correctionReason: '重复',
    });
    expect(again.status).toBe(409);
  });

  it('shows the demo correction of 温县 1-6月 with the earlier value', async () => {
    const t = await share('规上工业增加值', '410825');
    const history = (await wenxian.get(`/api/targets/${t.targetId}/reports?period=2022-06`)).body
      .items;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({
      current: true,
      correctionReason: '统计局反馈核定数据后更正',
      synthetic: true,
    });
    expect(history[1].current).toBe(false);
  });
});

describe('lights and judgements', () => {
  it('lights units that have not reported December past the deadline', async () => {
    const r = (await supervisor.get(`/api/target-plans/${planId}/reporting?period=2022-12`)).body;
    expect(r.deadline).toBe('2023-01-10');
    const byName = Object.fromEntries(r.units.map((u: any) => [u.unit.name, u]));
    expect(byName['中站区']).toMatchObject({ state: 'overdue', light: 'red', reported: 0 });
    expect(byName['马村区'].stateLabel).toBe('逾期未报');
    expect(byName['温县']).toMatchObject({ state: 'reported', light: 'green' });
    expect(byName['焦作市'].expected).toBe(11);
    const own = (await wenxian.get(`/api/target-plans/${planId}/reporting?period=2022-12`)).body;
    expect(own.units.map((u: any) => u.unit.name)).toEqual(['温县']);
  });

  it('computes 序时进度 lights mid-year from the reports', async () => {
    const t = await share('固定资产投资', '410825');
    await wenxian.post(`/api/targets/${t.targetId}/reports`, {
      period: '2022-06',
      value: 5,
      correctionReason: '测试：半年仅增长5%',
    });
    const table = (await supervisor.get(`/api/target-plans/${planId}/table?period=2022-06`)).body;
    const wen = await unitByCode(supervisor, '410825');
    const cell = table.rows
      .find((r: any) => r.target.indicator.name === '固定资产投资')
      .units.find((u: any) => u.unitId === wen.id);
    expect(cell.status).toMatchObject({
      actual: 5,
      verdict: 'behind',
      light: 'red',
      periodLabel: '2022年1-6月',
    });
  });

  it('lets a supervisor judge a qualitative target with a written reason, keeping history', async () => {
    const t = await share('进出口总额', '410883');
    expect(t.status.verdict).toBe('needs_person');
    const noReason = await supervisor.post(`/api/targets/${t.targetId}/judgements`, {
      period: '2022-12',
      verdict: 'met',
      reason: ' ',
    });
    expect(noReason.body.error.message).toBe('判定理由：不能为空');
    await supervisor.post(`/api/targets/${t.targetId}/judgements`, {
      period: '2022-12',
      verdict: 'not_met',
      reason: '全年下降',
    });
    const j = await supervisor.post(`/api/targets/${t.targetId}/judgements`, {
      period: '2022-12',
      verdict: 'met',
      reason: '全年进出口平稳，增速与上年持平',
    });
    expect(j.status).toBe(201);
    expect((await share('进出口总额', '410883')).status).toMatchObject({
      verdict: 'met',
      light: 'green',
    });
    const list = (await supervisor.get(`/api/targets/${t.targetId}/judgements`)).body.items;
    expect(list.map((x: any) => [x.verdict, x.current])).toEqual([
      ['met', true],
      ['not_met', false],
    ]);
    const mengzhou = await server.login('mengzhou');
    expect(
      (
        await mengzhou.post(`/api/targets/${t.targetId}/judgements`, {
          period: '2022-12',
          verdict: 'met',
          reason: '自评',
        })
      ).status,
    ).toBe(403);
  });
});
