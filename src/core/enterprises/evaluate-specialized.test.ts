import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { facts, shipped } from './test-facts';
import type { YearFigures } from './figures';

// A firm that meets every 专精特新中小企业 criterion, to vary one figure at a time.
const good: Partial<YearFigures> = {
  revenue: 5000,
  mainRevenue: 4500,
  rdExpense: 200,
  yearsInNiche: 3,
  zjtxScores: { specialisation: 20, refinement: 18, characteristic: 10, innovation: 22 },
};
const run = (f: Partial<YearFigures>, more: Record<number, Partial<YearFigures>> = {}) =>
  evaluate(
    facts({ 2025: { ...good, ...f }, ...more }),
    2025,
    shipped('specialized_sme'),
    'specialized_sme',
  );
const check = (r: ReturnType<typeof run>, key: string) => r.checks.find((c) => c.key === key)!;

describe('专精特新中小企业', () => {
  it('qualifies when every criterion is met, by score', () => {
    const r = run({});
    expect(r.outcome).toBe('qualifies');
    expect(r.score).toBe(70);
    expect(r.gaps).toEqual([]);
  });

  it('R&D ratio exactly 3% is met; 2.99% is missed with the money lacking', () => {
    expect(check(run({ revenue: 5000, rdExpense: 150 }), 'rdRatio').met).toBe(true);
    const r = run({ revenue: 10000, rdExpense: 299 });
    expect(check(r, 'rdRatio')).toMatchObject({ met: false, actual: '2.99%', near: true });
    expect(r.gaps).toEqual(['研发费用占比 2.99%，需 3%：按当前营收还需研发投入 1 万元']);
    expect(r.outcome).toBe('nearly');
    expect(check(run({ revenue: 10000, rdExpense: 301 }), 'rdRatio').met).toBe(true);
  });

  it('never shows a missed ratio rounded onto its threshold', () => {
    const r = run({ revenue: 10000, rdExpense: 299.99 });
    expect(check(r, 'rdRatio').actual).toBe('2.99%');
    expect(r.gaps[0]).toBe('研发费用占比 2.99%，需 3%：按当前营收还需研发投入 0.01 万元');
  });

  it('words the gap as the office would: 2.4% of 1亿 needs 60万 more', () => {
    const r = run({ revenue: 10000, rdExpense: 240 });
    expect(r.gaps).toEqual(['研发费用占比 2.4%，需 3%：按当前营收还需研发投入 60 万元']);
  });

  it('R&D spending exactly 100万元 is met, 99.99 is not', () => {
    expect(check(run({ revenue: 1000, rdExpense: 100 }), 'rdAmount').met).toBe(true);
    const r = run({ revenue: 1000, rdExpense: 99.99 });
    expect(check(r, 'rdAmount').gapZh).toBe(
      '研发费用 99.99 万元，需 100 万元：还需研发投入 0.01 万元',
    );
  });

  it('revenue exactly 1000万元 is met, 999.99 is not unless 2 years of equity reach 2000万元', () => {
    expect(check(run({ revenue: 1000, rdExpense: 100 }), 'revenue').met).toBe(true);
    const low = run({ revenue: 999.99, rdExpense: 100 });
    expect(check(low, 'revenue').gapZh).toBe('营业收入 999.99 万元，需 1000 万元：还需 0.01 万元');
    const funded = run(
      { revenue: 999.99, rdExpense: 100, equityFinancing: 1000 },
      { 2024: { equityFinancing: 1000 } },
    );
    expect(check(funded, 'revenue').met).toBe(true);
    const short = run(
      { revenue: 999.99, rdExpense: 100, equityFinancing: 1000 },
      { 2024: { equityFinancing: 999.99 } },
    );
    expect(check(short, 'revenue').met).toBe(false);
  });

  it('years in the niche: exactly 2 met, 1 missed', () => {
    expect(check(run({ yearsInNiche: 2 }), 'yearsInNiche').met).toBe(true);
    expect(check(run({ yearsInNiche: 1 }), 'yearsInNiche').gapZh).toBe(
      '从事细分市场年限 1 年，需 2 年：还需 1 年',
    );
  });

  it('score exactly 60 met, 59 missed (nearly), 61 met; parts are capped at their maximum', () => {
    const s = (a: number) => ({
      zjtxScores: { specialisation: 25, refinement: 25, characteristic: 10, innovation: a },
    });
    expect(run(s(0)).score).toBe(60);
    expect(run(s(0)).outcome).toBe('qualifies');
    expect(run(s(1)).score).toBe(61);
    const r = run({
      zjtxScores: { specialisation: 25, refinement: 24, characteristic: 10, innovation: 0 },
    });
    expect(r.outcome).toBe('nearly');
    expect(r.gaps).toEqual(['评价得分 59 分，需 60 分：还差 1 分']);
    expect(
      run({ zjtxScores: { specialisation: 99, refinement: 0, characteristic: 0, innovation: 0 } })
        .score,
    ).toBe(25);
  });

  it('a direct route replaces the score', () => {
    const r = run({
      zjtxScores: { specialisation: 0, refinement: 0, characteristic: 0, innovation: 0 },
      flags: ['makerChinaTop500'],
    });
    expect(r.outcome).toBe('qualifies');
    expect(r.route).toBe('direct');
    const eq = run(
      { zjtxScores: null, equityFinancing: 2000 },
      { 2024: { equityFinancing: 2000 }, 2023: { equityFinancing: 2000 } },
    );
    expect(eq.directRoutes).toEqual(['近三年新增股权融资 6000 万元']);
    expect(run({ zjtxScores: null, equityFinancing: 5999.99 }).outcome).not.toBe('qualifies');
  });

  it('far misses or more than two misses do not count as nearly', () => {
    expect(run({ revenue: 10000, rdExpense: 100 }).outcome).toBe('not');
    expect(
      run({
        yearsInNiche: 1,
        revenue: 10000,
        rdExpense: 290,
        zjtxScores: { specialisation: 25, refinement: 24, characteristic: 10, innovation: 0 },
      }).outcome,
    ).toBe('not');
  });

  it('says when there are no figures or no criteria for the year', () => {
    expect(evaluate(facts({}), 2025, shipped('specialized_sme'), 'specialized_sme')).toMatchObject({
      outcome: 'no_data',
      gaps: ['缺少2025年经营数据'],
    });
    expect(evaluate(facts({ 2025: good }), 2025, null, 'specialized_sme').gaps).toEqual([
      '2025年无适用的认定标准',
    ]);
  });

  it('names a missing figure', () => {
    expect(check(run({ yearsInNiche: null }), 'yearsInNiche')).toMatchObject({
      met: false,
      gapZh: '缺少从事细分市场年限数据',
      near: false,
    });
  });
});
