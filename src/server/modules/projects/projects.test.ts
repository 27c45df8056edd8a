import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

// Key projects over real HTTP on the demo workspace: the seed-001 rates computed from the
// records, stage order, scoping, monthly investment and its light, problems as matters.

let server: TestServer;
let sup: ApiClient;
let viewer: ApiClient;
let wenxian: ApiClient;
let mengzhou: ApiClient;
let three = '';
let rebuild = '';
const units = new Map<string, string>();

beforeAll(async () => {
  server = await startTestServer();
  const c = await Promise.all(
    ['duchashi', 'viewer', 'wenxian', 'mengzhou'].map((u) => server.login(u)),
  );
  [sup, viewer, wenxian, mengzhou] = [c[0]!, c[1]!, c[2]!, c[3]!];
  for (const u of (await sup.get('/api/units')).body.items) units.set(u.name, u.id);
  const list = (await sup.get('/api/programmes')).body.items;
  three = list.find((p: { kind: string }) => p.kind === 'three_batches').id;
  rebuild = list.find((p: { kind: string }) => p.kind === 'plain').id;
});
afterAll(() => server?.close());

type Rates = {
  list: string;
  listed: number;
  rates: { key: string; reached: number; rate: number }[];
};
const cumulative = async (c: ApiClient) => {
  const r = await c.get(`/api/programmes/${three}/dashboard?round=3&cumulative=true`);
  expect(r.status).toBe(200);
  const by = (list: string) => r.body.lists.find((l: Rates) => l.list === list) as Rates;
  return { body: r.body, sign: by('sign'), start: by('start'), produce: by('produce') };
};

describe('三个一批 rates from the records', () => {
  it('reproduces seed 001 over the first three rounds: 98.8 / 100.0 and 44.0 / 79.6', async () => {
    const { sign, start, produce, body } = await cumulative(sup);
    expect(sign).toMatchObject({
      listed: 84,
      rates: [{ key: 'started', reached: 83, rate: 98.8 }],
    });
    expect(start.listed).toBe(91);
    expect(start.rates).toMatchObject([
      { key: 'started', reached: 91, rate: 100 },
      { key: 'producing', reached: 40, rate: 44 },
    ]);
    expect(produce).toMatchObject({
      listed: 103,
      rates: [{ key: 'performing', reached: 82, rate: 79.6 }],
    });
    expect(body.perRound).toHaveLength(3);
    expect(body.funnel.map((f: { label: string }) => f.label)).toEqual([
      '签约',
      '开工',
      '投产',
      '达效',
    ]);
    expect(body.ranking.some((r: { groupLabel: string }) => r.groupLabel === '县(市)组')).toBe(
      true,
    );
  });

  it('opens the projects behind a number', async () => {
    const base = `/api/projects?programme=${three}&round=3&list=sign`;
    expect((await sup.get(`${base}&reached=started`)).body.total).toBe(83);
    const missing = await sup.get(`${base}&notReached=started`);
    expect(missing.body.total).toBe(1);
    expect(missing.body.items[0].synthetic).toBe(true);
  });

  it('changes the rate when a project starts, and keeps the change in the history', async () => {
    const late = (await sup.get(`/api/projects?programme=${three}&list=sign&notReached=started`))
      .body.items[0];
    const r = await sup.patch(`/api/projects/${late.id}`, { startedOn: '2022-09-01' });
    expect(r.status).toBe(200);
    expect(r.body.stageLabel).toBe('已开工');
    expect((await cumulative(sup)).sign.rates[0]).toMatchObject({ reached: 84, rate: 100 });
    const h = await sup.get(`/api/projects/${late.id}/history`);
    expect(h.body.items[0].changes).toEqual([
      { field: '开工日期', before: null, after: '2022-09-01' },
    ]);
    await sup.patch(`/api/projects/${late.id}`, { startedOn: null });
    expect((await cumulative(sup)).sign.rates[0]!.rate).toBe(98.8);
  });

  it('gives the reconstruction programme its 竣工率 and 投资完成率', async () => {
    const r = await sup.get(`/api/programmes/${rebuild}/dashboard`);
    expect(r.body.lists[0]).toMatchObject({
      list: 'build',
      listed: 140,
      rates: [
        { key: 'started', rate: 100 },
        { key: 'completed', reached: 118, rate: 84.3 },
      ],
    });
    expect(r.body.investment.rate).toBe(97.7);
  });

  it('exports the ranking as an .xlsx ledger', async () => {
    const r = await sup.get(`/api/programmes/${three}/ranking.xlsx?round=3`);
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getCell(1, 1).value)).toContain('排名表');
    const texts = sheet.getRow(3).values as unknown[];
    expect(texts).toContain('签约一批');
  });
});

describe('projects', () => {
  let wenxianProject = '';
  let mengzhouProject = '';
  const body = (unit: string) => ({
    name: '温县测试装备项目',
    unitId: units.get(unit)!,
    level: 'city',
    owner: '测试公司',
    totalInvestment: 20000,
    annualPlan: 1000,
    planYear: 2026,
    signedOn: '2026-01-10',
    startedOn: '2026-02-01',
    taskForceLeader: '李副县长',
  });

  it('refuses stage dates out of order, naming both dates', async () => {
    const r = await sup.post('/api/projects', { ...body('温县'), startedOn: '2025-12-01' });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('开工日期（2025-12-01）不能早于签约日期（2026-01-10）');
  });

  it('is created by a liaison for its own county only', async () => {
    const ok = await wenxian.post('/api/projects', body('温县'));
    expect(ok.status).toBe(201);
    wenxianProject = ok.body.id;
    expect(ok.body).toMatchObject({ levelLabel: '市重点', stageLabel: '已开工' });
    expect((await wenxian.post('/api/projects', body('孟州市'))).status).toBe(404);
    mengzhouProject = (
      await mengzhou.post('/api/projects', { ...body('孟州市'), name: '孟州测试项目' })
    ).body.id;
    expect((await viewer.post('/api/projects', body('温县'))).status).toBe(403);
  });

  it('shows a county only its own projects', async () => {
    const r = await wenxian.get('/api/projects?pageSize=200');
    expect(r.body.total).toBeGreaterThan(10);
    expect(new Set(r.body.items.map((p: { unit: { name: string } }) => p.unit.name))).toEqual(
      new Set(['温县']),
    );
    expect((await wenxian.get(`/api/projects/${mengzhouProject}`)).status).toBe(404);
    const d = await wenxian.get(`/api/programmes/${three}/dashboard?round=3`);
    expect(d.body.lists[0].listed).toBeLessThan(84);
    // The map colours only the county's own unit: the others are not "0 projects" to it.
    const seen = (body: { ranking: { unit: { name: string }; visible: boolean }[] }) =>
      body.ranking.filter((r) => r.visible).map((r) => r.unit.name);
    expect(seen(d.body)).toEqual(['温县']);
    const city = await sup.get(`/api/programmes/${three}/dashboard?round=3`);
    expect(seen(city.body)).toHaveLength(11);
    // Its ranks are its places among all its peers, as the city sees them, not "first of one";
    // the other rows show no rank and no figure.
    type Row = { unit: { name: string }; ranks: Record<string, number | null>; lists: unknown[] };
    const rowOf = (body: { ranking: Row[] }, name: string) =>
      body.ranking.find((r) => r.unit.name === name)!;
    const own = rowOf(d.body, '温县');
    expect(own.ranks).toEqual(rowOf(city.body, '温县').ranks);
    expect(Object.values(own.ranks).some((r) => r !== 1)).toBe(true);
    expect(Object.values(rowOf(d.body, '孟州市').ranks).every((r) => r === null)).toBe(true);
    expect(rowOf(d.body, '孟州市').lists).toEqual([]);
    // Its ranking ledger holds its own row, as its page shows, not ten rows of dashes.
    const x = await wenxian.get(`/api/programmes/${three}/ranking.xlsx?round=3`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.body);
    const names: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => names.push(c.value)));
    expect(names).toContain('温县');
    expect(names).not.toContain('孟州市');
  });

  it('takes monthly investment from the unit, above plan included, and lights a missing month', async () => {
    wenxian.today = '2026-06-03';
    const r = await wenxian.put(`/api/projects/${wenxianProject}/investments/2026-05`, {
      ytdCompleted: 1200,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ytdCompleted: 1200, investmentRate: 120, reportLight: 'green' });
    expect(
      (
        await mengzhou.put(`/api/projects/${wenxianProject}/investments/2026-05`, {
          ytdCompleted: 1,
        })
      ).status,
    ).toBe(404);
    expect(
      (await viewer.put(`/api/projects/${wenxianProject}/investments/2026-05`, { ytdCompleted: 1 }))
        .status,
    ).toBe(403);
    const light = async (day: string) => {
      wenxian.today = day;
      return (await wenxian.get(`/api/projects/${wenxianProject}`)).body;
    };
    expect((await light('2026-07-04')).reportLight).toBe('green');
    expect((await light('2026-07-08')).reportLight).toBe('yellow');
    const red = await light('2026-07-20');
    expect(red.reportLight).toBe('red');
    expect(red.reportLightReason).toContain('2026-06');
    const reds = await wenxian.get(`/api/projects?light=red&q=温县测试`);
    expect(reds.body.total).toBe(1);
    wenxian.today = '';
  });

  it('saves a batch all or nothing, naming the faulty row', async () => {
    wenxian.today = '2026-07-20';
    const form = await wenxian.get('/api/projects/investment-form?month=2026-06');
    const mine = form.body.items.find((i: { projectId: string }) => i.projectId === wenxianProject);
    expect(mine).toMatchObject({ previous: 1200, ytdCompleted: null, annualPlan: 1000 });
    const bad = await wenxian.post('/api/projects/investments', {
      month: '2026-06',
      items: [
        { projectId: wenxianProject, ytdCompleted: 1300 },
        { projectId: mengzhouProject, ytdCompleted: 10 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual(['第 2 行：项目不存在或无权访问']);
    expect((await wenxian.get(`/api/projects/${wenxianProject}`)).body.ytdMonth).toBe('2026-05');
    const ok = await wenxian.post('/api/projects/investments', {
      month: '2026-06',
      items: [{ projectId: wenxianProject, ytdCompleted: 1300 }],
    });
    expect(ok.status).toBe(200);
    expect((await wenxian.get(`/api/projects/${wenxianProject}`)).body).toMatchObject({
      ytdMonth: '2026-06',
      investmentRate: 130,
      reportLight: 'green',
    });
    wenxian.today = '';
  });

  it('turns a problem into a supervised matter with 13710 deadlines, linked both ways', async () => {
    const p = {
      kind: 'land',
      description: '用地指标未落实，影响二期开工',
      leadUnitId: units.get('温县'),
    };
    expect((await wenxian.post(`/api/projects/${wenxianProject}/problems`, p)).status).toBe(403);
    const r = await sup.post(`/api/projects/${wenxianProject}/problems`, p);
    expect(r.status).toBe(201);
    const problem = r.body.problems[0];
    expect(problem).toMatchObject({ kindLabel: '用地', matterStatus: 'assigned' });
    expect(problem.finalDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const m = await wenxian.get(`/api/matters/${problem.matterId}`);
    expect(m.status).toBe(200);
    expect(m.body.title).toContain('要素保障');
    expect(problem.light).toBe(m.body.light);
    expect(m.body.deadlines.length).toBeGreaterThan(1);
    const back = await wenxian.get(`/api/projects/by-matter/${problem.matterId}`);
    expect(back.body).toEqual({ projectId: wenxianProject, name: '温县测试装备项目' });
  });
});

describe('programmes and report rules', () => {
  it('lets only a supervisor build a programme; a 投产 list takes only started projects', async () => {
    expect(
      (await wenxian.post('/api/programmes', { name: '测试计划', kind: 'three_batches' })).status,
    ).toBe(403);
    const p = await sup.post('/api/programmes', { name: '测试计划', kind: 'three_batches' });
    expect(p.status).toBe(201);
    expect(
      (await sup.post(`/api/programmes/${p.body.id}/rounds`, { heldOn: '2022-06-30' })).body.seq,
    ).toBe(1);
    const late = await sup.post(`/api/programmes/${p.body.id}/rounds`, { heldOn: '2022-06-01' });
    expect(late.body.error.message).toBe('本期日期（2022-06-01）须晚于上一期日期（2022-06-30）');
    const notStarted = (
      await sup.get(`/api/projects?programme=${three}&list=sign&notReached=started`)
    ).body.items[0];
    const refused = await sup.post(`/api/programmes/${p.body.id}/entries`, {
      round: 1,
      list: 'produce',
      projectId: notStarted.id,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('前未开工，不能列入投产一批');
    const ok = await sup.post(`/api/programmes/${p.body.id}/entries`, {
      round: 1,
      list: 'sign',
      projectId: notStarted.id,
    });
    expect(ok.status).toBe(201);
    const d = await sup.get(`/api/programmes/${p.body.id}/dashboard`);
    expect(d.body.lists).toMatchObject([
      { list: 'sign', listed: 1, rates: [{ reached: 0, rate: 0 }] },
    ]);
  });

  it('takes the missing-report rule from the workspace settings', async () => {
    const bad = await sup.put('/api/projects/settings', { yellowAfterDays: 10, redAfterDays: 5 });
    expect(bad.status).toBe(400);
    expect(
      (await wenxian.put('/api/projects/settings', { yellowAfterDays: 3, redAfterDays: 40 }))
        .status,
    ).toBe(403);
    expect(
      (await sup.put('/api/projects/settings', { yellowAfterDays: 3, redAfterDays: 40 })).status,
    ).toBe(200);
    wenxian.today = '2026-08-20'; // July missing for 20 days: yellow under the new rule
    const r = await wenxian.get('/api/projects?q=温县测试装备');
    expect(r.body.items[0].reportLight).toBe('yellow');
    wenxian.today = '';
  });
});
