/**
 * Reporting periods of a target year (shared/domain.md §2). A period is named by the month
 * it ends in: cumulative reports cover 1-M月 of the year (year-to-date is the norm), others
 * cover the month or quarter itself. Quarterly indicators report in months 3, 6, 9, 12;
 * yearly ones in month 12.
 */
import { daysBetween, makeDate, type IsoDate } from '../dates';
import type { WorkingCalendar } from '../calendar/calendar';
import type { ReportFrequency } from '../enums';

const STEP: Record<ReportFrequency, number> = { monthly: 1, quarterly: 3, yearly: 12 };
const QUARTER_ZH = ['一', '二', '三', '四'];

/** The months of a year in which an indicator of this frequency reports. */
export function periodMonths(frequency: ReportFrequency): number[] {
  const step = STEP[frequency];
  return Array.from({ length: 12 / step }, (_v, i) => (i + 1) * step);
}

export function isReportingMonth(frequency: ReportFrequency, month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12 && month % STEP[frequency] === 0;
}

/**
 * The period an indicator has reached when the plan is viewed at `month`: the latest
 * reporting month on or before it, or null (a yearly indicator viewed in June has none yet).
 */
export function effectiveMonth(frequency: ReportFrequency, month: number): number | null {
  const step = STEP[frequency];
  const m = Math.floor(month / step) * step;
  return m >= step ? m : null;
}

/** '2022年1-6月' (cumulative), '2022年6月', '2022年第二季度', '2022年全年'. */
export function periodLabel(
  year: number,
  month: number,
  opts: { cumulative: boolean; frequency: ReportFrequency },
): string {
  if (month === 12 && (opts.cumulative || opts.frequency === 'yearly')) return `${year}年全年`;
  if (opts.cumulative) return month === 1 ? `${year}年1月` : `${year}年1-${month}月`;
  if (opts.frequency === 'quarterly') return `${year}年第${QUARTER_ZH[month / 3 - 1]}季度`;
  return `${year}年${month}月`;
}

/** 'YYYY-MM' of a period. */
export function periodKey(year: number, month: number): string {
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/** Parses 'YYYY-MM' into numbers, or null. */
export function parsePeriodKey(key: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

/**
 * Reports for a period are due on `dueDay` of the following month; a deadline on a rest day
 * moves to the next working day (Civil Code art. 203), as the official calendar says.
 */
export function reportDeadline(
  year: number,
  month: number,
  dueDay: number,
  calendar: WorkingCalendar,
): IsoDate {
  const y = month === 12 ? year + 1 : year;
  const m = month === 12 ? 1 : month + 1;
  return calendar.nextWorkingDayOnOrAfter(makeDate(y, m, dueDay));
}

export type ReportingState = 'reported' | 'reported_late' | 'not_due' | 'due_soon' | 'overdue';
export type ReportingLight = 'green' | 'yellow' | 'red' | null;

/**
 * Whether a unit has reported a period, and its light: green when reported (late reports
 * say so), yellow within `dueSoonDays` of the deadline, red once the deadline has passed
 * with nothing reported, no light before that.
 */
export function reportingState(input: {
  deadline: IsoDate;
  today: IsoDate;
  /** Date (Beijing) of the first report for the period, if any. */
  firstReportedOn: IsoDate | null;
  dueSoonDays: number;
}): { state: ReportingState; light: ReportingLight } {
  const { deadline, today, firstReportedOn } = input;
  if (firstReportedOn) {
    return { state: firstReportedOn > deadline ? 'reported_late' : 'reported', light: 'green' };
  }
  if (today > deadline) return { state: 'overdue', light: 'red' };
  if (daysBetween(today, deadline) <= input.dueSoonDays)
    return { state: 'due_soon', light: 'yellow' };
  return { state: 'not_due', light: null };
}
