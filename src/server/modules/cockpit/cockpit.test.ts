// Tests read response bodies loosely, as a user reads a page; `any` keeps them short.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

// The cockpit's numbers are the row counts of the lists they link to.

let server: TestServer;
let leader: ApiClient;
let wenxian: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  leader = await server.login('leader');
  wenxian = await server.login('wenxian');
});
afterAll(() => server?.close());

/** The API list behind a web link to /matters/list?… */
async function rowsBehind(c: ApiClient, link: string): Promise<number> {
  const res = await c.get(link.replace('/matters/list', '/api/matters') + '&pageSize=200');
  expect(res.status).toBe(200);
  return res.body.total;
}

describe('the leaders cockpit', () => {
  it('shows every present module, each matters figure a link to exactly its rows', async () => {
    const cold = await leader.get('/api/cockpit');
    const t0 = performance.now();
    const res = await leader.get('/api/cockpit');
    const ms = performance.now() - t0;
    console.log(
      'cockpit timings',
      cold.body.timings,
      'warm',
      Math.round(ms),
      'ms',
      res.body.timings,
    );
    expect(res.status).toBe(200);
    // The target (under 1 s on the demo) is measured in bench/; this bound only catches a
    // pathological regression and holds when two test runs share the machine.
    expect(ms).toBeLessThan(15_000);
    const keys = res.body.sections.map((s: any) => s.key);
    expect(keys).toEqual(
      expect.arrayContaining(['targets', 'matters', 'eval.jz-county', 'eval.torch-2021']),
    );
    expect(res.body.units).toHaveLength(11);
    const matters = res.body.sections.find((s: any) => s.key === 'matters');
    for (const f of matters.figures.filter((x: any) => x.link?.startsWith('/matters/list'))) {
      expect(await rowsBehind(leader, f.link)).toBe(f.value);
      for (const u of f.byUnit ?? []) expect(await rowsBehind(leader, u.link)).toBe(u.value);
    }
  });

  it('shows 三个一批 rates, investment and enterprise titles, each opening its rows', async () => {
    const res = await leader.get('/api/cockpit');
    const projects = res.body.sections.find((s: any) => s.key === 'projects');
    const api = (link: string) => link.replace('/projects?tab=list&', '/api/projects?');
    const total = async (link: string) => (await leader.get(api(link) + '&pageSize=200')).body;
    const rateBehind = async (link: string) => {
      const reached = (await total(link)).total;
      const listed = (await total(link.replace(/&reached=\w+/, ''))).total;
      return listed === 0 ? null : Math.round((reached * 1000) / listed) / 10;
    };
    const investmentBehind = async (link: string) => {
      const all: any[] = [];
      for (let page = 1; ; page++) {
        const b = (await leader.get(`${api(link)}&pageSize=200&page=${page}`)).body;
        all.push(...b.items);
        if (all.length >= b.total) break;
      }
      const items = all.filter((p: any) => p.planYear === 2026 && p.annualPlan > 0);
      const plan = items.reduce((s: number, p: any) => s + p.annualPlan, 0);
      const done = items.reduce((s: number, p: any) => s + (p.ytdCompleted ?? 0), 0);
      return plan > 0 ? Math.round((done * 1000) / plan) / 10 : null;
    };
    expect(projects.figures.map((f: any) => f.label)).toEqual([
      '开工率（开工一批）',
      '投产率（开工一批）',
      '达效率（投产一批）',
      '投资完成率',
    ]);
    for (const f of projects.figures) {
      const behind = f.key === 'projects.investment' ? investmentBehind : rateBehind;
      expect(await behind(f.link)).toBe(f.value);
      expect(f.byUnit).toHaveLength(11);
      for (const u of f.byUnit.slice(0, 3)) expect(await behind(u.link)).toBe(u.value);
    }
    const ent = res.body.sections.find((s: any) => s.key === 'enterprises');
    expect(ent.figures).toHaveLength(3);
    for (const f of ent.figures) {
      const n = async (link: string) =>
        (await leader.get(link.replace('/enterprises?', '/api/enterprises?'))).body.total;
      expect(await n(f.link)).toBe(f.value);
      for (const u of f.byUnit) expect(await n(u.link)).toBe(u.value);
    }
  });

  it('gives every county the 三个一批 figures the programme dashboard ranks it by, also after a report', async () => {
    // The cockpit's cut (programmeHeadline) and the dashboard's counts (countsOfEntries) are
    // two paths over the remembered entries: both must agree for every county, and again once
    // a project's report changed them.
    const compare = async () => {
      const cockpit = (await leader.get('/api/cockpit')).body;
      const projects = cockpit.sections.find((s: any) => s.key === 'projects');
      const id = /programme=([\w-]+)/.exec(projects.link)![1];
      const dash = (await leader.get(`/api/programmes/${id}/dashboard?cumulative=true`)).body;
      const rate = (lists: any[], key: string) => {
        const [, list, stage] = key.split('.');
        return lists.find((l) => l.list === list)?.rates.find((r: any) => r.key === stage)?.rate;
      };
      for (const f of projects.figures) {
        const of = (lists: any[], investment: any) =>
          f.key === 'projects.investment' ? investment.rate : (rate(lists, f.key) ?? null);
        expect(f.value).toBe(of(dash.lists, dash.investment));
        for (const u of f.byUnit) {
          const row = dash.ranking.find((r: any) => r.unit.id === u.unitId);
          expect([f.key, u.unitId, u.value]).toEqual([
            f.key,
            u.unitId,
            of(row.lists, row.investment),
          ]);
        }
      }
      // The investment line, for the city and for 温县, is the programme's own trend.
      const trend = (await leader.get(`/api/programmes/${id}/investment-trend?cumulative=true`))
        .body;
      const line = async (q: string) =>
        (await leader.get(`/api/cockpit/trends${q}`)).body.investment.points.map(
          (p: any) => p.value,
        );
      expect(await line('')).toEqual(trend.overall.map((p: any) => p.rate));
      const wen = trend.units.find((u: any) => u.unit.name === '温县');
      expect(await line(`?unitId=${wen.unit.id}`)).toEqual(wen.points.map((p: any) => p.rate));
      return { id, projects, trend, today: cockpit.today as string };
    };
    const { id, projects, trend, today } = await compare();
    // 温县's monthly report on one of its projects, as its liaison makes it, and a project
    // that starts: the figures move, and still agree.
    const { db } = server.database;
    const before = projects.figures.map((f: any) => f.value);
    const { rows } = await db.execute<{ id: string; month: string; ytd: number }>(sql`
      select p.id::text as id, p.ytd_month as month, p.ytd_completed::float8 as ytd
      from programme_entries e join projects p on p.id = e.project_id
        join units u on u.id = p.unit_id
        join units w on w.workspace_id = u.workspace_id and w.name = '温县'
          and u.path like w.path || '%'
      where e.programme_id = ${id} and p.plan_year = ${Number(today.slice(0, 4))}
        and p.annual_plan > 0
        and p.ytd_month is not null
      order by p.id limit 1`);
    const report = await wenxian.put(`/api/projects/${rows[0]!.id}/investments/${rows[0]!.month}`, {
      ytdCompleted: rows[0]!.ytd + 50000,
    });
    expect(report.status).toBe(200);
    await db.execute(sql`update projects set started_on = ${today}
      where id = (select e.project_id from programme_entries e
        where e.programme_id = ${id} and e.list = 'start' and e.started_on is null
        order by e.id limit 1)`);
    const after = await compare();
    expect(after.projects.figures.map((f: any) => f.value)).not.toEqual(before);
    expect(after.trend.overall).not.toEqual(trend.overall);
  });

  it('shows a county clicked on the map a title entered after the city was opened', async () => {
    // The enterprise counts of every county are remembered for the caller (forCaller): a
    // county's cockpit reads its row, and a new title makes them count again.
    const city = (await leader.get('/api/cockpit')).body;
    const wen = city.units.find((u: any) => u.name === '温县');
    const highTech = (body: any) =>
      body.sections
        .find((s: any) => s.key === 'enterprises')
        .figures.find((f: any) => f.key === 'enterprises.new_high_tech');
    const before = highTech((await leader.get(`/api/cockpit?unitId=${wen.id}`)).body).value;
    const { rows } = await server.database.db.execute<{ id: string }>(sql`
      select e.id::text as id from enterprises e join units u on u.id = e.unit_id
        join units w on w.workspace_id = u.workspace_id and w.name = '温县'
          and u.path like w.path || '%'
      where not exists (select 1 from enterprise_titles t where t.enterprise_id = e.id
        and t.kind = 'high_tech')
      order by e.id limit 1`);
    const year = city.today.slice(0, 4);
    const added = await wenxian.post(`/api/enterprises/${rows[0]!.id}/titles`, {
      kind: 'high_tech',
      level: 'national',
      grantedOn: `${year}-01-15`,
    });
    expect(added.status).toBe(201);
    const after = highTech((await leader.get(`/api/cockpit?unitId=${wen.id}`)).body);
    expect(after.value).toBe(before + 1);
    const byUnit = highTech((await leader.get('/api/cockpit')).body).byUnit;
    expect(byUnit.find((u: any) => u.unitId === wen.id).value).toBe(before + 1);
  });

  it('narrows to one county when it is clicked on the map', async () => {
    const all = await leader.get('/api/cockpit');
    const wen = all.body.units.find((u: any) => u.name === '温县');
    const res = await leader.get(`/api/cockpit?unitId=${wen.id}`);
    expect(res.body.focus.name).toBe('温县');
    const overdue = res.body.sections
      .find((s: any) => s.key === 'matters')
      .figures.find((f: any) => f.key === 'matters.overdue');
    expect(overdue.link).toContain(`unitId=${wen.id}`);
    expect(await rowsBehind(leader, overdue.link)).toBe(overdue.value);
    const rank = res.body.sections.find((s: any) => s.key === 'eval.jz-county').figures[0];
    expect(rank.label).toBe('组内名次');
    expect(rank.link).toContain(`/unit/${wen.id}`);
  });

  it('draws trends by month whose points open exactly their rows', async () => {
    const all = await leader.get('/api/cockpit');
    const wen = all.body.units.find((u: any) => u.name === '温县');
    for (const q of ['', `?unitId=${wen.id}`]) {
      const res = await leader.get(`/api/cockpit/trends${q}`);
      expect(res.status).toBe(200);
      const today = all.body.today as string;
      expect(res.body.year).toBe(Number(today.slice(0, 4)));
      expect(res.body.months).toHaveLength(Number(today.slice(5, 7)));
      expect(res.body.months[0].label).toBe('1月');
      let seen = 0;
      for (const mo of res.body.months) {
        for (const p of [mo.overdue, mo.closedOnTime]) {
          expect(await rowsBehind(leader, p.link)).toBe(p.value);
          seen += p.value;
        }
      }
      expect(seen).toBeGreaterThan(0);
      // This month's overdue point is the cockpit's own overdue figure.
      const head = (await leader.get(`/api/cockpit${q}`)).body.sections
        .find((s: any) => s.key === 'matters')
        .figures.find((f: any) => f.key === 'matters.overdue');
      expect(res.body.months.at(-1).overdue.value).toBe(head.value);
      expect(res.body.months.at(-1).overdue.link).toBe(head.link);
      // The investment line ends at the cockpit's 投资完成率 and opens the same projects.
      const inv = (await leader.get(`/api/cockpit${q}`)).body.sections
        .find((s: any) => s.key === 'projects')
        .figures.find((f: any) => f.key === 'projects.investment');
      expect(res.body.investment.points.at(-1).value).toBe(inv.value);
      expect(res.body.investment.points.at(-1).link).toBe(inv.link);
    }
    const other = await wenxian.get(`/api/cockpit/trends?unitId=${all.body.units[0].id}`);
    expect(other.status).toBe(all.body.units[0].name === '温县' ? 200 : 404);
  });

  it("keeps a liaison to its own unit and refuses another's", async () => {
    const res = await wenxian.get('/api/cockpit');
    expect(res.status).toBe(200);
    expect(res.body.units.map((u: any) => u.name)).toEqual(['温县']);
    const all = await leader.get('/api/cockpit');
    const other = all.body.units.find((u: any) => u.name === '孟州市');
    expect((await wenxian.get(`/api/cockpit?unitId=${other.id}`)).status).toBe(404);
  });
});
