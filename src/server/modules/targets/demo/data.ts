// Demo targets: Jiaozuo's 2022 expected targets exactly as worded in seed 001, and the
// 示范区's own from seed 002. Decomposed figures for the other county units are invented for
// the demo, and every reported figure is synthetic (marked so in the database and the API).
import { normalizeWording, splitIndicatorAndTarget } from '../../../../core/targets/normalize';
import type { IndicatorDirection, IndicatorKind, ReportFrequency } from '../../../../core/enums';

export interface DemoIndicator {
  name: string;
  measureUnit: string;
  kind: IndicatorKind;
  direction: IndicatorDirection;
  cumulative: boolean;
  frequency: ReportFrequency;
  reportingUnitCode: string;
  description?: string;
  /** Synthetic figures: typical year-end value and spread between units. */
  typical: number;
  spread: number;
}

export const DEMO_INDICATORS: DemoIndicator[] = [
  {
    name: '地区生产总值',
    measureUnit: '%',
    kind: 'growth_rate',
    direction: 'higher_better',
    cumulative: true,
    frequency: 'quarterly',
    reportingUnitCode: 'JZ-TJJ',
    description: '按可比价计算的累计增速',
    typical: 7.9,
    spread: 1.2,
  },
  {
    name: '研发经费投入强度',
    measureUnit: '%',
    kind: 'ratio',
    direction: 'higher_better',
    cumulative: false,
    frequency: 'yearly',
    reportingUnitCode: 'JZ-KJJ',
    description: '研究与试验发展经费支出占地区生产总值比重',
    typical: 2.1,
    spread: 0.6,
  },
  {
    name: '居民人均可支配收入',
    measureUnit: '%',
    kind: 'growth_rate',
    direction: 'higher_better',
    cumulative: true,
    frequency: 'quarterly',
    reportingUnitCode: 'JZ-TJJ',
    description: '累计增速，与地区生产总值增速对照',
    typical: 7.2,
    spread: 0.8,
  },
  {
    name: '规上工业增加值',
    measureUnit: '%',
    kind: 'growth_rate',
    direction: 'higher_better',
    cumulative: true,
    frequency: 'monthly',
    reportingUnitCode: 'JZ-GXJ',
    typical: 8.8,
    spread: 1.5,
  },
  {
    name: '固定资产投资',
    measureUnit: '%',
    kind: 'growth_rate',
    direction: 'higher_better',
    cumulative: true,
    frequency: 'monthly',
    reportingUnitCode: 'JZ-FGW',
    typical: 10.6,
    spread: 2.5,
  },
  {
    name: '社会消费品零售总额',
    measureUnit: '%',
    kind: 'growth_rate',
    direction: 'higher_better',
    cumulative: true,
    frequency: 'monthly',
    reportingUnitCode: 'JZ-SWJ',
    typical: 8.3,
    spread: 1,
  },
  {
    name: '进出口总额',
    measureUnit: '%',
    kind: 'growth_rate',
    direction: 'higher_better',
    cumulative: true,
    frequency: 'monthly',
    reportingUnitCode: 'JZ-SWJ',
    typical: 5,
    spread: 4,
  },
  {
    name: '一般公共预算收入',
    measureUnit: '%',
    kind: 'growth_rate',
    direction: 'higher_better',
    cumulative: true,
    frequency: 'monthly',
    reportingUnitCode: 'JZ-CZJ',
    typical: 5.8,
    spread: 2,
  },
  {
    name: '城镇调查失业率',
    measureUnit: '%',
    kind: 'ratio',
    direction: 'lower_better',
    cumulative: false,
    frequency: 'quarterly',
    reportingUnitCode: 'JZ-RSJ',
    typical: 5.2,
    spread: 0.3,
  },
  {
    name: '节能减排',
    measureUnit: '%',
    kind: 'growth_rate',
    direction: 'lower_better',
    cumulative: true,
    frequency: 'yearly',
    reportingUnitCode: 'JZ-STJ',
    description: '以单位地区生产总值能耗增速计（负数为下降）',
    typical: -3.5,
    spread: 1,
  },
  {
    name: '居民消费价格涨幅',
    measureUnit: '%',
    kind: 'growth_rate',
    direction: 'lower_better',
    cumulative: true,
    frequency: 'monthly',
    reportingUnitCode: 'JZ-TJJ',
    description: 'CPI，累计同比涨幅',
    typical: 1.8,
    spread: 0.4,
  },
];

/** Seed 001, 今年经济社会发展主要预期目标, phrase by phrase as printed. */
export const SEED_001_SOURCE = '焦作日报：市委十二届二次全会暨市委经济工作会议讲话要览（seed 001）';
export const SEED_001_PHRASES = [
  '地区生产总值增长8%左右',
  '研发经费投入强度2%以上',
  '居民收入与经济增长协调同步',
  '规上工业增加值增长8.5%以上',
  '固定资产投资增长10%以上',
  '社会消费品零售总额增长8.5%左右',
  '进出口总额保持平稳增长',
  '一般公共预算收入增长5%以上',
  '城镇调查失业率、节能减排、CPI涨幅等完成省控目标',
];

/** Seed 002, 示范区今年经济社会发展的主要预期目标, as printed. */
export const SEED_002_SOURCE = '焦作日报：示范区“七稳”“六好”“十问”报道（seed 002）';
export const SEED_002_PHRASES = [
  '地区生产总值增长8%左右',
  '研发经费强度达2.5%以上',
  '居民收入与经济增长协调同步',
  '规模以上工业增加值增长9.5%',
  '固定资产投资增长12%',
  '社会消费品零售总额增长9%',
  '进出口总额保持平稳增长',
  '一般公共预算收入增长5%以上',
  '城镇调查失业率、节能减排、CPI涨幅等完成市控目标任务',
];

export const SHIFANQU = '410871';
export const COUNTY_UNITS = [
  '410802',
  '410803',
  '410804',
  '410811',
  '410821',
  '410822',
  '410823',
  '410825',
  '410871',
  '410882',
  '410883',
];
/** Units that have not reported December 2022: the reporting lights show them red. */
export const LATE_UNITS = ['410803', '410804'];

/** Control values "entered later" (河南 2022: 调查失业率5.5%左右, CPI涨幅3%左右). */
export const CONTROL_VALUES: Record<string, number> = { 城镇调查失业率: 5.5, 居民消费价格涨幅: 3 };

/** The target part of a phrase: 地区生产总值增长8%左右 → 增长8%左右. */
function targetPart(phrase: string): string {
  return splitIndicatorAndTarget(normalizeWording(phrase)).targetText;
}

/**
 * The unit's own wording for a city phrase. The 示范区 gets its seed-002 words; other units
 * the city's comparator with an invented figure (offset by unit), or the city's words where
 * there is no figure (qualitative), and 完成市控目标 where the province's control becomes the
 * city's.
 */
export function unitWording(phrase: string, unitCode: string, index: number): string {
  if (unitCode === SHIFANQU) return targetPart(SEED_002_PHRASES[SEED_001_PHRASES.indexOf(phrase)]!);
  if (phrase.includes('省控目标')) return '完成市控目标';
  const target = targetPart(phrase);
  const m = /(\d+(?:\.\d+)?)%/.exec(target);
  if (!m) return target;
  const base = Number(m[1]);
  const offsets = [0.5, 0, -0.5, 1, 0, 0.5, 1, 0.5, 0, 1, 0.5];
  const step = base < 3 ? 0.2 : 1;
  const value = Math.round((base + (offsets[index % offsets.length] ?? 0) * step) * 10) / 10;
  return target.replace(m[0], `${value}%`);
}
