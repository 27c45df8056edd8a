import { and, eq, sql } from 'drizzle-orm';
import { monthOf } from '../../../core/dates';
import {
  investmentTrend,
  monthsOfYearUpTo,
  trendFromChanges,
  type MonthChange,
  type TrendReport,
} from '../../../core/projects/trend';
import { inScope } from '../../auth/scope';
import type { DbOrTx } from '../../db/connection';
import { programmes } from '../../db/schema';
import { notFound } from '../../errors';
import { roundCondition, TOP, type ProgrammeView } from './programme-counts';
import { rankingUnits, type EntryRow } from './queries';

/**
 * A programme's monthly investment completion this year, for the programme and per county:
 * the projects built this year with a plan (as the dashboard's 投资完成率 counts them).
 * PostgreSQL sums the plans and each month's change of the year-to-date figures per
 * county-level unit; the running totals and rates come from core/projects/trend.ts, the same
 * rule `investmentTrend` applies to the reports in memory (programme-counts.test.ts).
 */
export async function programmeTrend(db: DbOrTx, o: ProgrammeView) {
  const year = Number(o.today.slice(0, 4));
  // The programme, the sums and the ranking units read at once.
  const found = db
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.workspaceId, o.ws), eq(programmes.id, o.id)));
  const sums = db.execute(sql`with b as materialized (
      select distinct e.project_id as id, ${TOP} as top, e.annual_plan
      from programme_entries e
      join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
      left join programme_rounds r on r.workspace_id = e.workspace_id and r.id = e.round_id
      where e.workspace_id = ${o.ws} and e.programme_id = ${o.id}
        and ${roundCondition({ round: o.round ?? 'latest', cumulative: o.cumulative }, o.ws, o.id)}
        and e.plan_year = ${year} and e.annual_plan > 0 and ${inScope(sql`u.path`, o.paths)}),
    -- Per project through its key (lateral): a few hundred thousand of the year's figures
    -- belong to other projects.
    c as (select b.top, i.month, i.change from b cross join lateral (
        select i.month, i.ytd_completed - coalesce(lag(i.ytd_completed)
          over (order by i.month), 0) as change
        from project_investments i where i.workspace_id = ${o.ws} and i.project_id = b.id
          and i.month between ${`${year}-01`} and ${`${year}-12`}) i)
    select
      (select coalesce(json_agg(json_build_array(top, plan, n)), '[]') from (select top,
        sum(annual_plan)::float8 as plan, count(*)::int as n from b group by top) x) as plans,
      (select coalesce(json_agg(json_build_array(top, month, change, n)), '[]') from (select top,
        month, sum(change)::float8 as change, count(*)::int as n from c group by top, month) y)
        as changes`);
  const [[p], r, units] = await Promise.all([found, sums, rankingUnits(db, o.ws)]);
  if (!p) throw notFound('项目计划');
  const row = r.rows[0] as { plans: [string | null, number, number][]; changes: unknown[][] };
  const changes = row.changes.map(([top, month, change, reported]) => ({
    top: top as string | null,
    month: month as string,
    change: change as number,
    reported: reported as number,
  }));
  const months = monthsOfYearUpTo(monthOf(o.today));
  /** Changes of several units in the same month added up. */
  const merged = (rows: typeof changes): MonthChange[] => {
    const byMonth = new Map<string, MonthChange>();
    for (const c of rows) {
      const m = byMonth.get(c.month) ?? { month: c.month, change: 0, reported: 0 };
      m.change += c.change;
      m.reported += c.reported;
      byMonth.set(c.month, m);
    }
    return [...byMonth.values()];
  };
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  return {
    year,
    months,
    overall: trendFromChanges(sum(row.plans.map((x) => x[1])), merged(changes), months),
    units: units
      .map((u) => {
        const plans = row.plans.filter((x) => x[0] === u.id);
        return {
          unit: { id: u.id, name: u.name },
          projects: sum(plans.map((x) => x[2])),
          points: trendFromChanges(
            sum(plans.map((x) => x[1])),
            merged(changes.filter((c) => c.top === u.id)),
            months,
          ),
        };
      })
      .filter((u) => u.projects > 0),
  };
}

/**
 * The same trend for the whole of some entries, from the reports copied onto them
 * (plan_year_reports, 0021) in memory: the projects of `year` with a plan, each once.
 */
export function entriesTrend(entries: readonly EntryRow[], year: number, months: string[]) {
  const projects = new Map<string, EntryRow>();
  for (const e of entries)
    if (e.planYear === year && e.annualPlan > 0) projects.set(e.projectId, e);
  const reports: TrendReport[] = [];
  for (const e of projects.values())
    for (const [month, ytdCompleted] of Object.entries(e.planYearReports ?? {}))
      reports.push({ projectId: e.projectId, month, ytdCompleted: Number(ytdCompleted) });
  const list = [...projects.values()].map((e) => ({ id: e.projectId, annualPlan: e.annualPlan }));
  return investmentTrend(list, reports, months);
}
