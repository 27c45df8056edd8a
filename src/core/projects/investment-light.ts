/**
 * The light of a project's monthly investment report. Each month's year-to-date figure is
 * due once the month has ended. The first month without a report turns the project yellow
 * `yellowAfterDays` after that month's end and red after `redAfterDays` (configurable per
 * workspace); an older gap is therefore red already.
 */
import { addMonths, daysBetween, monthEnd, monthOf, monthStart, type IsoDate } from '../dates';

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
