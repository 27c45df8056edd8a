import { describe, expect, it } from 'vitest';
import {
  changesOfReports,
  investmentTrend,
  monthChanges,
  monthsOfYearUpTo,
  trendFromChanges,
} from './trend';

describe('monthly investment trend', () => {
  it('sums year-to-date figures against the plans, carrying a late report forward', () => {
    const projects = [
      { id: 'a', annualPlan: 1000 },
      { id: 'b', annualPlan: 3000 },
    ];
    const reports = [
      { projectId: 'a', month: '2026-01', ytdCompleted: 100 },
      { projectId: 'b', month: '2026-01', ytdCompleted: 200 },
      { projectId: 'a', month: '2026-02', ytdCompleted: 300 },
      // b has no February report: its January figure still counts
      { projectId: 'b', month: '2026-03', ytdCompleted: 5000 },
      { projectId: 'x', month: '2026-03', ytdCompleted: 9999 }, // not in the set
    ];
    const t = investmentTrend(projects, reports, monthsOfYearUpTo('2026-03'));
    expect(t.map((p) => p.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(t.map((p) => p.completed)).toEqual([300, 500, 5300]);
    expect(t.map((p) => p.rate)).toEqual([7.5, 12.5, 132.5]); // above 100% is normal
    expect(t.map((p) => p.reported)).toEqual([2, 1, 1]);
  });
  it('gives the same trend from each project’s own reports as from all reports together', () => {
    // Pseudo-random but fixed: 200 projects, each reporting some months of 2026 out of order.
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const projects = Array.from({ length: 200 }, (_, i) => ({
      id: `p${i}`,
      annualPlan: Math.round(next() * 1e6) / 100,
    }));
    const byProject = projects.map((p) => {
      const r: Record<string, number> = {};
      let ytd = 0;
      for (const month of monthsOfYearUpTo('2026-11'))
        if (next() < 0.7) r[month] = ytd = Math.round((ytd + next() * 5000) * 100) / 100;
      return { id: p.id, r };
    });
    const reports = byProject
      .flatMap(({ id, r }) =>
        Object.entries(r).map(([month, v]) => ({ projectId: id, month, ytdCompleted: v })),
      )
      .reverse();
    const months = monthsOfYearUpTo('2026-11');
    const plan = projects.reduce((s, p) => s + p.annualPlan, 0);
    const fromEach = trendFromChanges(plan, changesOfReports(byProject.map((p) => p.r)), months);
    expect(fromEach).toEqual(investmentTrend(projects, reports, months));
    expect(changesOfReports(byProject.map((p) => p.r))).toHaveLength(
      monthChanges(projects, reports).length,
    );
    expect(fromEach.at(-1)!.completed).toBeGreaterThan(0);
  });
  it('has no rate without a plan', () => {
    expect(investmentTrend([], [], ['2026-01'])[0]).toMatchObject({ plan: 0, rate: null });
  });
});
