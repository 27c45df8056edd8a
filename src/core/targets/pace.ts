/**
 * 序时进度 ("时间过半、任务过半") lights (shared/domain.md §2). Defaults follow Yinchuan
 * practice and are configurable: green on pace (less than 10 points behind), yellow 10–30
 * points behind (both ends yellow), red more than 30 points behind, or nothing reported
 * three months into the year.
 *
 * Two kinds of target:
 * - cumulative amounts (投资100亿元, 新增规上企业450家): share done vs share of year elapsed;
 * - growth rates (地区生产总值增长8%): the year-to-date growth is not a share of anything, so
 *   it is compared with the target itself: met → green; short by no more than
 *   2 × tolerance (default 0.5 → 1 point) → yellow; further behind → red.
 */
import type { Direction } from './normalize';
import { DEFAULT_TOLERANCE } from './wording';

export type Light = 'green' | 'yellow' | 'red';

export interface PaceThresholds {
  /** Points behind from which the light is yellow (inclusive). */
  yellowFrom: number;
  /** Points behind above which the light is red (exclusive). */
  redFrom: number;
  /** Months elapsed from which nothing reported means red. */
  notStartedMonths: number;
}

export const DEFAULT_PACE_THRESHOLDS: PaceThresholds = {
  yellowFrom: 10,
  redFrom: 30,
  notStartedMonths: 3,
};

/** Round away floating noise so 50 − 40 is exactly 10 points. */
function clean(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Light for a cumulative target. `behindPoints` is (share of period elapsed − share of
 * target done) in percentage points; negative means ahead of pace. Throws RangeError when
 * the annual target is not positive or the share is outside 0..1.
 */
export function paceLight(input: {
  annualTarget: number;
  cumulativeActual: number | null;
  periodElapsedShare: number;
  monthsElapsed: number;
  thresholds?: Partial<PaceThresholds>;
}): { light: Light; behindPoints: number } {
  const t = { ...DEFAULT_PACE_THRESHOLDS, ...input.thresholds };
  const { annualTarget, cumulativeActual, periodElapsedShare: share } = input;
  if (!(annualTarget > 0)) throw new RangeError('年度目标必须为正数才能计算序时进度');
  if (!(share >= 0 && share <= 1)) throw new RangeError('时间进度必须在0到1之间');
  const done = cumulativeActual ?? 0;
  const behindPoints = clean(share * 100 - (done / annualTarget) * 100);
  if (done <= 0 && input.monthsElapsed >= t.notStartedMonths) return { light: 'red', behindPoints };
  if (behindPoints > t.redFrom) return { light: 'red', behindPoints };
  if (behindPoints >= t.yellowFrom) return { light: 'yellow', behindPoints };
  return { light: 'green', behindPoints };
}

/**
 * Light for a growth-rate target. `gapPoints` is how far the year-to-date growth falls short
 * of the target in the indicator's direction (negative or 0 when met); null without data.
 * For 左右 targets pass `about: true`: within the tolerance below the target is met. With no
 * figure yet the light is yellow, and red from `notStartedMonths` on.
 */
export function growthPaceLight(input: {
  targetGrowth: number;
  ytdGrowth: number | null;
  direction?: Direction;
  about?: boolean;
  tolerance?: number;
  monthsElapsed: number;
  thresholds?: Partial<PaceThresholds>;
}): { light: Light; gapPoints: number | null } {
  const t = { ...DEFAULT_PACE_THRESHOLDS, ...input.thresholds };
  const tol = input.tolerance ?? DEFAULT_TOLERANCE;
  if (input.ytdGrowth === null || !Number.isFinite(input.ytdGrowth)) {
    return { light: input.monthsElapsed >= t.notStartedMonths ? 'red' : 'yellow', gapPoints: null };
  }
  const sign = input.direction === 'lower_better' ? -1 : 1;
  const gapPoints = clean(sign * (input.targetGrowth - input.ytdGrowth));
  const metWithin = input.about ? tol : 0;
  if (gapPoints <= metWithin) return { light: 'green', gapPoints };
  if (gapPoints <= clean(2 * tol)) return { light: 'yellow', gapPoints };
  return { light: 'red', gapPoints };
}

/** Parse 'YYYY-MM-DD' / 'YYYY-MM' / { year, month } into year and month. */
function yearMonth(periodEnd: string | { year: number; month: number }): [number, number] {
  if (typeof periodEnd !== 'string') return [periodEnd.year, periodEnd.month];
  const m = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?/.exec(periodEnd.trim());
  if (!m) throw new RangeError(`无法识别的期末日期：${periodEnd}`);
  return [Number(m[1]), Number(m[2])];
}

/**
 * Months of `year` elapsed at the end of the reporting period (0..12). Reports are
 * cumulative to a month's end (1-3月, 1-6月), so any date counts as the end of its month.
 */
export function elapsedMonths(
  periodEnd: string | { year: number; month: number },
  year: number,
): number {
  const [y, month] = yearMonth(periodEnd);
  if (month < 1 || month > 12) throw new RangeError(`月份超出范围：${month}`);
  if (y < year) return 0;
  if (y > year) return 12;
  return month;
}

/**
 * Share of `year` elapsed at the end of the reporting period: month / 12. Whole months are
 * what the statistics report, so day counts (28 vs 31 days) are deliberately ignored.
 */
export function elapsedShare(
  periodEnd: string | { year: number; month: number },
  year: number,
): number {
  return elapsedMonths(periodEnd, year) / 12;
}
