// Tests read response bodies loosely, as a user reads a page; `any` keeps them short.
/* eslint-disable @typescript-eslint/no-explicit-any */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

// A small scheme computed by hand (three counties, four indicators, one bonus, one tie), its
// manual scores, a second version, who sees what, the .xlsx import, and the shipped schemes.

let server: TestServer;
let sup: ApiClient;
let leader: ApiClient;
let wenxian: ApiClient;
let auditor: ApiClient;
const unit = new Map<string, string>();
const TODAY = '2026-11-20';
const PERIOD = '2026-11';
let schemeId = '';

beforeAll(async () => {
  server = await startTestServer();
  const [a, b, c, d] = await Promise.all(
    ['duchashi', 'leader', 'wenxian', 'auditadmin'].map((u) => server.login(u)),
  );
  [sup, leader, wenxian, auditor] = [a!, b!, c!, d!];
  for (const c of [sup, leader, wenxian, auditor]) c.today = TODAY;
  for (const u of (await sup.get('/api/units')).body.items) unit.set(u.name, u.id);
});
afterAll(() => server?.close());

const manual = { kind: 'manual', params: {} };
const leaf = (key: string, weight: number, normalisation: unknown) => ({
  key,
  parentKey: 'G',
  name: `指标${key}`,
  weight,
  direction: 'higher_better',
  source: manual,
  normalisation,
});
const items = (k1Weight = 40) => [
  { key: 'G', name: '总体', weight: 1 },
  leaf('k1', k1Weight, { kind: 'ratio_to_target', target: 100, cap: 1 }),
  leaf('k2', 20, { kind: 'min_max' }),
  leaf('k3', 20, { kind: 'rank_points', points: [1, 0.5] }),
  leaf('k4', 20, {
    kind: 'threshold',
    steps: [
      { from: 90, factor: 1 },
      { from: 60, factor: 0.5 },
    ],
  }),
];
const units = () => ['温县', '武陟县', '孟州市'].map((n) => ({ unitId: unit.get(n)! }));

async function score(itemKey: string, name: string, value: number) {
  const res = await sup.post(`/api/evaluations/schemes/${schemeId}/manual-scores`, {
    itemKey,
    period: PERIOD,
    unitId: unit.get(name),
    value,
    reason: `按考核细则评定（${name}）`,
    evidence: '考核组记录第 3 页',
  });
  expect(res.status).toBe(204);
}

describe('a scheme computed by hand', () => {
  it('is built by a supervisor only', async () => {
    const body = {
      code: 'hand',
      name: '手算验证方案',
      organiserUnitId: unit.get('焦作市'),
      defaultPeriod: PERIOD,
      items: items(),
      adjustments: [
        { key: 'bonus', name: '争先加分', kind: 'bonus', source: manual, perUnit: 2, max: 6 },
      ],
      units: units(),
    };
    const refused = await wenxian.post('/api/evaluations/schemes', body);
    expect(refused.status).toBe(403);
    const res = await sup.post('/api/evaluations/schemes', body);
    expect(res.status).toBe(201);
    schemeId = res.body.id;
    expect(res.body.items.map((i: { key: string; points: number }) => [i.key, i.points])).toEqual([
      ['G', 100],
      ['k1', 40],
      ['k2', 20],
      ['k3', 20],
      ['k4', 20],
    ]);
    const dup = await sup.post('/api/evaluations/schemes', body);
    expect(dup.status).toBe(409);
  });

  it('refuses a manual score without a reason, and scores on computed indicators', async () => {
    const res = await sup.post(`/api/evaluations/schemes/${schemeId}/manual-scores`, {
      itemKey: 'k1',
      period: PERIOD,
      unitId: unit.get('温县'),
      value: 90,
      reason: '',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('评分理由');
    const liaison = await wenxian.post(`/api/evaluations/schemes/${schemeId}/manual-scores`, {
      itemKey: 'k1',
      period: PERIOD,
      unitId: unit.get('温县'),
      value: 100,
      reason: '自评满分',
    });
    expect(liaison.status).toBe(403);
  });

  it('gives the hand-computed scores, ranks (a tie) and lost points', async () => {
    const values: Record<string, [number, number, number]> = {
      k1: [90, 100, 80],
      k2: [5, 3, 4],
      k3: [10, 8, 8],
      k4: [50, 95, 70],
      bonus: [0, 3, 0],
    };
    for (const [key, v] of Object.entries(values)) {
      await score(key, '温县', v[0]);
      await score(key, '武陟县', v[1]);
      await score(key, '孟州市', v[2]);
    }
    const res = await leader.get(`/api/evaluations/schemes/${schemeId}/results?period=${PERIOD}`);
    expect(res.status).toBe(200);
    const rows = res.body.rows.map((r: any) => [r.unit.name, r.total, r.rank, r.lostToBest]);
    // 温县 36+20+20+0 = 76; 武陟县 40+0+10+20 + 3×2 = 76 (tie); 孟州市 32+10+10+10 = 62.
    expect(rows).toEqual([
      ['温县', 76, 1, 24],
      ['武陟县', 76, 1, 30],
      ['孟州市', 62, 3, 38],
    ]);
    expect(res.body.rows[1]).toMatchObject({
      base: 70,
      adjustmentPoints: 6,
      groupLabel: '县(市)组',
    });
  });

  it("shows one unit's breakdown and what matching the best peer would change", async () => {
    const res = await leader.get(
      `/api/evaluations/schemes/${schemeId}/results/${unit.get('孟州市')}?period=${PERIOD}`,
    );
    expect(res.status).toBe(200);
    const k4 = res.body.leaves.find((l: any) => l.key === 'k4');
    expect(k4).toMatchObject({
      value: 70,
      points: 10,
      bestPoints: 20,
      bestValue: 95,
      lostToBest: 10,
    });
    expect(k4.bestUnits.map((u: any) => u.name)).toEqual(['武陟县']);
    expect(res.body.whatIf.find((w: any) => w.key === 'k4')).toMatchObject({
      total: 72,
      rank: 3,
      gain: 10,
    });
    // k1 = 100: 40 points → 70, still third.
    expect(res.body.whatIf.find((w: any) => w.key === 'k1')).toMatchObject({ total: 70, gain: 8 });
    expect(res.body.manual.find((m: any) => m.itemKey === 'k4')).toMatchObject({
      value: 70,
      reason: '按考核细则评定（孟州市）',
      evidence: '考核组记录第 3 页',
      current: true,
    });
  });

  it('lets a liaison see its own unit only', async () => {
    const res = await wenxian.get(`/api/evaluations/schemes/${schemeId}/results?period=${PERIOD}`);
    expect(res.body.rows.map((r: any) => [r.unit.name, r.rank])).toEqual([['温县', 1]]);
    const other = await wenxian.get(
      `/api/evaluations/schemes/${schemeId}/results/${unit.get('武陟县')}`,
    );
    expect(other.status).toBe(404);
    expect((await auditor.get('/api/evaluations/schemes')).status).toBe(403);
  });

  it('keeps the results of an earlier version when a new one is added', async () => {
    const v2 = await sup.post(`/api/evaluations/schemes/${schemeId}/versions`, {
      items: items(80),
      adjustments: [],
      units: units(),
      note: 'k1 权重加倍，取消加分',
    });
    expect(v2.status).toBe(201);
    expect(v2.body.version).toBe(2);
    const first = await leader.get(
      `/api/evaluations/schemes/${schemeId}/results?period=${PERIOD}&version=1`,
    );
    expect(first.body.rows.map((r: any) => r.total)).toEqual([76, 76, 62]);
    const second = await leader.get(
      `/api/evaluations/schemes/${schemeId}/results?period=${PERIOD}`,
    );
    expect(second.body.scheme.version).toBe(2);
    // Leaves now 80/20/20/20 of 140 → ×100/140: 温县 (72+20+20+0)/1.4 = 80.
    expect(second.body.rows[0]).toMatchObject({ unit: { name: '温县' }, total: 80 });
  });

  it('records manual scores in the audit trail', async () => {
    const res = await auditor.get('/api/audit?entityType=evaluation_scheme');
    expect(res.status).toBe(200);
    const summaries = res.body.items.map((e: any) => e.summary).join('\n');
    expect(summaries).toContain(
      '人工评分：手算验证方案 2026-11 孟州市“指标k4”70（理由：按考核细则评定（孟州市））',
    );
  });
});

async function upload(client: ApiClient, path: string, data: Buffer, name = '方案.xlsx') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  const res = await fetch(client.baseUrl + path, {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'x-luoshi-today': TODAY },
    body: form,
  });
  return { status: res.status, body: await res.json() };
}

async function workbook(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指标');
  ws.addRow(['考核指标表']);
  ws.addRow([
    '类别',
    '编号',
    '上级编号',
    '指标名称',
    '权重',
    '方向',
    '数据来源',
    '来源参数',
    '计分方法',
    '计分参数',
    '待补充',
    '说明',
  ]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('importing a scheme version from .xlsx', () => {
  it('refuses a file with faulty rows, naming each row, and saves nothing', async () => {
    const file = await workbook([
      ['指标', 'A', '', '经济', 60],
      [
        '指标',
        'A1',
        'A',
        '增速',
        1,
        '越高越好',
        '目标完成率',
        '指标名称=地区生产总值；目标年度=2022',
        '目标比值',
        '目标=100；封顶=1.2',
      ],
      ['指标', 'A2', 'A', '无来源', 1, '越高越好', '不存在的来源', '', '极差法'],
      ['指标', 'B', 'X', '上级错', 40, '越高越好', '人工评分', '', '名次得分', '1,0.8'],
    ]);
    const res = await upload(sup, `/api/evaluations/schemes/${schemeId}/import`, file);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      expect.stringMatching(/^第 5 行：数据来源“不存在的来源”不存在/),
    ]);
    const detail = await sup.get(`/api/evaluations/schemes/${schemeId}`);
    expect(detail.body.version).toBe(2);
  });

  it('refuses the file of a caller who may not manage the scheme before reading it', async () => {
    const res = await upload(
      wenxian,
      `/api/evaluations/schemes/${schemeId}/import`,
      Buffer.from('not a file'),
    );
    expect(res.status).toBe(403);
  });

  it('imports a good file as a new version', async () => {
    const file = await workbook([
      ['指标', 'A', '', '经济', 60],
      [
        '指标',
        'A1',
        'A',
        '增速',
        1,
        '越高越好',
        '目标完成率',
        '指标名称=地区生产总值；目标年度=2022',
        '目标比值',
        '目标=100；封顶=1.2',
      ],
      ['指标', 'B', '', '督办', 40, '越低越好', '超期未办结事项数', '', '分档', '0:1；2:0.5'],
      ['加分', 'bonus', '', '争先加分', '', '', '人工评分', '', '', '每单位=1；最高=3'],
      ['否决', 'veto', '', '一票否决', '', '', '人工评分'],
    ]);
    const res = await upload(sup, `/api/evaluations/schemes/${schemeId}/import`, file);
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(3);
    expect(res.body.items.map((i: any) => [i.name, i.points])).toEqual([
      ['经济', 60],
      ['增速', 60],
      ['督办', 40],
    ]);
    expect(res.body.adjustments.map((a: any) => a.rule)).toEqual([
      '加分：每单位 1 分，最多 3 分',
      '一票否决：总分记为 0',
    ]);
  });
});

describe('the shipped schemes', () => {
  it('ranks the Jiaozuo counties and districts apart, from records', async () => {
    const list = await leader.get('/api/evaluations/schemes');
    const jz = list.body.items.find((s: any) => s.code === 'jz-county');
    const torch = list.body.items.find((s: any) => s.code === 'torch-2021');
    expect(torch).toMatchObject({ name: '国家高新区综合评价', unitCount: 1, shownUnitCount: 1 });
    // A county sees its own row of the results: the list says 1 of 11, and the link opens 1.
    const own = (await wenxian.get('/api/evaluations/schemes')).body.items.find(
      (s: any) => s.code === 'jz-county',
    );
    expect(own).toMatchObject({ unitCount: 11, shownUnitCount: 1 });
    expect((await wenxian.get(`/api/evaluations/schemes/${jz.id}/results`)).body.rows).toHaveLength(
      own.shownUnitCount,
    );
    expect(jz).toMatchObject({ unitCount: 11, shownUnitCount: 11 });
    expect(torch.placeholderCount).toBeGreaterThan(0);
    const detail = await leader.get(`/api/evaluations/schemes/${torch.id}`);
    expect(detail.body.items.filter((i: any) => i.depth === 0).map((i: any) => i.points)).toEqual([
      20, 20, 15, 15, 30,
    ]);
    const res = await leader.get(`/api/evaluations/schemes/${jz.id}/results`);
    expect(res.status).toBe(200);
    expect(res.body.groups.map((g: any) => g.label)).toEqual(['城区组', '县(市)组']);
    const byGroup = (label: string) => res.body.rows.filter((r: any) => r.groupLabel === label);
    expect(byGroup('县(市)组')).toHaveLength(6);
    expect(byGroup('城区组')).toHaveLength(5);
    for (const label of ['县(市)组', '城区组']) expect(byGroup(label)[0].rank).toBe(1);
    // Speed is measured in bench/; this only catches a pathological regression on a busy machine.
    expect(res.body.computeMs).toBeLessThan(10_000);
    // The overdue figure is the one the backlog page shows for 温县.
    const backlog = await leader.get('/api/matters/backlog');
    const wen = backlog.body.items.find((b: any) => b.unitName === '温县');
    const bd = await leader.get(`/api/evaluations/schemes/${jz.id}/results/${unit.get('温县')}`);
    const overdue = bd.body.leaves.find((l: any) => l.key === 'D.overdue');
    expect(overdue.value).toBe(wen?.overdue ?? 0);
    expect(overdue.rowsLink).toContain(`/matters/list?unitId=${unit.get('温县')}&overdueAt=`);
    const list2 = await leader.get(overdue.rowsLink.replace('/matters/list', '/api/matters'));
    expect(list2.body.total).toBe(overdue.value);
  });

  it('reads 三个一批, investment and enterprise titles exactly as their pages show them', async () => {
    const list = await leader.get('/api/evaluations/schemes');
    const jz = list.body.items.find((s: any) => s.code === 'jz-county');
    const wen = unit.get('温县')!;
    const bd = await leader.get(`/api/evaluations/schemes/${jz.id}/results/${wen}`);
    expect(bd.status).toBe(200);
    const leaf = (k: string) => bd.body.leaves.find((l: any) => l.key === k);
    // The programme dashboard (cumulative, latest round) and its ranking row for 温县.
    const programmes = await leader.get('/api/programmes');
    const three = programmes.body.items.find((p: any) => p.kind === 'three_batches');
    const dash = await leader.get(`/api/programmes/${three.id}/dashboard?cumulative=true`);
    const row = dash.body.ranking.find((r: any) => r.unit.id === wen);
    const started = row.lists
      .find((l: any) => l.list === 'start')
      .rates.find((r: any) => r.key === 'started');
    expect(started.rate).not.toBeNull();
    expect(leaf('P.start').value).toBe(started.rate);
    expect(leaf('P.invest').value).toBe(row.investment.rate);
    // And so for every county the dashboard ranks.
    for (const r of dash.body.ranking) {
      const b = await leader.get(`/api/evaluations/schemes/${jz.id}/results/${r.unit.id}`);
      const value = (k: string) => b.body.leaves.find((l: any) => l.key === k).value;
      const rate = r.lists.find((l: any) => l.list === 'start')?.rates;
      expect([r.unit.name, value('P.start'), value('P.invest')]).toEqual([
        r.unit.name,
        rate?.find((x: any) => x.key === 'started').rate ?? null,
        r.investment.rate,
      ]);
    }
    // The rate's link lists exactly the projects that reached the stage.
    const link = leaf('P.start').rowsLink as string;
    expect(link).toContain(`programme=${three.id}`);
    const rows = await leader.get(link.replace('/projects?tab=list&', '/api/projects?'));
    expect(rows.body.total).toBe(started.reached);
    // The 培育目标 page's counts for 温县 this year.
    const counts = await leader.get('/api/enterprise-counts?year=2026');
    const c = counts.body.rows.find((r: any) => r.unitId === wen);
    expect(leaf('P.specialized').value).toBe(c.new_specialized);
    const target = c.new_high_tech_target;
    expect(leaf('P.titles').value).toBe(
      target ? Math.round((c.new_high_tech / target) * 1000) / 10 : null,
    );
    const ent = await leader.get(
      leaf('P.specialized').rowsLink.replace('/enterprises?', '/api/enterprises?'),
    );
    expect(ent.body.total).toBe(c.new_specialized);
  });
});
