// The evaluators (domain.md §5): per enterprise, title and year → qualifies / nearly / not,
// points per indicator, and every missed criterion with its gap in money or units. "Year" is
// the year of the figures (上年度 when applying the year after).
import { booleanCheck, moneyUp, num, numericCheck, percent, type Check } from './checks';
import type {
  CriteriaParams,
  CriteriaVersion,
  EvaluatedKind,
  HighTechParams,
  LittleGiantParams,
  SpecializedParams,
} from './criteria';
import { evaluateInnovative } from './evaluate-innovative';
import {
  ROUTE_FLAGS,
  holdsTitle,
  sumAvailable,
  sumOver,
  type EnterpriseFacts,
  type YearFigures,
} from './figures';

export type Outcome = 'qualifies' | 'nearly' | 'not' | 'no_data';
export const OUTCOME_LABELS: Record<Outcome, { zh: string; en: string }> = {
  qualifies: { zh: '符合', en: 'Qualifies' },
  nearly: { zh: '接近', en: 'Nearly' },
  not: { zh: '不符合', en: 'Does not' },
  no_data: { zh: '无数据', en: 'No figures' },
};

export interface Indicator {
  key: string;
  part: string;
  labelZh: string;
  value: string | null;
  points: number;
  maxPoints: number;
}

export interface Evaluation {
  titleKind: EvaluatedKind;
  year: number;
  versionId: string | null;
  versionName: string | null;
  outcome: Outcome;
  /** How it qualifies: 'direct' (a direct route), 'score', or 'criteria'. */
  route: 'direct' | 'score' | 'criteria' | null;
  directRoutes: string[];
  score: number | null;
  indicators: Indicator[];
  checks: Check[];
  /** The missed criteria's gaps, in the order of the checks. */
  gaps: string[];
}

/** All met → qualifies; at most maxMisses misses, each near → nearly; else not. */
export function outcomeOf(checks: Check[], near: { maxMisses: number }): Outcome {
  const missed = checks.filter((c) => !c.met);
  if (missed.length === 0) return 'qualifies';
  if (missed.length <= near.maxMisses && missed.every((c) => c.near)) return 'nearly';
  return 'not';
}

export function finish(
  base: Omit<Evaluation, 'outcome' | 'gaps'>,
  near: { maxMisses: number },
): Evaluation {
  return {
    ...base,
    outcome: outcomeOf(base.checks, near),
    gaps: base.checks.filter((c) => !c.met).map((c) => c.gapZh ?? c.labelZh),
  };
}

const rdRemedy = (revenue: number | null, rd: number | null) => (t: number) =>
  revenue !== null && rd !== null
    ? `按当前营收还需研发投入 ${moneyUp((t * revenue) / 100 - rd)} 万元`
    : null;
const moreOf = (what: string, unit: string) => (t: number, v: number) =>
  `还需${what} ${moneyUp(t - v)} ${unit}`;

function specialized(facts: EnterpriseFacts, y: number, f: YearFigures, p: SpecializedParams) {
  const g = p.near.relativeGap;
  const checks: Check[] = [
    numericCheck({
      key: 'yearsInNiche',
      labelZh: '从事细分市场年限',
      value: f.yearsInNiche,
      cmp: p.yearsInNiche,
      unit: '年',
      relativeGap: g,
      remedy: moreOf('', '年'),
    }),
    numericCheck({
      key: 'rdAmount',
      labelZh: '研发费用',
      value: f.rdExpense,
      cmp: p.rdAmount,
      unit: '万元',
      relativeGap: g,
      remedy: moreOf('研发投入', '万元'),
    }),
    numericCheck({
      key: 'rdRatio',
      labelZh: '研发费用占比',
      value: percent(f.rdExpense, f.revenue),
      cmp: p.rdRatio,
      unit: '%',
      relativeGap: g,
      remedy: rdRemedy(f.revenue, f.rdExpense),
    }),
  ];
  const revenue = numericCheck({
    key: 'revenue',
    labelZh: '营业收入',
    value: f.revenue,
    cmp: p.revenue,
    unit: '万元',
    relativeGap: g,
    remedy: moreOf('', '万元'),
  });
  const equity2y = sumAvailable(facts, [y - 1, y], (x) => x.equityFinancing);
  const viaEquity = numericCheck({
    key: 'equity2y',
    labelZh: '近2年新增股权融资',
    value: equity2y,
    cmp: p.equity2yInstead,
    unit: '万元',
    relativeGap: g,
  });
  checks.push(
    revenue.met || !viaEquity.met
      ? revenue
      : {
          ...revenue,
          met: true,
          gapZh: null,
          actual: `${revenue.actual}（近2年股权融资 ${num(equity2y)} 万元）`,
        },
  );

  const direct = p.direct.flags.filter((k) => f.flags.includes(k)).map((k) => ROUTE_FLAGS[k] ?? k);
  const equity3y = sumAvailable(facts, [y - 2, y - 1, y], (x) => x.equityFinancing);
  if (
    numericCheck({
      key: 'e3',
      labelZh: '',
      value: equity3y,
      cmp: p.direct.equity3y,
      unit: '万元',
      relativeGap: 0,
    }).met
  ) {
    direct.push(`近三年新增股权融资 ${num(equity3y)} 万元`);
  }
  const s = f.zjtxScores;
  const m = p.scoreMax;
  const indicators: Indicator[] = [
    ['specialisation', '专业化', m.specialisation],
    ['refinement', '精细化', m.refinement],
    ['characteristic', '特色化', m.characteristic],
    ['innovation', '创新能力', m.innovation],
  ].map(([k, label, max]) => {
    const v = s ? Math.round(Math.min(s[k as keyof typeof s], max as number) * 100) / 100 : null;
    return {
      key: k as string,
      part: k as string,
      labelZh: label as string,
      value: v === null ? null : `${num(v)} 分`,
      points: v ?? 0,
      maxPoints: max as number,
    };
  });
  const score = s ? Math.round(indicators.reduce((t, i) => t + i.points, 0) * 100) / 100 : null;
  if (direct.length === 0) {
    checks.push(
      numericCheck({
        key: 'score',
        labelZh: '评价得分',
        value: score,
        cmp: p.score,
        unit: '分',
        relativeGap: g,
        remedy: (t, v) => `还差 ${num(t - v)} 分`,
      }),
    );
  }
  return finish(
    {
      titleKind: 'specialized_sme',
      year: y,
      versionId: null,
      versionName: null,
      route: direct.length ? 'direct' : 'score',
      directRoutes: direct,
      score,
      indicators,
      checks,
    },
    p.near,
  );
}

function littleGiant(facts: EnterpriseFacts, y: number, f: YearFigures, p: LittleGiantParams) {
  const g = p.near.relativeGap;
  const prev = facts.figures.get(y - 1);
  const prev2 = facts.figures.get(y - 2);
  const growth = (a: number | null | undefined, b: number | null | undefined) =>
    a == null || b == null || b === 0 ? null : ((a - b) * 100) / b;
  const g1 = growth(f.mainRevenue, prev?.mainRevenue);
  const g2 = growth(prev?.mainRevenue, prev2?.mainRevenue);
  const avg = g1 === null || g2 === null ? null : Math.round(((g1 + g2) / 2) * 1e9) / 1e9;
  const checks: Check[] = [
    numericCheck({
      key: 'yearsInNiche',
      labelZh: '从事细分市场年限',
      value: f.yearsInNiche,
      cmp: p.yearsInNiche,
      unit: '年',
      relativeGap: g,
      remedy: moreOf('', '年'),
    }),
    numericCheck({
      key: 'mainShare',
      labelZh: '主营业务收入占比',
      value: percent(f.mainRevenue, f.revenue),
      cmp: p.mainShare,
      unit: '%',
      relativeGap: g,
      remedy: (t) =>
        f.revenue !== null && f.mainRevenue !== null
          ? `主营业务收入还需增加 ${moneyUp((t * f.revenue - 100 * f.mainRevenue) / (100 - t))} 万元`
          : null,
    }),
    numericCheck({
      key: 'mainGrowth2yAvg',
      labelZh: '近2年主营业务收入平均增长率',
      value: avg,
      cmp: p.mainGrowth2yAvg,
      unit: '%',
      relativeGap: g,
    }),
    numericCheck({
      key: 'debtRatio',
      labelZh: '资产负债率',
      value: f.debtRatio,
      cmp: p.debtRatio,
      unit: '%',
      relativeGap: g,
      remedy: (t, v) => `需降低 ${num(v - t)} 个百分点`,
    }),
    numericCheck({
      key: 'marketShare',
      labelZh: '国内细分市场占有率',
      value: f.marketShare,
      cmp: p.marketShare,
      unit: '%',
      relativeGap: g,
    }),
  ];
  const band =
    f.revenue === null
      ? undefined
      : p.rdBands.find(
          (b) =>
            numericCheck({
              key: '',
              labelZh: '',
              value: f.revenue,
              cmp: b.revenue,
              unit: '',
              relativeGap: 0,
            }).met,
        );
  if (band) {
    for (const [yr, fig] of [
      [y, f],
      [y - 1, prev],
    ] as const) {
      checks.push(
        numericCheck({
          key: `rdRatio${yr}`,
          labelZh: `${yr}年研发费用占比`,
          value: percent(fig?.rdExpense, fig?.revenue),
          cmp: band.rdRatioBothYears,
          unit: '%',
          relativeGap: g,
          remedy: rdRemedy(fig?.revenue ?? null, fig?.rdExpense ?? null),
        }),
      );
    }
  } else {
    const r = p.smallRoute;
    checks.push(
      numericCheck({
        key: 'equity2y',
        labelZh: '近2年新增股权融资',
        value: sumAvailable(facts, [y - 1, y], (x) => x.equityFinancing),
        cmp: r.equity2y,
        unit: '万元',
        relativeGap: g,
        remedy: moreOf('股权融资', '万元'),
      }),
      numericCheck({
        key: 'rd2y',
        labelZh: '近2年研发投入',
        value: sumOver(facts, [y - 1, y], (x) => x.rdExpense),
        cmp: r.rd2y,
        unit: '万元',
        relativeGap: g,
        remedy: moreOf('研发投入', '万元'),
      }),
      numericCheck({
        key: 'rdStaffShare',
        labelZh: '研发人员占比',
        value: percent(f.rdStaff, f.employees),
        cmp: r.rdStaffShare,
        unit: '%',
        relativeGap: g,
      }),
    );
  }
  checks.push(
    numericCheck({
      key: 'mainProductIpI',
      labelZh: '与主导产品相关的Ⅰ类知识产权',
      value: f.ipMainProductClassI,
      cmp: p.mainProductIpI,
      unit: '项',
      relativeGap: 0.5,
      remedy: moreOf('', '项'),
    }),
  );
  return finish(
    {
      titleKind: 'little_giant',
      year: y,
      versionId: null,
      versionName: null,
      route: 'criteria',
      directRoutes: [],
      score: null,
      indicators: [],
      checks,
    },
    p.near,
  );
}

function highTech(facts: EnterpriseFacts, y: number, f: YearFigures, p: HighTechParams) {
  const g = p.near.relativeGap;
  const years = [y - 2, y - 1, y].filter((yr) => facts.figures.get(yr)?.revenue != null);
  const rd3 = sumAvailable(facts, years, (x) => x.rdExpense);
  const sales3 = sumAvailable(facts, years, (x) => x.revenue);
  const dom3 = sumAvailable(facts, years, (x) => x.rdExpenseDomestic ?? x.rdExpense);
  const registeredYears = facts.registeredOn
    ? completedYears(facts.registeredOn, `${y}-12-31`)
    : null;
  const band =
    f.revenue === null
      ? undefined
      : p.rdBands.find(
          (b) =>
            numericCheck({
              key: '',
              labelZh: '',
              value: f.revenue,
              cmp: b.sales,
              unit: '',
              relativeGap: 0,
            }).met,
        );
  const checks: Check[] = [
    numericCheck({
      key: 'registeredYears',
      labelZh: '注册成立年限',
      value: registeredYears,
      cmp: p.registeredYears,
      unit: '年',
      relativeGap: 0,
    }),
    numericCheck({
      key: 'stStaffShare',
      labelZh: '科技人员占比',
      value: percent(f.stStaff, f.employees),
      cmp: p.stStaffShare,
      unit: '%',
      relativeGap: g,
      remedy: (t) =>
        f.employees !== null && f.stStaff !== null
          ? `还需新增科技人员 ${Math.ceil((t * f.employees - 100 * f.stStaff) / (100 - t) - 1e-9)} 人`
          : null,
    }),
    numericCheck({
      key: 'rdRatio',
      labelZh: `近${years.length}年研发费用占销售收入比例`,
      value: percent(rd3, sales3),
      cmp: band?.rdRatio ?? { gte: 0 },
      unit: '%',
      relativeGap: g,
      remedy: (t) => `按当前销售收入还需研发投入 ${moneyUp((t * sales3) / 100 - rd3)} 万元`,
    }),
    numericCheck({
      key: 'domesticRdShare',
      labelZh: '境内研发费用占比',
      value: percent(dom3, rd3),
      cmp: p.domesticRdShare,
      unit: '%',
      relativeGap: g,
    }),
    numericCheck({
      key: 'highTechIncomeShare',
      labelZh: '高新技术产品收入占比',
      value: f.highTechIncomeShare,
      cmp: p.highTechIncomeShare,
      unit: '%',
      relativeGap: g,
    }),
    numericCheck({
      key: 'innovationScore',
      labelZh: '创新能力评价得分',
      value: f.htInnovationScore,
      cmp: p.innovationScore,
      unit: '分',
      relativeGap: g,
    }),
  ];
  return finish(
    {
      titleKind: 'high_tech',
      year: y,
      versionId: null,
      versionName: null,
      route: 'criteria',
      directRoutes: [],
      score: f.htInnovationScore,
      indicators: [],
      checks,
    },
    p.near,
  );
}

/** Whole years from a date to another ('2020-06-01' → '2022-05-31' is 1). */
export function completedYears(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** Evaluates one title for one year with the version given (see versionForYear). */
export function evaluate<K extends EvaluatedKind>(
  facts: EnterpriseFacts,
  year: number,
  version: CriteriaVersion<K> | null,
  kind: K,
): Evaluation {
  const f = facts.figures.get(year);
  const empty: Evaluation = {
    titleKind: kind,
    year,
    versionId: version?.id ?? null,
    versionName: version?.name ?? null,
    outcome: 'no_data',
    route: null,
    directRoutes: [],
    score: null,
    indicators: [],
    checks: [],
    gaps: [],
  };
  if (!f || !version)
    return { ...empty, gaps: [!version ? `${year}年无适用的认定标准` : `缺少${year}年经营数据`] };
  const params = version.params as CriteriaParams[EvaluatedKind];
  let r: Evaluation;
  if (kind === 'innovative_sme')
    r = evaluateInnovative(facts, year, f, params as CriteriaParams['innovative_sme'], holdsTitle);
  else if (kind === 'specialized_sme') r = specialized(facts, year, f, params as SpecializedParams);
  else if (kind === 'little_giant') r = littleGiant(facts, year, f, params as LittleGiantParams);
  else r = highTech(facts, year, f, params as HighTechParams);
  return { ...r, versionId: version.id, versionName: version.name };
}

export { booleanCheck };
