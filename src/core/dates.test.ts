import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addNaturalDays,
  assertIsoDate,
  compareDates,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  isAfter,
  isBefore,
  isIsoDate,
  isIsoMonth,
  isOnOrAfter,
  isOnOrBefore,
  maxDate,
  minDate,
  monthEnd,
  monthOf,
  monthStart,
  toDayNumber,
  todayInShanghai,
} from './dates';

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
    expect(isIsoDate('2026-01-05T00:00:00Z')).toBe(false);
    expect(isIsoDate(20260105)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('throws a Chinese message on invalid input', () => {
    expect(() => assertIsoDate('2026/01/05')).toThrow('日期格式无效');
  });
});

describe('day numbers', () => {
  it('round-trips and knows weekdays', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(toDayNumber('2026-02-13'))).toBe('2026-02-13');
    expect(dayOfWeek('2026-02-14')).toBe(6); // Saturday
    expect(dayOfWeek('2026-02-15')).toBe(0); // Sunday
    expect(dayOfWeek('1969-12-31')).toBe(3); // Wednesday, before the epoch
  });

  it('agrees with Date.UTC from year 1000 to 9999', () => {
    const first = Date.UTC(1000, 0, 1) / 86_400_000;
    const last = Date.UTC(9999, 11, 31) / 86_400_000;
    for (let n = first; n <= last; n += 997) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(fromDayNumber(n)).toBe(iso);
      expect(toDayNumber(iso)).toBe(n);
    }
    expect(fromDayNumber(last)).toBe('9999-12-31');
    expect(() => fromDayNumber(last + 1)).toThrow('日期超出范围');
    expect(() => toDayNumber('2026-02-29')).toThrow('日期格式无效');
  });
});

describe('addNaturalDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addNaturalDays('2026-02-13', 3)).toBe('2026-02-16');
    expect(addNaturalDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addNaturalDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addNaturalDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addNaturalDays('2026-03-01', 0)).toBe('2026-03-01');
  });

  it('rejects fractional days', () => {
    expect(() => addNaturalDays('2026-03-01', 1.5)).toThrow(RangeError);
  });
});

describe('addMonths (Civil Code art. 200-202)', () => {
  it('keeps the corresponding day', () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-11-30', 2)).toBe('2027-01-30');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });
});

describe('daysBetween and comparisons', () => {
  it('counts signed days', () => {
    expect(daysBetween('2026-02-13', '2026-02-24')).toBe(11);
    expect(daysBetween('2026-02-24', '2026-02-13')).toBe(-11);
    expect(daysBetween('2025-12-31', '2026-12-31')).toBe(365);
  });

  it('compares', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDates('2026-02-01', '2026-01-31')).toBe(1);
    expect(isBefore('2026-01-01', '2026-01-02')).toBe(true);
    expect(isAfter('2026-01-01', '2026-01-02')).toBe(false);
    expect(isOnOrBefore('2026-01-02', '2026-01-02')).toBe(true);
    expect(isOnOrAfter('2026-01-01', '2026-01-02')).toBe(false);
    expect(minDate(['2026-03-01', '2026-01-05', '2026-02-01'])).toBe('2026-01-05');
    expect(maxDate(['2026-03-01', '2026-01-05', '2026-02-01'])).toBe('2026-03-01');
    expect(minDate([])).toBeNull();
    expect(['2026-03-01', '2025-12-01'].sort(compareDates)).toEqual(['2025-12-01', '2026-03-01']);
  });
});

describe('months', () => {
  it('gives the first and last day', () => {
    expect(monthStart('2026-02')).toBe('2026-02-01');
    expect(monthEnd('2026-02')).toBe('2026-02-28');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2026-12-15')).toBe('2026-12-31');
    expect(monthOf('2026-12-15')).toBe('2026-12');
    expect(isIsoMonth('2026-12')).toBe(true);
    expect(isIsoMonth('2026-13')).toBe(false);
    expect(() => monthStart('2026-13')).toThrow('日期格式无效');
  });
});

describe('todayInShanghai', () => {
  it('uses UTC+8', () => {
    expect(todayInShanghai(new Date('2026-02-13T15:59:59Z'))).toBe('2026-02-13');
    expect(todayInShanghai(new Date('2026-02-13T16:00:00Z'))).toBe('2026-02-14');
    expect(todayInShanghai(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
  });

  it('rejects an invalid instant', () => {
    expect(() => todayInShanghai(new Date('nope'))).toThrow('时间无效');
  });
});
