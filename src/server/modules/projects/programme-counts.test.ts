import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';
import { monthOf, type IsoDate } from '../../../core/dates';
import type { ReportRules } from '../../../core/projects/investment-light';
import { allListRates, funnel, type ListRates } from '../../../core/projects/rates';
import {
  investmentTrend,
  monthsOfYearUpTo,
  type TrendPoint,
  type TrendReport,
} from '../../../core/projects/trend';
import { investmentOf, selectRound } from './dashboard';
import { programmeEntries, rankingUnits, type EntryRow } from './queries';
import { loadReportRules } from './settings';

// The dashboard counts per county and level (countsOfEntries, programme-counts.ts) over the
// remembered entries; here the same figures are computed the slow way, from a fresh read,
// entry by entry with the pure rules of core/projects, and both must agree on the demo: every
// rate, the funnel, 投资完成率 per level and per county, for the city and a county.

let server: TestServer;
let sup: ApiClient;
let wenxian: ApiClient;
let ws = '';
let rules: ReportRules;
const programmes: { id: string; kind: string }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  [sup, wenxian] = await Promise.all([server.login('duchashi'), server.login('wenxian')]);
  programmes.push(...(await sup.get('/api/programmes')).body.items);
  ws = (
    await server.database.db.execute<{ id: string }>(
      sql`select workspace_id::text as id from programmes where id = ${programmes[0]!.id}`,
    )
  ).rows[0]!.id;
  rules = await loadReportRules(server.database.db, ws);
});
afterAll(() => server?.close());

const plainLists = (lists: ListRates[]) =>
  lists.map((l) => ({
    list: l.list,
    listed: l.listed,
    rates: l.rates.map((r) => ({ stage: r.stage, reached: r.reached, rate: r.rate })),
  }));

/** The dashboard's figures the slow way: a fresh read, the pure rules entry by entry. */
async function inMemory(
  id: string,
  scope: string,
  asOf: IsoDate,
  round: number | null,
  cumulative: boolean,
) {
  const db = server.database.db;
  const all = (await programmeEntries(db, ws, id, [scope])) as EntryRow[];
  const selected = selectRound(all, round, cumulative);
  const distinct = [...new Map(selected.map((e) => [e.projectId, e])).values()];
  const year = Number(asOf.slice(0, 4));
  const seqs = [...new Set(all.map((e) => e.roundSeq))].filter((s): s is number => s !== null);
  return {
    lists: plainLists(allListRates(selected, asOf)),
    perRound: seqs
      .sort((a, b) => a - b)
      .map((seq) =>
        plainLists(
          allListRates(
            all.filter((e) => e.roundSeq === seq),
            asOf,
          ),
        ),
      ),
    funnel: funnel(distinct, asOf).map((f) => f.count),
    investment: investmentOf(selected, asOf, rules),
    byLevel: ['provincial', 'city', 'county'].map((level) =>
      investmentOf(
        selected.filter((e) => e.level === level && e.planYear === year),
        asOf,
        rules,
      ),
    ),
    ranking: (await rankingUnits(db, ws)).map((u) => {
      const mine = selected.filter((e) => e.unitPath.startsWith(u.path));
      return {
        unit: u.name,
        projects: new Set(mine.map((e) => e.projectId)).size,
        lists: plainLists(allListRates(mine, asOf)),
        investment: investmentOf(mine, asOf, rules),
      };
    }),
  };
}

type Rates = {
  list: string;
  listed: number;
  rates: { stage: string; reached: number; rate: number | null }[];
};
type Money = {
  plan: number;
  completed: number;
  rate: number | null;
  projects: number;
  missing: number;
};
interface Dashboard {
  round: number | null;
  asOf: IsoDate;
  lists: Rates[];
  perRound: { lists: Rates[] }[];
  funnel: { count: number }[];
  investment: Money;
  byLevel: Money[];
  ranking: { unit: { name: string }; projects: number; lists: Rates[]; investment: Money }[];
}

/** The same figures as the dashboard answered them over HTTP. */
function shown(d: Dashboard) {
  const lists = (ls: Rates[]) =>
    ls.map((l) => ({
      list: l.list,
      listed: l.listed,
      rates: l.rates.map((r) => ({ stage: r.stage, reached: r.reached, rate: r.rate })),
    }));
  const money = ({ plan, completed, rate, projects, missing }: Money) => ({
    plan,
    completed,
    rate,
    projects,
    missing,
  });
  return {
    lists: lists(d.lists),
    perRound: d.perRound.map((r) => lists(r.lists)),
    funnel: d.funnel.map((f) => f.count),
    investment: money(d.investment),
    byLevel: d.byLevel.map(money),
    ranking: d.ranking.map((u) => ({
      unit: u.unit.name,
      projects: u.projects,
      lists: lists(u.lists),
      investment: money(u.investment),
    })),
  };
}

async function scopePath(unit: string | null) {
  const r = await server.database.db.execute<{ path: string }>(sql`select path from units
    where workspace_id = ${ws} and ${unit === null ? sql`depth = 0` : sql`name = ${unit}`}`);
  return r.rows[0]!.path;
}

describe('the dashboard counted per county and level', () => {
  it('agrees with the pure rules over every round choice, for the city and for a county', async () => {
    const city = await scopePath(null);
    const county = await scopePath('温县');
    const three = programmes.find((p) => p.kind === 'three_batches')!.id;
    const cases: [ApiClient, string, string, string, number | null, boolean][] = [
      [sup, city, three, '', 3, true],
      [sup, city, three, '?round=2&cumulative=false', 2, false],
      [sup, city, three, '?round=1', 1, true],
      [wenxian, county, three, '', 3, true],
      [wenxian, county, three, '?round=3&cumulative=false', 3, false],
    ];
    for (const p of programmes.filter((x) => x.kind !== 'three_batches')) {
      cases.push([sup, city, p.id, '', null, true], [wenxian, county, p.id, '', null, true]);
    }
    for (const [client, scope, id, query, round, cumulative] of cases) {
      const d = await client.get<Dashboard>(`/api/programmes/${id}/dashboard${query}`);
      expect(d.status).toBe(200);
      expect(d.body.round, query).toBe(round);
      const expected = await inMemory(id, scope, d.body.asOf, round, cumulative);
      expect(shown(d.body), `${id}${query} as ${scope === city ? 'city' : 'county'}`).toEqual(
        expected,
      );
    }
    // The seed's published figures come out of the dashboard's counts too (domain.md §4).
    const d = await sup.get<Dashboard>(`/api/programmes/${three}/dashboard`);
    const rate = (list: string, stage: string) =>
      d.body.lists.find((l) => l.list === list)?.rates.find((r) => r.stage === stage)?.rate;
    expect([
      rate('sign', 'startedOn'),
      rate('start', 'startedOn'),
      rate('start', 'producingOn'),
      rate('produce', 'performingOn'),
    ]).toEqual([98.8, 100, 44, 79.6]);
  });
});

/** The trend the slow way: this year's built projects, their reports, `investmentTrend`. */
async function trendInMemory(id: string, scope: string, asOf: IsoDate, round: number | null) {
  const db = server.database.db;
  const year = Number(asOf.slice(0, 4));
  const built = new Map<string, EntryRow>();
  for (const e of selectRound(await programmeEntries(db, ws, id, [scope]), round, true)) {
    if (e.planYear === year && e.annualPlan > 0) built.set(e.projectId, e);
  }
  const projects = [...built.values()].map((e) => ({ id: e.projectId, annualPlan: e.annualPlan }));
  const reports = (
    await db.execute<
      TrendReport & Record<string, unknown>
    >(sql`select project_id::text as "projectId", month,
      ytd_completed::float8 as "ytdCompleted" from project_investments
      where workspace_id = ${ws} and month like ${`${year}-%`}`)
  ).rows;
  const months = monthsOfYearUpTo(monthOf(asOf));
  return {
    overall: investmentTrend(projects, reports, months),
    units: (await rankingUnits(db, ws))
      .map((u) => {
        const mine = projects.filter((x) => built.get(x.id)!.unitPath.startsWith(u.path));
        return {
          unit: u.name,
          projects: mine.length,
          points: investmentTrend(mine, reports, months),
        };
      })
      .filter((u) => u.projects > 0),
  };
}

describe('the monthly trend from the entries’ copies of the reports', () => {
  it('agrees with investmentTrend over the reports, for the city and for a county', async () => {
    const city = await scopePath(null);
    const county = await scopePath('温县');
    for (const p of programmes) {
      for (const [client, scope] of [
        [sup, city],
        [wenxian, county],
      ] as const) {
        const t = await client.get<{
          overall: TrendPoint[];
          units: { unit: { name: string }; projects: number; points: TrendPoint[] }[];
        }>(`/api/programmes/${p.id}/investment-trend`);
        expect(t.status).toBe(200);
        const d = await client.get<Dashboard>(`/api/programmes/${p.id}/dashboard`);
        const expected = await trendInMemory(p.id, scope, d.body.asOf, d.body.round);
        expect(expected.overall.some((x) => x.completed > 0)).toBe(true);
        expect({
          overall: t.body.overall,
          units: t.body.units.map((u) => ({ ...u, unit: u.unit.name })),
        }).toEqual(expected);
      }
    }
  });
});

describe('the latest figure kept on the project row', () => {
  it('follows the reports of the plan year when the plan year changes', async () => {
    type Item = { id: string; planYear: number; ytdMonth: string | null; ytdCompleted: number };
    const list = await wenxian.get<{ items: Item[] }>('/api/projects?pageSize=200');
    const p = list.body.items.find((x) => x.ytdMonth !== null)!;
    expect(p).toBeDefined();
    const year = p.planYear;
    const moved = await wenxian.patch(`/api/projects/${p.id}`, { planYear: year - 1 });
    expect(moved.status).toBe(200);
    // No reports of the year before: no latest figure, the list's light filter agrees.
    const before = (await wenxian.get(`/api/projects/${p.id}`)).body;
    expect(before).toMatchObject({ planYear: year - 1, ytdMonth: null, ytdCompleted: null });
    expect((await wenxian.patch(`/api/projects/${p.id}`, { planYear: year })).status).toBe(200);
    const back = (await wenxian.get(`/api/projects/${p.id}`)).body;
    expect(back).toMatchObject({ ytdMonth: p.ytdMonth, ytdCompleted: p.ytdCompleted });
    await expectReportsCopied();
  });

  it('keeps all of the plan year’s reports on the project and its entries (the trend)', async () => {
    const { db } = server.database;
    await expectReportsCopied();
    // A report through the form: copied at once, on the project and on its list entries.
    const { rows } = await db.execute<{ id: string; month: string }>(sql`
      select p.id::text as id, p.ytd_month as month from projects p
        join units u on u.id = p.unit_id join units w on w.name = '温县'
          and w.workspace_id = p.workspace_id and u.path like w.path || '%'
      where p.ytd_month is not null and exists (select 1 from programme_entries e
        where e.project_id = p.id) order by p.id limit 1`);
    const put = await wenxian.put(`/api/projects/${rows[0]!.id}/investments/${rows[0]!.month}`, {
      ytdCompleted: 4321.5,
    });
    expect(put.status).toBe(200);
    const entry = await db.execute<{ reports: Record<string, number> }>(sql`
      select plan_year_reports as reports from programme_entries
      where project_id = ${rows[0]!.id} limit 1`);
    expect(entry.rows[0]!.reports[rows[0]!.month]).toBe(4321.5);
    await expectReportsCopied();
  });
});

/** Every project's plan_year_reports equals its monthly figures of the plan year, and every
 * list entry's copy equals its project's. */
async function expectReportsCopied() {
  const { db } = server.database;
  const { rows } = await db.execute<{ projects: number; entries: number; reported: number }>(sql`
    select
      (select count(*)::int from projects p where p.plan_year_reports is distinct from
        (select jsonb_object_agg(i.month, i.ytd_completed) from project_investments i
          where i.workspace_id = p.workspace_id and i.project_id = p.id
            and i.month like p.plan_year::text || '-%')) as projects,
      (select count(*)::int from programme_entries e join projects p
        on p.workspace_id = e.workspace_id and p.id = e.project_id
        where e.plan_year_reports is distinct from p.plan_year_reports) as entries,
      (select count(*)::int from projects where plan_year_reports is not null) as reported`);
  expect(rows[0]).toMatchObject({ projects: 0, entries: 0 });
  expect(rows[0]!.reported).toBeGreaterThan(10);
}

describe("a county's project list, its units read first as ids", () => {
  it('shows the county to its supervisor and liaison alike, and nothing outside the scope', async () => {
    const unit = async (name: string) =>
      (
        await server.database.db.execute<{ id: string }>(
          sql`select id::text as id from units where workspace_id = ${ws} and name = ${name}`,
        )
      ).rows[0]!.id;
    const [wen, meng] = [await unit('温县'), await unit('孟州市')];
    const own = await wenxian.get<{ total: number }>('/api/projects?pageSize=5');
    expect(own.body.total).toBeGreaterThan(0);
    const bySup = await sup.get<{ total: number }>(`/api/projects?unitId=${wen}&pageSize=5`);
    expect(bySup.body.total).toBe(own.body.total);
    const outside = await wenxian.get<{ total: number }>(`/api/projects?unitId=${meng}`);
    expect(outside.body.total).toBe(0);
  });
});
