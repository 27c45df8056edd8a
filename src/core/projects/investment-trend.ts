import { investmentRate } from './rates';

export interface ProjectPlanReports {
  /** 年度计划投资（万元）. */
  annualPlan: number;
  /** Monthly reports of the plan year: 'YYYY-MM' and the year-to-date completed (万元). */
  reports: readonly { month: string; ytd: number }[];
}

/**
 * 投资完成率 month by month: at each month, every project's latest year-to-date report made
 * by then, summed, over the sum of the annual plans. The last month gives the figure the
 * dashboard shows (it reads each project's latest report of the year).
 */
export function investmentTrend(
  projects: readonly ProjectPlanReports[],
  months: readonly string[],
) {
  // Sums of 万元 with two decimals: round away the float noise before dividing, as the dashboard does.
  const plan = Math.round(projects.reduce((s, p) => s + p.annualPlan, 0) * 100) / 100;
  return months.map((month) => {
    let done = 0;
    for (const p of projects) {
      let latest: { month: string; ytd: number } | null = null;
      for (const r of p.reports)
        if (r.month <= month && (!latest || r.month > latest.month)) latest = r;
      done += latest?.ytd ?? 0;
    }
    const completed = Math.round(done * 100) / 100;
    return { month, plan, completed, rate: investmentRate(completed, plan) };
  });
}
