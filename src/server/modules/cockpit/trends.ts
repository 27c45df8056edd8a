// 月度趋势 on the cockpit: for the caller's scope (or the focused unit), month by month through
// the year: matters overdue at each month's end and matters closed on time in the month (each
// point opens the matters list with the filters that count it), and 投资完成率 of the newest
// 三个一批 programme's projects (each point opens those projects).
import { and, desc, eq, sql } from 'drizzle-orm';
import { monthEnd, type IsoDate } from '../../../core/dates';
import type { AuthContext } from '../../auth/session-store';
import type { Db, DbOrTx } from '../../db/connection';
import { memoTracked } from '../../db/count-memo';
import { memoMatterCounts, type MatterRows } from '../../db/matter-counts-memo';
import { programmeRounds, programmes } from '../../db/schema';
import { matterScope, scopeUnitIds } from '../matters/access';
import { conditions, m } from '../matters/queries';
import { loadMatterSettings } from '../matters/settings';
import { projectScope } from '../projects/access';
import { programmeTrend } from '../projects/trend';
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
  o: {
    auth: AuthContext;
    today: IsoDate;
    paths: string[];
    focus: CockpitUnit | null;
    /** What the answer depends on besides the data (caller, unit, day): the memo key. */
    key: string;
    /** Filled with the time of each part, in ms (0: remembered), for Server-Timing. */
    timings?: Map<string, number>;
  },
): Promise<Trends> {
  const months = monthsOf(o.today);
  // Each part remembered on its own until a table it read changes: a progress report on a
  // matter does not recompute the investment line.
  const part = async <T>(name: string, work: (tx: DbOrTx) => Promise<T>) => {
    const t0 = performance.now();
    const { value, remembered } = await memoTracked(db, `${o.key}|${name}`, work);
    o.timings?.set(name, remembered ? 0 : Math.round(performance.now() - t0));
    return value;
  };
  const [matterRows, investment] = await Promise.all([
    part('matters', (tx) => matterCounts(db, tx, o, months)),
    part('investment', (tx) => investmentPoints(db, tx, o, months)),
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
 * Both counts for every month in one scan, with the matters list's own conditions (scope,
 * lead unit) so each count is the total of the list its point opens. A matter is overdue at
 * a month's end e (the list's overdueAt=e) when assigned_on <= e < closed_on (or still open)
 * and final_due < e: for e from L = max(final_due + 1, assigned_on) to U = closed_on - 1.
 * Those are consecutive months, so each matter gives its first and last month and the query
 * returns one row per (first, last) pair instead of joining every matter to every month
 * (300,000 matters × 11 months at province scale). Closed on time: by the month closed.
 */
async function matterCounts(
  shared: Db,
  db: DbOrTx,
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
  const first = months[0]!;
  const n = months.length;
  const today = sql`${o.today}::date`;
  const e1 = sql`${first.end}::date`;
  // One pass, no intermediate table: each matter gives its overdue months' range (a..b, or
  // none) and the month it was closed on time (cm, or none); the rows are those three
  // numbers with their count. date_part, not extract (numeric, slower per row).
  const overdueRange = sql`(${m.finalDue} < ${today} and ${m.assignedOn} <= ${today}
    and (${m.closedOn} is null or ${m.closedOn} > ${e1})
    and greatest(${m.finalDue} + 1, ${m.assignedOn}) <= ${today})`;
  const query = (rows: MatterRows) => sql`select
      case when ov then (case when l <= ${e1} then 1 else date_part('month', l)::int end) end as a,
      case when ov then (case when u is null or u >= ${today} then ${n}::int
        when date_part('day', u + 1) = 1 then date_part('month', u)::int
        else date_part('month', u)::int - 1 end) end as b,
      case when closed between ${first.start}::date and ${today} and closed <= due
        then date_part('month', closed)::int end as cm,
      ${rows.count()} as n
    from (select greatest(${m.finalDue} + 1, ${m.assignedOn}) as l, ${m.closedOn} - 1 as u,
        ${m.closedOn} as closed, ${m.finalDue} as due, ${overdueRange} as ov, ${rows.weight} as sign
      from ${rows.from} join units lu on lu.workspace_id = m.workspace_id and lu.id = m.lead_unit_id
      where ${where} and (
        (${m.finalDue} < ${today} and ${m.assignedOn} <= ${today}
          and (${m.closedOn} is null or ${m.closedOn} > ${e1}))
        or ${m.closedOn} between ${first.start}::date and ${today})) m
    group by 1, 2, 3`;
  // Counted afresh once, then brought up to date from the matters that changed.
  const r = await memoMatterCounts<{
    a: number | null;
    b: number | null;
    cm: number | null;
    n: number;
  }>(shared, query, ['a', 'b', 'cm']);
  const overdue = new Array<number>(n + 1).fill(0);
  const closedOnTime = new Array<number>(n + 1).fill(0);
  for (const row of r) {
    if (row.cm !== null) closedOnTime[row.cm] = (closedOnTime[row.cm] ?? 0) + row.n;
    if (row.a !== null && row.b !== null)
      for (let i = row.a; i <= Math.min(row.b, n); i++) overdue[i]! += row.n;
  }
  return months.map((mo, i) => ({
    month: mo.month,
    overdue: overdue[i + 1]!,
    closedOnTime: closedOnTime[i + 1]!,
  }));
}

/**
 * 投资完成率 month by month over the projects the cockpit's investment figure counts: the
 * newest 三个一批 programme up to its latest round, this year's projects with a plan, as the
 * programme's own trend counts them (projects/trend.ts: from the remembered entries, so after
 * a monthly report only the project's entries are read again).
 */
async function investmentPoints(
  shared: Db,
  db: DbOrTx,
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
  const [rounds, trend] = await Promise.all([
    db
      .select({ seq: programmeRounds.seq })
      .from(programmeRounds)
      .where(and(eq(programmeRounds.workspaceId, ws), eq(programmeRounds.programmeId, p.id)))
      .orderBy(desc(programmeRounds.seq))
      .limit(1),
    programmeTrend(
      db,
      shared,
      { ws, id: p.id, paths: o.paths, today: o.today, cumulative: true },
      { byUnit: false },
    ),
  ]);
  const round = rounds[0]?.seq ?? null;
  const byMonth = new Map(trend.overall.map((t) => [t.month, t]));
  const base = `/projects?tab=list&programme=${p.id}${round ? `&round=${round}&cumulative=true` : ''}`;
  const link = `${base}${o.focus ? `&unitId=${o.focus.id}` : ''}`;
  return {
    programme: p.name,
    points: months.map(({ month }) => {
      const rate = byMonth.get(month)?.rate ?? null;
      return { month, value: rate, display: rate === null ? '—' : `${rate.toFixed(1)}%`, link };
    }),
  };
}
