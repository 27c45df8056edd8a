import { describe, expect, it } from 'vitest';
import { elapsedMonths, elapsedShare, growthPaceLight, paceLight } from './pace';

const at = (cumulativeActual: number | null, monthsElapsed: number) =>
  paceLight({
    annualTarget: 100,
    cumulativeActual,
    periodElapsedShare: monthsElapsed / 12,
    monthsElapsed,
  });

describe('paceLight (cumulative targets)', () => {
  it('is green on pace or ahead', () => {
    expect(at(50, 6)).toEqual({ light: 'green', behindPoints: 0 });
    expect(at(60, 6)).toEqual({ light: 'green', behindPoints: -10 });
    expect(
      paceLight({
        annualTarget: 100,
        cumulativeActual: 40.1,
        periodElapsedShare: 0.5,
        monthsElapsed: 6,
      }).light,
    ).toBe('green');
  });
  it('is yellow from 10 to 30 points behind, both ends included', () => {
    expect(
      paceLight({
        annualTarget: 100,
        cumulativeActual: 40,
        periodElapsedShare: 0.5,
        monthsElapsed: 6,
      }),
    ).toEqual({ light: 'yellow', behindPoints: 10 });
    expect(
      paceLight({
        annualTarget: 100,
        cumulativeActual: 20,
        periodElapsedShare: 0.5,
        monthsElapsed: 6,
      }),
    ).toEqual({ light: 'yellow', behindPoints: 30 });
  });
  it('is red more than 30 points behind', () => {
    expect(
      paceLight({
        annualTarget: 100,
        cumulativeActual: 19.9,
        periodElapsedShare: 0.5,
        monthsElapsed: 6,
      }).light,
    ).toBe('red');
  });
  it('is red when nothing is reported three months in', () => {
    expect(at(null, 3).light).toBe('red');
    expect(at(0, 3).light).toBe('red');
    expect(at(null, 1).light).toBe('green');
    expect(at(null, 2).light).toBe('yellow');
  });
  it('works with real amounts (万元) and float shares', () => {
    const r = paceLight({
      annualTarget: 258000,
      cumulativeActual: 96750,
      periodElapsedShare: elapsedShare('2026-06-30', 2026),
      monthsElapsed: 6,
    });
    expect(r).toEqual({ light: 'yellow', behindPoints: 12.5 });
  });
  it('accepts custom thresholds', () => {
    const r = paceLight({
      annualTarget: 100,
      cumulativeActual: 45,
      periodElapsedShare: 0.5,
      monthsElapsed: 6,
      thresholds: { yellowFrom: 5 },
    });
    expect(r.light).toBe('yellow');
  });
  it('refuses a target that is not positive', () => {
    expect(() =>
      paceLight({
        annualTarget: 0,
        cumulativeActual: 1,
        periodElapsedShare: 0.5,
        monthsElapsed: 6,
      }),
    ).toThrow(RangeError);
    expect(() =>
      paceLight({
        annualTarget: 10,
        cumulativeActual: 1,
        periodElapsedShare: 1.5,
        monthsElapsed: 6,
      }),
    ).toThrow(RangeError);
  });
});

describe('growthPaceLight (growth-rate targets)', () => {
  const g = (
    ytdGrowth: number | null,
    extra: Partial<Parameters<typeof growthPaceLight>[0]> = {},
  ) => growthPaceLight({ targetGrowth: 8, ytdGrowth, monthsElapsed: 6, ...extra });
  it('is green when met, yellow within twice the tolerance, red beyond', () => {
    expect(g(8.2)).toEqual({ light: 'green', gapPoints: -0.2 });
    expect(g(8)).toEqual({ light: 'green', gapPoints: 0 });
    expect(g(7.5).light).toBe('yellow');
    expect(g(7)).toEqual({ light: 'yellow', gapPoints: 1 });
    expect(g(6.9).light).toBe('red');
  });
  it('counts the 左右 tolerance as met', () => {
    expect(g(7.5, { about: true }).light).toBe('green');
    expect(g(7.4, { about: true }).light).toBe('yellow');
  });
  it('mirrors for lower-is-better indicators', () => {
    const lower = { targetGrowth: 3, direction: 'lower_better' as const, monthsElapsed: 6 };
    expect(growthPaceLight({ ...lower, ytdGrowth: 2.5 }).light).toBe('green');
    expect(growthPaceLight({ ...lower, ytdGrowth: 3.8 }).light).toBe('yellow');
    expect(growthPaceLight({ ...lower, ytdGrowth: 4.5 }).light).toBe('red');
  });
  it('is yellow without a figure, red from three months', () => {
    expect(g(null, { monthsElapsed: 2 })).toEqual({ light: 'yellow', gapPoints: null });
    expect(g(null, { monthsElapsed: 3 }).light).toBe('red');
  });
});

describe('elapsedShare / elapsedMonths', () => {
  it('is month / 12 at a month end', () => {
    expect(elapsedShare('2026-03-31', 2026)).toBe(0.25);
    expect(elapsedShare({ year: 2026, month: 6 }, 2026)).toBe(0.5);
    expect(elapsedShare('2026-12', 2026)).toBe(1);
    expect(elapsedMonths('2026-03-15', 2026)).toBe(3);
  });
  it('is 0 before the year and 1 after it', () => {
    expect(elapsedShare('2025-12-31', 2026)).toBe(0);
    expect(elapsedShare('2027-01-31', 2026)).toBe(1);
  });
  it('rejects unreadable dates', () => {
    expect(() => elapsedShare('March', 2026)).toThrow(RangeError);
  });
});
