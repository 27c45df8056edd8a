import { describe, expect, it } from 'vitest';
import { versionForYear, type CriteriaVersion } from './criteria';
import { evaluate } from './evaluate';
import { facts, shipped } from './test-facts';
import type { YearFigures } from './figures';

describe('专精特新“小巨人”', () => {
  // Revenue 1.2亿, main 1.08亿 (90%), growth 10% a year, R&D 4% both years.
  const y25: Partial<YearFigures> = {
    revenue: 12000,
    mainRevenue: 10890,
    rdExpense: 480,
    debtRatio: 50,
    marketShare: 12,
    yearsInNiche: 5,
    ipMainProductClassI: 3,
  };
  const y24: Partial<YearFigures> = { revenue: 11000, mainRevenue: 9900, rdExpense: 440 };
  const y23: Partial<YearFigures> = { revenue: 10000, mainRevenue: 9000, rdExpense: 400 };
  const run = (f: Partial<YearFigures>, p24: Partial<YearFigures> = {}) =>
    evaluate(
      facts({ 2023: y23, 2024: { ...y24, ...p24 }, 2025: { ...y25, ...f } }),
      2025,
      shipped('little_giant'),
      'little_giant',
    );
  const check = (r: ReturnType<typeof run>, key: string) => r.checks.find((c) => c.key === key);

  it('qualifies when all criteria are met', () => {
    expect(run({}).outcome).toBe('qualifies');
  });

  it('debt ratio exactly 70% is met, 70.01% is missed with the points to shed', () => {
    expect(check(run({ debtRatio: 70 }), 'debtRatio')!.met).toBe(true);
    const r = run({ debtRatio: 72 });
    expect(r.gaps).toEqual(['资产负债率 72%，需不高于 70%：需降低 2 个百分点']);
    expect(r.outcome).toBe('nearly');
    expect(check(run({ debtRatio: 70.01 }), 'debtRatio')!.met).toBe(false);
  });

  it('main business exactly 70% met; 69.99% says how much more main revenue', () => {
    expect(check(run({ mainRevenue: 8400 }, { mainRevenue: 7636.3636 }), 'mainShare')!.met).toBe(
      true,
    );
    const r = run({ mainRevenue: 7800 });
    expect(check(r, 'mainShare')!.gapZh).toBe(
      '主营业务收入占比 65%，需 70%：主营业务收入还需增加 2000 万元',
    );
  });

  it('market share exactly 10% met, 9.9 missed; Ⅰ类 IP on the main product: 2 met, 1 missed', () => {
    expect(check(run({ marketShare: 10 }), 'marketShare')!.met).toBe(true);
    expect(check(run({ marketShare: 9.9 }), 'marketShare')!.met).toBe(false);
    expect(check(run({ ipMainProductClassI: 2 }), 'mainProductIpI')!.met).toBe(true);
    expect(check(run({ ipMainProductClassI: 1 }), 'mainProductIpI')!.gapZh).toBe(
      '与主导产品相关的Ⅰ类知识产权 1 项，需 2 项：还需 1 项',
    );
  });

  it('2-year average main-business growth exactly 5% met, below missed', () => {
    // 2023 10000 → 2024 10500 (5%) → 2025 11025 (5%)
    const r = evaluate(
      facts({
        2023: { ...y23, mainRevenue: 10000 },
        2024: { ...y24, mainRevenue: 10500 },
        2025: { ...y25, revenue: 12000, mainRevenue: 11025 },
      }),
      2025,
      shipped('little_giant'),
      'little_giant',
    );
    expect(r.checks.find((c) => c.key === 'mainGrowth2yAvg')).toMatchObject({
      met: true,
      actual: '5%',
    });
    expect(check(run({ mainRevenue: 9800 }), 'mainGrowth2yAvg')!.met).toBe(false);
  });

  it('R&D band by revenue: 1亿 needs 3% in both years, just below 1亿 needs 6%', () => {
    const at = run(
      { revenue: 10000, mainRevenue: 9000, rdExpense: 300 },
      { revenue: 10000, rdExpense: 300 },
    );
    expect(check(at, 'rdRatio2025')).toMatchObject({ met: true, required: '3%' });
    expect(check(at, 'rdRatio2024')).toMatchObject({ met: true });
    const below = run({ revenue: 9999.99, mainRevenue: 9000, rdExpense: 300 });
    expect(check(below, 'rdRatio2025')).toMatchObject({ met: false, required: '6%' });
    const lastYearShort = run({}, { rdExpense: 329 });
    expect(check(lastYearShort, 'rdRatio2024')!.gapZh).toBe(
      '2024年研发费用占比 2.99%，需 3%：按当前营收还需研发投入 1 万元',
    );
  });

  it('5000万 is in the 6% band; just below takes the special route', () => {
    expect(
      check(run({ revenue: 5000, mainRevenue: 4500, rdExpense: 300 }), 'rdRatio2025')!.required,
    ).toBe('6%');
    const small = run({ revenue: 4999.99, mainRevenue: 4500, rdExpense: 300 });
    expect(check(small, 'rdRatio2025')).toBeUndefined();
    expect(check(small, 'equity2y')!.met).toBe(false);
    expect(check(small, 'rdStaffShare')!.gapZh).toBe('缺少研发人员占比数据');
  });
});

describe('高新技术企业', () => {
  const y: Partial<YearFigures> = {
    revenue: 4000,
    rdExpense: 240,
    employees: 100,
    stStaff: 20,
    highTechIncomeShare: 70,
    htInnovationScore: 75,
  };
  const run = (f: Partial<YearFigures>, registeredOn = '2015-01-01') =>
    evaluate(
      facts({ 2025: { ...y, ...f } }, { registeredOn }),
      2025,
      shipped('high_tech'),
      'high_tech',
    );
  const check = (r: ReturnType<typeof run>, key: string) => r.checks.find((c) => c.key === key)!;

  it('qualifies when all conditions are met', () => {
    expect(run({}).outcome).toBe('qualifies');
  });

  it('innovation score exactly 70 is NOT enough (>70); 70.5 is', () => {
    expect(check(run({ htInnovationScore: 70 }), 'innovationScore')).toMatchObject({
      met: false,
      gapZh: '创新能力评价得分 70 分，需超过 70 分',
    });
    expect(check(run({ htInnovationScore: 70.5 }), 'innovationScore').met).toBe(true);
  });

  it('sales exactly 5000万 needs 5%; just above needs 4%; exactly 2亿 needs 4%; above it 3%', () => {
    expect(check(run({ revenue: 5000, rdExpense: 250 }), 'rdRatio')).toMatchObject({
      met: true,
      required: '5%',
    });
    expect(check(run({ revenue: 5000, rdExpense: 249 }), 'rdRatio').gapZh).toBe(
      '近1年研发费用占销售收入比例 4.98%，需 5%：按当前销售收入还需研发投入 1 万元',
    );
    expect(check(run({ revenue: 5000.01, rdExpense: 200.0004 }), 'rdRatio')).toMatchObject({
      met: true,
      required: '4%',
    });
    expect(check(run({ revenue: 20000, rdExpense: 700 }), 'rdRatio')).toMatchObject({
      met: false,
      required: '4%',
    });
    expect(check(run({ revenue: 20000.01, rdExpense: 700 }), 'rdRatio')).toMatchObject({
      met: true,
      required: '3%',
    });
  });

  it('uses three years of R&D and sales when present', () => {
    const r = evaluate(
      facts({
        2023: { revenue: 3000, rdExpense: 100 },
        2024: { revenue: 3000, rdExpense: 100 },
        2025: { ...y, revenue: 4000, rdExpense: 300 },
      }),
      2025,
      shipped('high_tech'),
      'high_tech',
    );
    expect(check(r, 'rdRatio')).toMatchObject({
      labelZh: '近3年研发费用占销售收入比例',
      actual: '5%',
      met: true,
    });
  });

  it('S&T staff exactly 10% met; 9 of 100 says how many to hire', () => {
    expect(check(run({ stStaff: 10 }), 'stStaffShare').met).toBe(true);
    expect(check(run({ stStaff: 9 }), 'stStaffShare').gapZh).toBe(
      '科技人员占比 9%，需 10%：还需新增科技人员 2 人',
    );
  });

  it('registered exactly one year by 31 December is enough', () => {
    expect(check(run({}, '2024-12-31'), 'registeredYears').met).toBe(true);
    expect(check(run({}, '2025-01-01'), 'registeredYears').met).toBe(false);
  });

  it('high-tech income exactly 60% met, 59.9 missed; domestic R&D share below 60% missed', () => {
    expect(check(run({ highTechIncomeShare: 60 }), 'highTechIncomeShare').met).toBe(true);
    expect(check(run({ highTechIncomeShare: 59.9 }), 'highTechIncomeShare').met).toBe(false);
    expect(check(run({ rdExpenseDomestic: 144 }), 'domesticRdShare').met).toBe(true);
    expect(check(run({ rdExpenseDomestic: 143 }), 'domesticRdShare').met).toBe(false);
  });
});

describe('criteria versions', () => {
  const v = (id: string, effectiveFrom: string) =>
    ({ ...shipped('specialized_sme'), id, effectiveFrom }) as CriteriaVersion<'specialized_sme'>;
  const versions = [v('2022', '2022-08-01'), v('2026', '2026-04-01')];

  it('takes the latest version in force on 31 December of the year', () => {
    expect(versionForYear(versions, 2021)).toBeNull();
    expect(versionForYear(versions, 2022)!.id).toBe('2022');
    expect(versionForYear(versions, 2025)!.id).toBe('2022');
    expect(versionForYear(versions, 2026)!.id).toBe('2026');
    expect(versionForYear([...versions, v('late', '2026-12-31')], 2026)!.id).toBe('late');
    expect(versionForYear([...versions, v('next', '2027-01-01')], 2026)!.id).toBe('2026');
  });
});
