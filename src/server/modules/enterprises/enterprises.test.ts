import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';
import { composeUscc } from '../../../core/enterprises/uscc';

// The enterprise library over real HTTP with the demo workspace: scoping by unit, the USCC
// check, figures with history, the near-miss list and its gaps, a new criteria version that
// leaves earlier years alone, the seed pool, counts by unit, and a problem becoming a matter.

let server: TestServer;
let sup: ApiClient;
let viewer: ApiClient;
let wenxian: ApiClient;
let wuzhi: ApiClient;
let gxj: ApiClient;
let sysadmin: ApiClient;
let auditor: ApiClient;
const units = new Map<string, string>();
const year = new Date().getFullYear() - 1;

beforeAll(async () => {
  server = await startTestServer();
  const c = await Promise.all(
    ['duchashi', 'viewer', 'wenxian', 'wuzhi', 'gxj', 'sysadmin', 'auditadmin'].map((u) =>
      server.login(u),
    ),
  );
  [sup, viewer, wenxian, wuzhi, gxj, sysadmin, auditor] = c as [
    ApiClient,
    ApiClient,
    ApiClient,
    ApiClient,
    ApiClient,
    ApiClient,
    ApiClient,
  ];
  for (const u of (await sup.get('/api/units')).body.items) units.set(u.name, u.id);
});
afterAll(() => server?.close());

const newFirm = (name: string, unit: string, body8: string) => ({
  uscc: composeUscc('91', '410825', body8),
  name,
  unitId: units.get(unit)!,
  industryCode: 'C3985',
  chain: '电子信息',
  scale: 'below',
});

describe('library and scope', () => {
  it('lists the synthetic demo enterprises for the city, by pinyin', async () => {
    const r = await sup.get('/api/enterprises?pageSize=200');
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(60);
    expect(r.body.items.every((e: { synthetic: boolean }) => e.synthetic)).toBe(true);
  });

  it('a county liaison sees only their county; another county’s firm is 404', async () => {
    const mine = await wenxian.get('/api/enterprises?pageSize=200');
    expect(mine.body.total).toBeGreaterThan(0);
    expect(mine.body.items.every((e: { unitName: string }) => e.unitName === '温县')).toBe(true);
    const other = (await wuzhi.get('/api/enterprises?pageSize=1')).body.items[0];
    expect((await wenxian.get(`/api/enterprises/${other.id}`)).status).toBe(404);
  });

  it('the 工信局 liaison sees the whole library; administrators are refused', async () => {
    expect((await gxj.get('/api/enterprises?pageSize=1')).body.total).toBe(60);
    expect((await auditor.get('/api/enterprises')).status).toBe(403);
  });

  it('searches by name, code prefix and pinyin initials', async () => {
    const byName = await sup.get(`/api/enterprises?q=${encodeURIComponent('中原内配')}`);
    expect(byName.body.items.map((e: { name: string }) => e.name)).toEqual([
      '中原内配集团股份有限公司',
    ]);
    const code = byName.body.items[0].uscc as string;
    expect((await sup.get(`/api/enterprises?q=${code.slice(0, 16)}`)).body.items[0].uscc).toBe(
      code,
    );
    expect((await sup.get('/api/enterprises?q=zynp')).body.items[0].name).toBe(
      '中原内配集团股份有限公司',
    );
  });

  it('refuses a wrong code saying which character is wrong', async () => {
    const good = composeUscc('91', '410825', 'MA9XK7L0');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const r = await wenxian.post('/api/enterprises', {
      ...newFirm('温县测试电子有限公司', '温县', 'MA9XK7L0'),
      uscc: bad,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe(
      `统一社会信用代码第 18 位（校验码）应为“${good[17]}”，当前为“${bad[17]}”，请核对`,
    );
  });

  it('a liaison registers a firm in their county, not in another; a viewer cannot', async () => {
    const ok = await wenxian.post(
      '/api/enterprises',
      newFirm('温县测试电子有限公司', '温县', 'MA9XK7L0'),
    );
    expect(ok.status).toBe(201);
    expect(ok.body.canEdit).toBe(true);
    expect(
      (await wenxian.post('/api/enterprises', newFirm('越界公司', '武陟县', 'MA9XK7L1'))).status,
    ).toBe(404);
    expect(
      (await viewer.post('/api/enterprises', newFirm('查看公司', '温县', 'MA9XK7L2'))).status,
    ).toBe(403);
    const dup = await sup.post('/api/enterprises', newFirm('重复公司', '温县', 'MA9XK7L0'));
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toContain('已登记为“温县测试电子有限公司”');
  });
});

describe('figures, evaluation and gaps', () => {
  let id = '';
  beforeAll(async () => {
    id = (await wenxian.get(`/api/enterprises?q=${encodeURIComponent('温县测试电子')}`)).body
      .items[0].id;
  });

  it('saves a year’s figures, keeps the history, and evaluates 专精特新 with the gap in money', async () => {
    const fig = {
      revenue: 10000,
      mainRevenue: 9000,
      rdExpense: 240,
      yearsInNiche: 4,
      employees: 120,
      zjtxScores: { specialisation: 20, refinement: 20, characteristic: 10, innovation: 20 },
    };
    expect((await wenxian.put(`/api/enterprises/${id}/figures/${year}`, fig)).status).toBe(200);
    const r = await wenxian.put(`/api/enterprises/${id}/figures/${year}`, {
      ...fig,
      rdExpense: 250,
    });
    const d = r.body;
    expect(d.revisions).toHaveLength(2);
    expect(d.revisions[0].before.rdExpense).toBe(240);
    expect(d.revisions[0].after.rdExpense).toBe(250);
    const zjtx = d.evaluations.find(
      (e: { titleKind: string }) => e.titleKind === 'specialized_sme',
    );
    expect(zjtx.outcome).toBe('nearly');
    expect(zjtx.gaps).toEqual(['研发费用占比 2.5%，需 3%：按当前营收还需研发投入 50 万元']);
  });

  it('refuses inconsistent figures naming the fields', async () => {
    const r = await wenxian.put(`/api/enterprises/${id}/figures/${year}`, {
      revenue: 100,
      mainRevenue: 200,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('主营业务收入（万元）不能大于营业收入（万元）');
  });

  it('a batch is all-or-nothing with the faulty row named', async () => {
    const r = await wenxian.post('/api/enterprises/figures/batch', {
      year: year - 1,
      rows: [
        { enterpriseId: id, revenue: 9000, mainRevenue: 8000 },
        { enterpriseId: id, revenue: 10, employees: 5, rdStaff: 9 },
      ],
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual(['第 2 行：研发人员不能多于职工人数']);
    const d = (await wenxian.get(`/api/enterprises/${id}`)).body;
    expect(d.figures.map((f: { year: number }) => f.year)).toEqual([year]);
  });

  it('the near-miss list for 专精特新 carries each firm’s gaps', async () => {
    const r = await sup.get(
      `/api/enterprise-evaluations?year=${year}&kind=specialized_sme&outcome=nearly`,
    );
    expect(r.status).toBe(200);
    expect(r.body.counts.qualifies).toBeGreaterThan(5);
    expect(r.body.counts.nearly).toBeGreaterThan(5);
    expect(r.body.counts.not).toBeGreaterThan(5);
    const mine = r.body.items.find((x: { id: string }) => x.id === id);
    expect(mine.evaluation.gaps[0]).toContain('按当前营收还需研发投入 50 万元');
    for (const x of r.body.items) expect(x.evaluation.gaps.length).toBeGreaterThan(0);
  });

  it('a new criteria version takes effect on its date and leaves the earlier year alone', async () => {
    const criteria = (await sup.get('/api/enterprise-criteria')).body;
    const base = criteria.versions.find((v: { id: string }) => v.id === 'builtin-specialized_sme');
    const next = { ...base.params, rdRatio: { gte: 2.5 } };
    const nextYear = year + 2;
    const body = {
      titleKind: 'specialized_sme',
      name: '专精特新中小企业认定标准（新）',
      source: '工信部企业〔2026〕2号',
      effectiveFrom: `${nextYear}-04-01`,
      params: next,
    };
    expect((await wenxian.post('/api/enterprise-criteria', body)).status).toBe(403);
    const back = await sup.post('/api/enterprise-criteria', {
      ...body,
      effectiveFrom: `${year}-06-01`,
    });
    expect(back.status).toBe(400);
    expect(back.body.error.message).toContain('已完成年度的评价结果不随新标准改变');
    const broken = await sup.post('/api/enterprise-criteria', {
      ...body,
      params: { ...next, rdRatio: 'x' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.details[0]).toContain('rdRatio');
    expect((await sup.post('/api/enterprise-criteria', body)).status).toBe(201);

    const before = (await wenxian.get(`/api/enterprises/${id}?year=${year}`)).body.evaluations.find(
      (e: { titleKind: string }) => e.titleKind === 'specialized_sme',
    );
    expect(before).toMatchObject({
      outcome: 'nearly',
      versionName: '专精特新中小企业认定标准（2022）',
    });
    await wenxian.put(`/api/enterprises/${id}/figures/${nextYear}`, {
      revenue: 10000,
      mainRevenue: 9000,
      rdExpense: 250,
      yearsInNiche: 6,
      zjtxScores: { specialisation: 20, refinement: 20, characteristic: 10, innovation: 20 },
    });
    const after = (
      await wenxian.get(`/api/enterprises/${id}?year=${nextYear}`)
    ).body.evaluations.find((e: { titleKind: string }) => e.titleKind === 'specialized_sme');
    expect(after).toMatchObject({
      outcome: 'qualifies',
      versionName: '专精特新中小企业认定标准（新）',
    });
  });
});

describe('cultivation', () => {
  it('builds the seed pool from the near-miss list and shows it', async () => {
    const r = await gxj.post('/api/enterprise-pool/from-near', { year, kind: 'specialized_sme' });
    expect(r.body.added).toBeGreaterThan(5);
    const pool = (await viewer.get(`/api/enterprise-pool?year=${year}`)).body.items;
    expect(pool.length).toBe(r.body.added);
    expect(pool.some((p: { name: string }) => p.name === '温县测试电子有限公司')).toBe(true);
    expect(
      (await gxj.post('/api/enterprise-pool/from-near', { year, kind: 'specialized_sme' })).body
        .added,
    ).toBe(0);
  });

  it('counts titles by unit against targets, and each count opens the same list', async () => {
    const y = year + 1;
    const r = await viewer.get(`/api/enterprise-counts?year=${y}`);
    const meng = r.body.rows.find((x: { unitName: string }) => x.unitName === '孟州市');
    const sum = (k: string) =>
      r.body.rows.reduce((s: number, x: Record<string, number>) => s + (x[k] ?? 0), 0);
    // Seed 001: 新增规上企业450家, 高新技术企业50家, 专精特新70家, split over the county units.
    expect([
      sum('new_above_scale_target'),
      sum('new_high_tech_target'),
      sum('new_specialized_target'),
    ]).toEqual([450, 50, 70]);
    expect(meng.new_above_scale_target).toBe(40);
    for (const m of ['new_above_scale', 'new_high_tech', 'new_specialized']) {
      const list = await sup.get(
        `/api/enterprises?unitId=${meng.unitId}&metric=${m}&metricYear=${y}&pageSize=200`,
      );
      expect(list.body.total).toBe(meng[m]);
    }
    const total = r.body.rows.reduce(
      (s: number, x: { new_specialized: number }) => s + x.new_specialized,
      0,
    );
    expect(total).toBeGreaterThan(0);
    // A county's liaison sees its own row with its own target, and each count is its list's.
    const own = (await wenxian.get(`/api/enterprise-counts?year=${y}`)).body.rows;
    expect(own.map((x: { unitName: string }) => x.unitName)).toEqual(['温县']);
    const cityRow = r.body.rows.find((x: { unitName: string }) => x.unitName === '温县');
    expect(own[0]).toEqual(cityRow);
  });
});

describe('万人助万企', () => {
  it('a problem becomes an assigned matter linked to the enterprise', async () => {
    const id = (await sup.get(`/api/enterprises?q=${encodeURIComponent('中原内配')}`)).body.items[0]
      .id;
    const r = await sup.post(`/api/enterprises/${id}/problems`, {
      title: '用电增容审批慢',
      leadUnitId: units.get('孟州市'),
    });
    expect(r.status).toBe(201);
    const m = await sup.get(`/api/matters/${r.body.matterId}`);
    expect(m.body.status).toBe('assigned');
    expect(m.body.title).toBe('中原内配集团股份有限公司：用电增容审批慢');
    const d = (await sup.get(`/api/enterprises/${id}`)).body;
    expect(d.problems).toEqual([
      expect.objectContaining({ id: r.body.matterId, status: 'assigned', leadUnitName: '孟州市' }),
    ]);
    expect(
      (
        await sysadmin.post(`/api/enterprises/${id}/problems`, {
          title: 'x',
          leadUnitId: units.get('孟州市'),
        })
      ).status,
    ).toBe(403);
  });
});
