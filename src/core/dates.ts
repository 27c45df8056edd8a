// Plain calendar dates as 'YYYY-MM-DD' strings. No time zones: every computation runs on
// UTC day numbers (days since 1970-01-01), so there is no DST or local-time drift.

export type IsoDate = string;

const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // UTC+8, no daylight saving since 1991
const ISO_MONTH_RE = /^(\d{4})-(\d{2})$/;

/** True for leap years of the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month; month is 1-12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/**
 * Day number of a 'YYYY-MM-DD' string, or NaN when it is not a real date (year 1000-9999).
 * Hand-parsed: deadline computation for a million matters runs through here.
 */
function parseDayNumber(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return NaN;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return NaN; // '-'
  const y = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const m = digit(value, 5) * 10 + digit(value, 6);
  const d = digit(value, 8) * 10 + digit(value, 9);
  if (!(y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return NaN;
  return daysFromCivil(y, m, d);
}

/** True when the value is a 'YYYY-MM-DD' string naming a real date (year 1000-9999). */
export function isIsoDate(value: unknown): value is IsoDate {
  return !Number.isNaN(parseDayNumber(value));
}

function invalid(value: unknown, expected: string): RangeError {
  return new RangeError(`日期格式无效："${String(value)}"，应为 ${expected}`);
}

/** Throws a RangeError (Chinese message) unless the value is a valid 'YYYY-MM-DD' date. */
export function assertIsoDate(value: unknown): asserts value is IsoDate {
  if (!isIsoDate(value)) throw invalid(value, 'YYYY-MM-DD');
}

/** Splits a valid date into numbers; month is 1-12. */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  assertIsoDate(date);
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Builds a date from numbers; month is 1-12. Throws if the date does not exist. */
export function makeDate(year: number, month: number, day: number): IsoDate {
  const s = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  assertIsoDate(s);
  return s;
}

/** Days since 1970-01-01 (UTC) of a date; throws on an invalid date. */
export function toDayNumber(date: IsoDate): number {
  const n = parseDayNumber(date);
  if (Number.isNaN(n)) throw invalid(date, 'YYYY-MM-DD');
  return n;
}

/** Inverse of toDayNumber (H. Hinnant's civil_from_days). */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`日序号必须是整数：${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 1000 || y > 9999) throw new RangeError(`日期超出范围（1000-9999 年）：${dayNumber}`);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The date n natural days after (n < 0: before) the given date. */
export function addNaturalDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`天数必须是整数：${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/**
 * The date n months after the given date, per Civil Code art. 200-202: the period ends on the
 * corresponding day of the last month; if that month has no such day, on its last day
 * (one month after 2026-01-31 is 2026-02-28). The rest-day roll (art. 203) is not applied here.
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`月数必须是整数：${n}`);
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return makeDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Signed number of days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

function monthParts(month: string): { year: number; month: number } {
  const m = ISO_MONTH_RE.exec(month);
  if (m) {
    const year = Number(m[1]);
    const mon = Number(m[2]);
    if (year >= 1000 && mon >= 1 && mon <= 12) return { year, month: mon };
    throw invalid(month, 'YYYY-MM');
  }
  if (isIsoDate(month)) return dateParts(month);
  throw invalid(month, 'YYYY-MM');
}

/** True when the value is a valid 'YYYY-MM' month. */
export function isIsoMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_MONTH_RE.exec(value);
  return m !== null && Number(m[1]) >= 1000 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** First day of a month given as 'YYYY-MM' (or any date in it). */
export function monthStart(month: string): IsoDate {
  const p = monthParts(month);
  return makeDate(p.year, p.month, 1);
}

/** Last day of a month given as 'YYYY-MM' (or any date in it). */
export function monthEnd(month: string): IsoDate {
  const p = monthParts(month);
  return makeDate(p.year, p.month, daysInMonth(p.year, p.month));
}

/** The 'YYYY-MM' month a date falls in. */
export function monthOf(date: IsoDate): string {
  assertIsoDate(date);
  return date.slice(0, 7);
}

// ISO dates of four-digit years sort as strings, so comparisons need no parsing.

/** -1, 0 or 1, usable as an Array.prototype.sort comparator. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return a < b;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return a > b;
}

export function isOnOrBefore(a: IsoDate, b: IsoDate): boolean {
  return a <= b;
}

export function isOnOrAfter(a: IsoDate, b: IsoDate): boolean {
  return a >= b;
}

/** The earliest of the dates, or null for an empty list. */
export function minDate(dates: readonly IsoDate[]): IsoDate | null {
  let best: IsoDate | null = null;
  for (const d of dates) if (best === null || d < best) best = d;
  return best;
}

/** The latest of the dates, or null for an empty list. */
export function maxDate(dates: readonly IsoDate[]): IsoDate | null {
  let best: IsoDate | null = null;
  for (const d of dates) if (best === null || d > best) best = d;
  return best;
}

/** Today's date in China (UTC+8) at the given instant. Pass the clock in; nothing is read. */
export function todayInShanghai(now: Date): IsoDate {
  const t = now.getTime();
  if (Number.isNaN(t)) throw new RangeError('时间无效');
  return new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
