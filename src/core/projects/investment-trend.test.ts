import { describe, expect, it } from 'vitest';
import { investmentTrend } from './investment-trend';

describe('investment completion month by month', () => {
  it('carries each project’s latest report forward and divides by the whole plan', () => {
    const t = investmentTrend(
      [
        {
          annualPlan: 1000,
          reports: [
            { month: '2026-01', ytd: 100 },
            { month: '2026-03', ytd: 400 },
          ],
        },
        { annualPlan: 500.5, reports: [{ month: '2026-02', ytd: 250.25 }] },
      ],
      ['2026-01', '2026-02', '2026-03', '2026-04'],
    );
    expect(t.map((x) => x.completed)).toEqual([100, 350.25, 650.25, 650.25]);
    expect(t.map((x) => x.rate)).toEqual([6.7, 23.3, 43.3, 43.3]);
    expect(t[0]!.plan).toBe(1500.5);
  });

  it('has no rate without a plan', () => {
    expect(investmentTrend([], ['2026-01'])[0]!.rate).toBeNull();
  });
});
