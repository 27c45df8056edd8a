import { describe, expect, it } from 'vitest';
import { allRatesFromCounts, investmentSummary, listRates, type ListEntry } from './rates';
import { changesOfReports, investmentTrend, trendFromChanges } from './trend';

// Counts give the same rates as the entries counted one by one; the trend from each project's
// reports equals the trend carried forward project by project.

describe('rates from counts', () => {
  it('adds up units and rounds, keeps the list order and skips empty lists', () => {
    const rates = allRatesFromCounts([
      { list: 'start', listed: 50, reached: { startedOn: 50, producingOn: 20 } },
      { list: 'sign', listed: 40, reached: { startedOn: 40 } },
      { list: 'start', listed: 41, reached: { startedOn: 41, producingOn: 20 } },
      { list: 'produce', listed: 0, reached: {} },
      { list: 'sign', listed: 44, reached: { startedOn: 43 } },
    ]);
    // Seed 001: 84 signed → 83 started; 91 to start → 91 started, 40 in production.
    expect(rates.map((l) => [l.list, l.listed, ...l.rates.map((r) => r.rate)])).toEqual([
      ['sign', 84, 98.8],
      ['start', 91, 100, 44],
    ]);
  });
  it('equals listRates over the same entries', () => {
    const entries: ListEntry[] = Array.from({ length: 103 }, (_, i) => ({
      list: 'produce',
      roundSeq: 1 + (i % 3),
      unitId: 'u',
      performingOn: i < 82 ? '2022-06-01' : null,
    }));
    const counted = allRatesFromCounts([
      { list: 'produce', listed: 103, reached: { performingOn: 82 } },
    ]);
    expect(counted).toEqual([listRates(entries, 'produce', '2023-01-01')]);
    expect(counted[0]!.rates[0]!.rate).toBe(79.6);
  });
  it('rounds summed 万元 before the rate, above 100% included', () => {
    expect(investmentSummary({ plan: 0.1 + 0.2, completed: 0.3, projects: 2, missing: 1 })).toEqual(
      { plan: 0.3, completed: 0.3, rate: 100, projects: 2, missing: 1 },
    );
    expect(investmentSummary({ plan: 1000, completed: 1474, projects: 1, missing: 0 }).rate).toBe(
      147.4,
    );
  });
});

describe('trend from monthly changes', () => {
  it('gives the same points as carrying each project forward', () => {
    const projects = [
      { id: 'a', annualPlan: 1000 },
      { id: 'b', annualPlan: 3000 },
    ];
    const reports = [
      { projectId: 'b', month: '2026-03', ytdCompleted: 5000 },
      { projectId: 'a', month: '2026-01', ytdCompleted: 100 },
      { projectId: 'b', month: '2026-01', ytdCompleted: 200 },
      { projectId: 'a', month: '2026-02', ytdCompleted: 300 },
    ];
    // b: +200 in January, +4,800 in March (its February figure carried forward).
    const each: Record<string, number>[] = [
      { '2026-01': 100, '2026-02': 300 },
      { '2026-03': 5000, '2026-01': 200 },
    ];
    expect(changesOfReports(each).sort((x, y) => x.month.localeCompare(y.month))).toEqual([
      { month: '2026-01', change: 300, reported: 2 },
      { month: '2026-02', change: 200, reported: 1 },
      { month: '2026-03', change: 4800, reported: 1 },
    ]);
    const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
    expect(trendFromChanges(4000, changesOfReports(each), months)).toEqual(
      investmentTrend(projects, reports, months),
    );
    expect(investmentTrend(projects, reports, months).map((p) => p.completed)).toEqual([
      300, 500, 5300, 5300,
    ]);
  });
});
