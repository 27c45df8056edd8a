// 月度趋势 on the cockpit: for the caller's scope (or the focused unit), month by month through
// the year: matters overdue at each month's end and matters closed on time in the month (each
// point opens the matters list with the filters that count it), and 投资完成率 of the newest
// 三个一批 programme's projects (each point opens those projects).
import { and, desc, eq, sql } from 'drizzle-orm';
import { monthEnd, type IsoDate } from '../../../core/dates';
import { investmentTrend } from '../../../core/projects/investment-trend';
import { upToRound } from '../../../core/projects/rates';
import type { AuthContext } from '../../auth/session-store';
import type { Db } from '../../db/connection';
import { programmeRounds, programmes } from '../../db/schema';
import { matterScope, scopeUnitIds } from '../matters/access';
import { conditions, m } from '../matters/queries';
import { loadMatterSettings } from '../matters/settings';
import { projectScope } from '../projects/access';
import { programmeEntries } from '../projects/queries';
import type { CockpitUnit } from './sections';

export interface TrendPoint {
  value: number | null;
  display: string;
  link: string | null;
}

export interface Trends {
  year: number;
  months: { month: string; label: string; overdue: TrendPoint; closedOnTime: TrendPoint }[];
  investment: { programme: string; points: (TrendPoint & { month: string })[] } | null;
}

/** The months of today's year up to today's month, with the day each one is counted at. */
function monthsOf(today: IsoDate) {
  const year = Number(today.slice(0, 4));
  const last = Number(today.slice(5, 7));
  return Array.from({ length: last }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    const end = monthEnd(month);
    return { month, start: `${month}-01`, end: end < today ? end : today, label: `${i + 1}月` };
  });
}

export async function cockpitTrends(
  db: Db,
  o: { auth: AuthContext; today: IsoDate; paths: string[]; focus: CockpitUnit | null },
): Promise<Trends> {
  const months = monthsOf(o.today);
  const [matterRows, investment] = await Promise.all([
    matterCounts(db, o, months),
    investmentPoints(db, o, months),
  ]);
  const byMonth = new Map(matterRows.map((r) => [r.month, r]));
  const unitQ = o.focus ? `unitId=${o.focus.id}&` : '';
  return {
    year: Number(o.today.slice(0, 4)),
    months: months.map((mo) => {
      const r = byMonth.get(mo.month) ?? { overdue: 0, closedOnTime: 0 };
      return {
        month: mo.month,
        label: mo.label,
        overdue: {
          value: r.overdue,
          display: String(r.overdue),
          link: `/matters/list?${unitQ}overdueAt=${mo.end}`,
        },
        closedOnTime: {
          value: r.closedOnTime,
          display: String(r.closedOnTime),
          link: `/matters/list?${unitQ}closedFrom=${mo.start}&closedTo=${mo.end}&onTime=true`,
        },
      };
    }),
    investment,
  };
}

/**
 * Both counts for every month in one pass, with the matters list's own conditions (scope,
 * lead unit) so each count is the total of the list its point opens; the month predicates
 * are the list's overdueAt and closedFrom/closedTo/onTime filters written per month.
 */
async function matterCounts(
  db: Db,
  o: { auth: AuthContext; today: IsoDate; focus: CockpitUnit | null },
  months: ReturnType<typeof monthsOf>,
) {
  const ws = o.auth.workspaceId;
  const [{ yellowWithinDays }, unitIds] = await Promise.all([
    loadMatterSettings(db, ws),
    scopeUnitIds(db, ws, matterScope(o.auth)),
  ]);
  const where = conditions(ws, unitIds, o.today, yellowWithinDays, {
    unitId: o.focus?.id,
  });
  const spans = sql.join(
    months.map((mo) => sql`(${mo.month}, ${mo.start}::date, ${mo.end}::date)`),
    sql`, `,
  );
  const r = await db.execute(sql`select g.month,
      count(*) filter (where ${m.assignedOn} <= g.e and (${m.closedOn} is null or ${m.closedOn} > g.e)
        and ${m.finalDue} < g.e)::int as overdue,
      count(*) filter (where ${m.closedOn} >= g.s and ${m.closedOn} <= g.e
        and ${m.closedOn} <= ${m.finalDue})::int as "closedOnTime"
    from matters m join units lu on lu.workspace_id = m.workspace_id and lu.id = m.lead_unit_id
    cross join (values ${spans}) as g(month, s, e)
    where ${where}
    group by g.month`);
  return r.rows as { month: string; overdue: number; closedOnTime: number }[];
}

/** 投资完成率 month by month over the projects the cockpit's investment figure counts. */
async function investmentPoints(
  db: Db,
  o: { auth: AuthContext; today: IsoDate; paths: string[]; focus: CockpitUnit | null },
  months: ReturnType<typeof monthsOf>,
): Promise<Trends['investment']> {
  const ws = o.auth.workspaceId;
  if (projectScope(o.auth).length === 0 || o.paths.length === 0) return null;
  const [p] = await db
    .select({ id: programmes.id, name: programmes.name })
    .from(programmes)
    .where(and(eq(programmes.workspaceId, ws), eq(programmes.kind, 'three_batches')))
    .orderBy(desc(programmes.createdAt))
    .limit(1);
  if (!p) return null;
  const [rounds, entries] = await Promise.all([
    db
      .select({ seq: programmeRounds.seq })
      .from(programmeRounds)
      .where(and(eq(programmeRounds.workspaceId, ws), eq(programmeRounds.programmeId, p.id)))
      .orderBy(desc(programmeRounds.seq))
      .limit(1),
    programmeEntries(db, ws, p.id, o.paths),
  ]);
  const round = rounds[0]?.seq ?? null;
  const year = Number(o.today.slice(0, 4));
  const plans = new Map<string, number>();
  for (const e of upToRound(entries, round))
    if (e.planYear === year && e.annualPlan > 0) plans.set(e.projectId, e.annualPlan);
  const ids = [...plans.keys()];
  const reports =
    ids.length === 0
      ? []
      : ((
          await db.execute(sql`select project_id::text as "projectId", month,
            ytd_completed::float8 as ytd from project_investments
            where workspace_id = ${ws} and project_id = any(${'{' + ids.join(',') + '}'}::uuid[])
              and month like ${`${year}-%`} and month <= ${o.today.slice(0, 7)}`)
        ).rows as { projectId: string; month: string; ytd: number }[]);
  const byProject = new Map(ids.map((id) => [id, [] as { month: string; ytd: number }[]]));
  for (const r of reports) byProject.get(r.projectId)!.push(r);
  const trend = investmentTrend(
    ids.map((id) => ({ annualPlan: plans.get(id)!, reports: byProject.get(id)! })),
    months.map((mo) => mo.month),
  );
  const base = `/projects?tab=list&programme=${p.id}${round ? `&round=${round}&cumulative=true` : ''}`;
  const link = `${base}${o.focus ? `&unitId=${o.focus.id}` : ''}`;
  return {
    programme: p.name,
    points: trend.map((t) => ({
      month: t.month,
      value: t.rate,
      display: t.rate === null ? '—' : `${t.rate.toFixed(1)}%`,
      link,
    })),
  };
}
