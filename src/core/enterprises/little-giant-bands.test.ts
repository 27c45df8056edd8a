import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import type { YearFigures } from './figures';
import { facts, shipped } from './test-facts';

// 专精特新“小巨人” (domain.md §5) at the boundaries the other tests leave open: years in the
// niche, the 6% band in both of the last two years, and the special route below 5000万元.

const base: Partial<YearFigures> = {
  mainRevenue: 6300,
  debtRatio: 50,
  marketShare: 12,
  yearsInNiche: 5,
  ipMainProductClassI: 2,
};
const run = (y25: Partial<YearFigures>, y24: Partial<YearFigures> = {}) =>
  evaluate(
    facts({
      2023: { revenue: 5000, mainRevenue: 5700 / 1.05 },
      2024: { revenue: 6000, mainRevenue: 6000, rdExpense: 360, ...y24 },
      2025: { revenue: 7000, rdExpense: 420, ...base, ...y25 },
    }),
    2025,
    shipped('little_giant'),
    'little_giant',
  );
const check = (r: ReturnType<typeof run>, key: string) => r.checks.find((c) => c.key === key);

describe('专精特新“小巨人” boundaries', () => {
  it('years in the niche: exactly 3 met, 2.9 missed', () => {
    expect(check(run({ yearsInNiche: 3 }), 'yearsInNiche')!.met).toBe(true);
    expect(check(run({ yearsInNiche: 2.9 }), 'yearsInNiche')!.met).toBe(false);
  });

  it('5000万–1亿: exactly 6% in both years met; 5.99% in either year missed', () => {
    const at = run({});
    expect(check(at, 'rdRatio2025')).toMatchObject({ met: true, required: '6%' });
    expect(check(at, 'rdRatio2024')).toMatchObject({ met: true, required: '6%' });
    expect(check(run({ rdExpense: 419.3 }), 'rdRatio2025')!.met).toBe(false);
    const lastYear = run({}, { rdExpense: 359.4 });
    expect(check(lastYear, 'rdRatio2024')).toMatchObject({ met: false, required: '6%' });
    expect(check(lastYear, 'rdRatio2025')!.met).toBe(true);
  });

  it('the band follows the year’s revenue: exactly 1亿 needs 3%, not 6%', () => {
    const r = run({ revenue: 10000, mainRevenue: 9000, rdExpense: 300 });
    expect(check(r, 'rdRatio2025')).toMatchObject({ met: true, required: '3%' });
  });

  it('below 5000万: 8000万 equity, 3000万 R&D in two years and 50% R&D staff, each exactly met', () => {
    const r = run(
      {
        revenue: 4999,
        mainRevenue: 4500,
        rdExpense: 1500,
        equityFinancing: 4000,
        employees: 100,
        rdStaff: 50,
      },
      { rdExpense: 1500, equityFinancing: 4000 },
    );
    expect(check(r, 'equity2y')!.met).toBe(true);
    expect(check(r, 'rd2y')!.met).toBe(true);
    expect(check(r, 'rdStaffShare')!.met).toBe(true);
    const short = run(
      {
        revenue: 4999,
        mainRevenue: 4500,
        rdExpense: 1499.99,
        equityFinancing: 3999.99,
        employees: 100,
        rdStaff: 49,
      },
      { rdExpense: 1500, equityFinancing: 4000 },
    );
    expect(check(short, 'equity2y')!.met).toBe(false);
    expect(check(short, 'rd2y')!.met).toBe(false);
    expect(check(short, 'rdStaffShare')!.met).toBe(false);
  });
});
