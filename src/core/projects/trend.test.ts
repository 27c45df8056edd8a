import { describe, expect, it } from 'vitest';
import { changesOfReports, investmentTrend, monthsOfYearUpTo, trendFromChanges } from './trend';

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
  it('reads each project’s reports in month order, whatever order they come in', () => {
    // A project's months out of order, as a JSON object may hold them.
    const changes = changesOfReports([
      { '2026-03': 900, '2026-01': 100, '2026-02': 400 },
      { '2026-02': 50 },
    ]);
    const t = trendFromChanges(2000, changes, monthsOfYearUpTo('2026-04'));
    expect(t.map((p) => p.completed)).toEqual([100, 450, 950, 950]);
    expect(t.map((p) => p.reported)).toEqual([1, 2, 1, 0]);
    expect(t.map((p) => p.rate)).toEqual([5, 22.5, 47.5, 47.5]);
  });
  it('has no rate without a plan', () => {
    expect(investmentTrend([], [], ['2026-01'])[0]).toMatchObject({ plan: 0, rate: null });
  });
});
