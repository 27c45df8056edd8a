// The official working-day calendar of mainland China: weekends, public holidays and the
// weekend days moved into working days (调休) by the State Council's yearly notice.
//
// Sources, strongest first:
//   1. overrides entered by an administrator (a year's notice typed in before the package
//      catches up, or a local correction);
//   2. the holiday and 调休 tables of the npm package `chinese-days` (2004-2026 at 1.5.7);
//   3. Monday-Friday working. A year with neither 1 nor 2 is "not confirmed".
//
// Only the package's special days are read from it; weekdays are computed here, because the
// package derives weekdays from the local time zone and gets them wrong west of UTC.

import chineseDays from 'chinese-days';
import {
  addNaturalDays,
  dayOfWeek,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  toDayNumber,
} from '../dates';
import type { IsoDate } from '../dates';

export type CalendarOverride = { date: IsoDate; kind: 'workday' | 'restday'; name?: string };

export type DaySource = 'override' | 'official' | 'weekday';

export type DayInfo = {
  date: IsoDate;
  working: boolean;
  source: DaySource;
  /** Holiday or 调休 name when known, e.g. '春节'. */
  name: string | null;
};

export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  isRestDay(date: IsoDate): boolean;
  /** The date itself when it is a working day, else the first working day after it. */
  nextWorkingDayOnOrAfter(date: IsoDate): IsoDate;
  /**
   * The n-th working day after the date (the date itself is not counted, Civil Code art.
   * 201); n = 0 returns the date unchanged; n < 0 counts backwards.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** True when the package or an override carries the year's official notice. */
  isYearConfirmed(year: number): boolean;
  dayInfo(date: IsoDate): DayInfo;
}

/** Longest run of rest days we accept before calling the data broken. */
const MAX_SCAN_DAYS = 800;

const KIND_LABEL = 'workday（上班）或 restday（休息）';

/** Checks administrator-entered overrides; returns Chinese messages, empty when valid. */
export function validateCalendarOverrides(overrides: unknown): string[] {
  if (!Array.isArray(overrides)) return ['调休数据必须是一个列表'];
  const errors: string[] = [];
  const seen = new Map<string, { index: number; kind: unknown }>();
  overrides.forEach((item: unknown, i) => {
    const n = i + 1;
    if (typeof item !== 'object' || item === null) {
      errors.push(`第 ${n} 条：必须是一个对象`);
      return;
    }
    const { date, kind, name } = item as Record<string, unknown>;
    if (!isIsoDate(date)) errors.push(`第 ${n} 条：日期格式无效，应为 YYYY-MM-DD`);
    if (kind !== 'workday' && kind !== 'restday') {
      errors.push(`第 ${n} 条：类型必须是 ${KIND_LABEL}`);
    }
    if (name !== undefined && (typeof name !== 'string' || name.length > 50)) {
      errors.push(`第 ${n} 条：名称必须是不超过 50 个字的文字`);
    }
    if (isIsoDate(date) && (kind === 'workday' || kind === 'restday')) {
      const prev = seen.get(date);
      if (prev && prev.kind !== kind) {
        errors.push(`第 ${n} 条：日期 ${date} 与第 ${prev.index} 条矛盾`);
      } else if (!prev) seen.set(date, { index: n, kind });
    }
  });
  return errors;
}

type OfficialDay = { working: boolean; name: string };

/** The package's entry for a date, or null on an ordinary day. */
function officialDay(date: IsoDate): OfficialDay | null {
  const detail = chineseDays.getDayDetail(date);
  // Special days are named 'Spring Festival,春节,4'; ordinary days carry a weekday name.
  if (!detail.name.includes(',')) return null;
  const zh = detail.name.split(',')[1];
  return { working: detail.work, name: zh && zh.length > 0 ? zh : detail.name };
}

function isWeekend(date: IsoDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

type YearTable = {
  /** Day number of 1 January. */
  start: number;
  /** 1 = working day, indexed by day of year (0-based). */
  working: Uint8Array;
  official: boolean;
};

function yearStartDayNumber(year: number): number {
  return toDayNumber(`${year}-01-01`);
}

export function createCalendar(overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  const errors = validateCalendarOverrides(overrides);
  if (errors.length > 0) throw new RangeError(`调休数据有误：${errors.join('；')}`);

  const overrideByDate = new Map<IsoDate, CalendarOverride>();
  const overrideYears = new Set<number>();
  for (const o of overrides) {
    overrideByDate.set(o.date, o);
    overrideYears.add(Number(o.date.slice(0, 4)));
  }

  const tables = new Map<number, YearTable>();
  let last: YearTable | undefined;

  function buildYear(year: number): YearTable {
    const start = yearStartDayNumber(year);
    const length = isLeapYear(year) ? 366 : 365;
    const working = new Uint8Array(length);
    let official = false;
    for (let i = 0; i < length; i++) {
      const date = fromDayNumber(start + i);
      const o = overrideByDate.get(date);
      const pkg = officialDay(date);
      if (pkg) official = true;
      const isWorking = o ? o.kind === 'workday' : pkg ? pkg.working : !isWeekend(date);
      working[i] = isWorking ? 1 : 0;
    }
    return { start, working, official };
  }

  function table(year: number): YearTable {
    let t = tables.get(year);
    if (!t) {
      t = buildYear(year);
      tables.set(year, t);
    }
    return t;
  }

  function yearOfDayNumber(dn: number): number {
    return Number(fromDayNumber(dn).slice(0, 4));
  }

  function workingAt(dn: number): boolean {
    // Fast path: the most recent year table usually holds the day.
    if (last && dn >= last.start && dn < last.start + last.working.length) {
      return last.working[dn - last.start] === 1;
    }
    last = table(yearOfDayNumber(dn));
    return last.working[dn - last.start] === 1;
  }

  function scanError(date: IsoDate): Error {
    return new RangeError(`${date} 之后 ${MAX_SCAN_DAYS} 天内没有工作日，请检查调休数据`);
  }

  return {
    isWorkingDay(date) {
      return workingAt(toDayNumber(date));
    },
    isRestDay(date) {
      return !workingAt(toDayNumber(date));
    },
    nextWorkingDayOnOrAfter(date) {
      const start = toDayNumber(date);
      for (let dn = start; dn <= start + MAX_SCAN_DAYS; dn++) {
        if (workingAt(dn)) return dn === start ? date : fromDayNumber(dn);
      }
      throw scanError(date);
    },
    addWorkingDays(date, n) {
      if (!Number.isInteger(n)) throw new RangeError(`工作日数必须是整数：${n}`);
      const start = toDayNumber(date);
      if (n === 0) return date;
      const step = n > 0 ? 1 : -1;
      let remaining = Math.abs(n);
      let dn = start;
      let sinceLast = 0;
      while (remaining > 0) {
        dn += step;
        if (workingAt(dn)) {
          remaining--;
          sinceLast = 0;
        } else if (++sinceLast > MAX_SCAN_DAYS) throw scanError(date);
      }
      return fromDayNumber(dn);
    },
    isYearConfirmed(year) {
      if (!Number.isInteger(year)) return false;
      return overrideYears.has(year) || table(year).official;
    },
    dayInfo(date) {
      const working = workingAt(toDayNumber(date));
      const o = overrideByDate.get(date);
      if (o) return { date, working, source: 'override', name: o.name ?? null };
      const pkg = officialDay(date);
      if (pkg) return { date, working, source: 'official', name: pkg.name };
      return { date, working, source: 'weekday', name: null };
    },
  };
}

/** Shared calendar without overrides, for callers that have none. */
let defaultCalendar: WorkingCalendar | undefined;
export function officialCalendar(): WorkingCalendar {
  defaultCalendar ??= createCalendar();
  return defaultCalendar;
}

/** Convenience: the date n natural days later, rolled forward to a working day (art. 203). */
export function addNaturalDaysRolled(cal: WorkingCalendar, date: IsoDate, n: number): IsoDate {
  return cal.nextWorkingDayOnOrAfter(addNaturalDays(date, n));
}
