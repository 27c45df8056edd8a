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

export function investmentTrend(
  projects: readonly TrendProject[],
  reports: readonly TrendReport[],
  months: readonly string[],
): TrendPoint[] {
  const ids = new Set(projects.map((p) => p.id));
  const plan = round2(projects.reduce((s, p) => s + p.annualPlan, 0));
  const byMonth = new Map<string, TrendReport[]>();
  for (const r of reports) {
    if (!ids.has(r.projectId)) continue;
    const list = byMonth.get(r.month) ?? [];
    list.push(r);
    byMonth.set(r.month, list);
  }
  const last = new Map<string, number>();
  return months.map((month) => {
    const now = byMonth.get(month) ?? [];
    for (const r of now) last.set(r.projectId, r.ytdCompleted);
    let completed = 0;
    for (const v of last.values()) completed += v;
    completed = round2(completed);
    return { month, plan, completed, rate: investmentRate(completed, plan), reported: now.length };
  });
}
