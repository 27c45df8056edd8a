/**
 * The light of a project's monthly investment report. Each month's year-to-date figure is
 * due once the month has ended. The first month without a report turns the project yellow
 * `yellowAfterDays` after that month's end and red after `redAfterDays` (configurable per
 * workspace); an older gap is therefore red already.
 */
import {
  addMonths,
  addNaturalDays,
  daysBetween,
  monthEnd,
  monthOf,
  monthStart,
  type IsoDate,
} from '../dates';

export interface ReportRules {
  yellowAfterDays: number;
  redAfterDays: number;
}
export const DEFAULT_REPORT_RULES: ReportRules = { yellowAfterDays: 5, redAfterDays: 15 };

export type ReportLight = 'green' | 'yellow' | 'red';

/** The month whose report is expected now: the last finished month. */
export function dueMonth(today: IsoDate): string {
  return monthOf(addMonths(monthStart(monthOf(today)), -1));
}

function nextMonth(month: string): string {
  return monthOf(addMonths(monthStart(month), 1));
}

/**
 * The light given the last month reported ('YYYY-MM' or null). Reports run per calendar year,
 * so with none at all the first one expected is January of the due month's year.
 */
export function reportLight(
  lastMonth: string | null,
  today: IsoDate,
  rules: ReportRules = DEFAULT_REPORT_RULES,
): { light: ReportLight; missingMonth: string | null; reasonZh: string } {
  const due = dueMonth(today);
  if (lastMonth !== null && lastMonth >= due) {
    return { light: 'green', missingMonth: null, reasonZh: '已按月填报' };
  }
  const firstMissing = lastMonth === null ? `${due.slice(0, 4)}-01` : nextMonth(lastMonth);
  const late = daysBetween(monthEnd(firstMissing), today);
  const what = `${firstMissing} 投资完成情况未填报`;
  if (late > rules.redAfterDays) {
    return { light: 'red', missingMonth: firstMissing, reasonZh: `${what}，已逾期 ${late} 天` };
  }
  if (late > rules.yellowAfterDays) {
    return {
      light: 'yellow',
      missingMonth: firstMissing,
      reasonZh: `${what}，已过月末 ${late} 天`,
    };
  }
  return { light: 'green', missingMonth: firstMissing, reasonZh: `${firstMissing} 投资填报期内` };
}

/**
 * The same light as `reportLight`, stated as month bounds a database can compare against the
 * last month reported, so a list filters and pages by light in SQL. The first missing month
 * is red when it is at most `redUpTo`, yellow when at most `yellowUpTo`; a project whose last
 * report is earlier than the bound has its first missing month at or before it.
 */
export interface LightBounds {
  /** The January first expected when nothing was reported at all. */
  firstExpected: string;
  redUpTo: string;
  yellowUpTo: string;
}

/** The latest month whose end is more than `days` days before today. */
function lastMonthEndedBefore(today: IsoDate, days: number): string {
  const limit = addNaturalDays(today, -days - 1);
  const m = monthOf(limit);
  return monthEnd(m) <= limit ? m : monthOf(addMonths(monthStart(m), -1));
}

export function lightBounds(
  today: IsoDate,
  rules: ReportRules = DEFAULT_REPORT_RULES,
): LightBounds {
  return {
    firstExpected: `${dueMonth(today).slice(0, 4)}-01`,
    redUpTo: lastMonthEndedBefore(today, rules.redAfterDays),
    yellowUpTo: lastMonthEndedBefore(today, rules.yellowAfterDays),
  };
}

/** Whether the first missing month after `lastMonth` is at most `bound` (the SQL's test). */
export function missingBy(lastMonth: string | null, bound: string, b: LightBounds): boolean {
  return lastMonth === null ? b.firstExpected <= bound : lastMonth < bound;
}

/** The light from the bounds; equal to `reportLight(...).light` (unit-tested). */
export function lightFromBounds(lastMonth: string | null, b: LightBounds): ReportLight {
  if (missingBy(lastMonth, b.redUpTo, b)) return 'red';
  if (missingBy(lastMonth, b.yellowUpTo, b)) return 'yellow';
  return 'green';
}
