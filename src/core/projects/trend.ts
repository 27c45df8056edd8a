/**
 * Monthly investment completion over a year (the trend chart): for each month, the sum of the
 * projects' year-to-date figures as of that month against the sum of their annual plans. A
 * month without a report keeps the project's last figure of the year (a YTD figure never
 * falls back to zero because a report is late); before its first report a project counts 0.
 */
import { investmentRate } from './rates';

export interface TrendProject {
  id: string;
  annualPlan: number;
}
export interface TrendReport {
  projectId: string;
  month: string;
  ytdCompleted: number;
}
export interface TrendPoint {
  month: string;
  plan: number;
  completed: number;
  rate: number | null;
  /** Projects whose figure for this month was reported (not carried forward). */
  reported: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Months 'YYYY-01' .. the given month. */
export function monthsOfYearUpTo(month: string): string[] {
  const year = month.slice(0, 4);
  const n = Number(month.slice(5, 7));
  return Array.from({ length: n }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * How one month moved the sum of the carried-forward year-to-date figures: each report adds
 * its figure minus the same project's previous one (0 for its first), so the running total
 * of the changes is the trend.
 */
export interface MonthChange {
  month: string;
  change: number;
  reported: number;
}

/**
 * Each month's change from the projects' reports of the year, one { 'YYYY-MM': figure } per
 * project (as projects carry them, plan_year_reports): only each project's months are
 * sorted, not every report together (32,000 at province scale).
 */
export function changesOfReports(reports: readonly Readonly<Record<string, number>>[]) {
  const byMonth = new Map<string, MonthChange>();
  for (const r of reports) {
    let last = 0;
    for (const month of Object.keys(r).sort()) {
      const ytd = Number(r[month]);
      const m = byMonth.get(month);
      if (m) {
        m.change += ytd - last;
        m.reported++;
      } else byMonth.set(month, { month, change: ytd - last, reported: 1 });
      last = ytd;
    }
  }
  return [...byMonth.values()];
}

/** The trend points from the summed plans and each month's change (running total). */
export function trendFromChanges(
  plan: number,
  changes: readonly MonthChange[],
  months: readonly string[],
): TrendPoint[] {
  const total = round2(plan);
  const byMonth = new Map(changes.map((c) => [c.month, c]));
  let running = 0;
  return months.map((month) => {
    const c = byMonth.get(month);
    running += c?.change ?? 0;
    const completed = round2(running);
    return {
      month,
      plan: total,
      completed,
      rate: investmentRate(completed, total),
      reported: c?.reported ?? 0,
    };
  });
}

/** The trend of some projects from a list of their reports (and others', left out). */
export function investmentTrend(
  projects: readonly TrendProject[],
  reports: readonly TrendReport[],
  months: readonly string[],
): TrendPoint[] {
  const byProject = new Map(projects.map((p) => [p.id, {} as Record<string, number>]));
  for (const r of reports) {
    const mine = byProject.get(r.projectId);
    if (mine) mine[r.month] = r.ytdCompleted;
  }
  const plan = projects.reduce((s, p) => s + p.annualPlan, 0);
  return trendFromChanges(plan, changesOfReports([...byProject.values()]), months);
}
