import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { facts, shipped } from './test-facts';
import type { YearFigures } from './figures';

// Base: IP Ⅰ类 (10), R&D 3% (15), growth 10% (15), debt 50% (10), other sector (5), main 70% (20) = 75.
const base: Partial<YearFigures> = {
  revenue: 1000,
  mainRevenue: 700,
  rdExpense: 30,
  debtRatio: 50,
  ipClassI: 1,
};
function run(f: Partial<YearFigures>, prevMain?: number, extra = {}) {
  const p = prevMain === undefined ? { mainRevenue: 700 / 1.1 } : { mainRevenue: prevMain };
  return evaluate(
    facts({ 2024: p, 2025: { ...base, ...f } }, extra),
    2025,
    shipped('innovative_sme'),
    'innovative_sme',
  );
}
const pts = (r: ReturnType<typeof run>, key: string) =>
  r.indicators.find((i) => i.key === key)!.points;

describe('创新型中小企业: points on every band edge', () => {
  it.each([
    [50, 20],
    [49.99, 15],
    [30, 15],
    [29.99, 10],
    [20, 10],
    [19.99, 5],
    [10, 5],
    [9.99, 0],
    [0, 0],
  ])('R&D %s万 of 1000万 → %s points', (rd, p) => {
    expect(pts(run({ rdExpense: rd }), 'rdRatio')).toBe(p);
  });

  it.each([
    [115, 20],
    [114.99, 15],
    [110, 15],
    [109.99, 10],
    [105, 10],
    [104.99, 5],
    [100, 5],
    [99.99, 0],
  ])('main revenue %s after 100 → %s points', (main, p) => {
    expect(pts(run({ mainRevenue: main, revenue: 1000 }, 100), 'mainGrowth')).toBe(p);
  });

  it.each([
    [0, 10],
    [55, 10],
    [55.01, 5],
    [75, 5],
    [75.01, 0],
    [100, 0],
  ])('debt ratio %s%% → %s points', (d, p) => {
    expect(pts(run({ debtRatio: d }), 'debtRatio')).toBe(p);
  });

  it.each([
    [700, 20],
    [699.9, 15],
    [600, 15],
    [599.9, 10],
    [550, 10],
    [549.9, 5],
    [500, 5],
    [499.9, 0],
  ])('main business %s of 1000 → %s points', (m, p) => {
    expect(pts(run({ mainRevenue: m }, m), 'mainShare')).toBe(p);
  });

  it('IP: the best class held counts', () => {
    expect(pts(run({ ipClassI: 0, ipClassII: 3 }), 'ip')).toBe(5);
    expect(pts(run({ ipClassI: 0 }), 'ip')).toBe(0);
    expect(pts(run({ ipClassISelf: 1 }), 'ip')).toBe(15);
    expect(pts(run({ ipClassIHighValue: 1, ipClassISelf: 1 }), 'ip')).toBe(20);
  });

  it('sector: strategic emerging 10, other 5', () => {
    expect(pts(run({}, undefined, { strategicEmerging: true }), 'sector')).toBe(10);
    expect(pts(run({}), 'sector')).toBe(5);
  });
});

describe('创新型中小企业: pass rules', () => {
  it('qualifies by score at 75', () => {
    const r = run({});
    expect(r.score).toBe(75);
    expect(r.outcome).toBe('qualifies');
    expect(r.route).toBe('score');
  });

  it('total exactly 60 with every part at its minimum qualifies', () => {
    // innovation 10+10=20, growth 5+10=15, specialisation 5+20=25 → 60
    const r = run({ rdExpense: 20, mainRevenue: 700 }, 700);
    expect(r.indicators.map((i) => i.points)).toEqual([10, 10, 5, 10, 5, 20]);
    expect(r.score).toBe(60);
    expect(r.outcome).toBe('qualifies');
  });

  it('total 59… misses by a point, nearly, and says what more R&D would earn', () => {
    // innovation 10+10, growth 5+5 (debt 60%) = 10 → growth part 10 < 15
    const r = run({ rdExpense: 20, debtRatio: 60 }, 700);
    expect(r.score).toBe(55);
    expect(r.outcome).toBe('not');
    expect(r.gaps[0]).toBe(
      '评价总分 55 分，需 60 分：还差 5 分（研发费用占比达到 3% 可得 15 分，还需研发投入 10 万元）',
    );
    expect(r.gaps[1]).toBe('成长性得分 10 分，需 15 分：还差 5 分');
  });

  it('a high score with innovation under 20 does not qualify', () => {
    const r = run({ ipClassI: 0, rdExpense: 15 }, 500);
    expect(
      r.indicators.find((i) => i.key === 'ip')!.points +
        r.indicators.find((i) => i.key === 'rdRatio')!.points,
    ).toBe(5);
    expect(r.outcome).not.toBe('qualifies');
    expect(r.gaps.some((g) => g.startsWith('创新能力得分 5 分，需 20 分'))).toBe(true);
  });

  it('qualifies directly by a valid 高新技术企业 title, not by an expired one', () => {
    const weak = { ipClassI: 0, rdExpense: 0, mainRevenue: 100 };
    const valid = run(weak, 100, {
      titles: [{ kind: 'high_tech', validFrom: '2024-11-01', validTo: '2027-10-31' }],
    });
    expect(valid).toMatchObject({
      outcome: 'qualifies',
      route: 'direct',
      directRoutes: ['有效期内的高新技术企业'],
    });
    const expired = run(weak, 100, {
      titles: [{ kind: 'high_tech', validFrom: '2021-11-01', validTo: '2024-10-31' }],
    });
    expect(expired.outcome).toBe('not');
  });

  it('qualifies directly by 500万元 of equity in 3 years, not by 499.99', () => {
    const weak = { ipClassI: 0, rdExpense: 0, mainRevenue: 100 };
    expect(run({ ...weak, equityFinancing: 500 }, 100).outcome).toBe('qualifies');
    expect(run({ ...weak, equityFinancing: 499.99 }, 100).outcome).toBe('not');
    expect(run({ ...weak, flags: ['provincialRdInstitution'] }, 100).directRoutes).toEqual([
      '拥有省级以上研发机构',
    ]);
  });
});
