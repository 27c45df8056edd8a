import { describe, expect, it } from 'vitest';
import {
  addNaturalDaysRolled,
  createCalendar,
  officialCalendar,
  validateCalendarOverrides,
  type CalendarOverride,
} from './calendar';

const cal = createCalendar();

describe('official calendar (chinese-days)', () => {
  it.each([
    '2025-01-26',
    '2025-02-08',
    '2025-04-27',
    '2025-09-28',
    '2025-10-11',
    '2026-02-14',
    '2026-02-28',
    '2026-01-04',
    '2026-05-09',
    '2026-09-20',
    '2026-10-10',
  ])('%s is a working weekend day (调休)', (date) => {
    expect(cal.isWorkingDay(date)).toBe(true);
    expect(cal.isRestDay(date)).toBe(false);
    expect(cal.dayInfo(date).source).toBe('official');
  });

  it('2026 Spring Festival holiday runs 02-15 to 02-23', () => {
    for (let d = 15; d <= 23; d++) expect(cal.isRestDay(`2026-02-${d}`)).toBe(true);
    expect(cal.isWorkingDay('2026-02-13')).toBe(true);
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
    expect(cal.dayInfo('2026-02-17')).toEqual({
      date: '2026-02-17',
      working: false,
      source: 'official',
      name: '春节',
    });
  });

  it('2025 National Day (10-01..10-08) and Labour Day (05-01..05-05)', () => {
    for (let d = 1; d <= 8; d++) expect(cal.isRestDay(`2025-10-0${d}`)).toBe(true);
    expect(cal.isWorkingDay('2025-10-09')).toBe(true);
    for (let d = 1; d <= 5; d++) expect(cal.isRestDay(`2025-05-0${d}`)).toBe(true);
    expect(cal.isWorkingDay('2025-05-06')).toBe(true);
  });

  it('ordinary weekends rest, ordinary weekdays work', () => {
    expect(cal.isRestDay('2026-03-07')).toBe(true); // Saturday
    expect(cal.isRestDay('2026-03-08')).toBe(true); // Sunday
    expect(cal.isWorkingDay('2026-03-09')).toBe(true);
    expect(cal.dayInfo('2026-03-09')).toEqual({
      date: '2026-03-09',
      working: true,
      source: 'weekday',
      name: null,
    });
  });

  it('rejects invalid dates', () => {
    for (const bad of ['2026-02-30', '2026-2-03', '2026-13-01', '2026-0a-01', '0999-01-01']) {
      expect(() => cal.isWorkingDay(bad)).toThrow('日期格式无效');
    }
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it('keeps a working day and rolls a rest day (art. 203)', () => {
    expect(cal.nextWorkingDayOnOrAfter('2026-02-24')).toBe('2026-02-24');
    expect(cal.nextWorkingDayOnOrAfter('2026-02-16')).toBe('2026-02-24');
    expect(cal.nextWorkingDayOnOrAfter('2026-02-28')).toBe('2026-02-28');
    expect(cal.nextWorkingDayOnOrAfter('2025-10-01')).toBe('2025-10-09');
    expect(cal.nextWorkingDayOnOrAfter('2026-12-31')).toBe('2026-12-31');
    expect(addNaturalDaysRolled(cal, '2026-02-13', 3)).toBe('2026-02-24');
  });

  it('crosses a year boundary', () => {
    // 2025-12-31 is a Wednesday; 2026-01-01..03 is New Year; 01-04 (Sunday) is worked.
    expect(cal.nextWorkingDayOnOrAfter('2026-01-01')).toBe('2026-01-04');
  });
});

describe('addWorkingDays (art. 201: counting starts the next day)', () => {
  it('counts 调休 Saturdays and skips the holiday', () => {
    expect(cal.addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-13', 3)).toBe('2026-02-25');
    expect(cal.addWorkingDays('2026-02-13', 0)).toBe('2026-02-13');
  });

  it('counts backwards for negative n', () => {
    expect(cal.addWorkingDays('2026-02-24', -1)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-24', -2)).toBe('2026-02-13');
  });

  it('crosses years', () => {
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    expect(cal.addWorkingDays('2026-01-04', -1)).toBe('2025-12-31');
  });

  it('agrees with the day numbers of dates.ts across eras', () => {
    const c = createCalendar();
    for (const d of ['1600-03-01', '1999-12-31', '2000-02-29', '2100-03-01', '2400-02-29']) {
      expect(c.addWorkingDays(d, 0)).toBe(d);
      expect(c.nextWorkingDayOnOrAfter(d) >= d).toBe(true);
    }
    expect(c.addWorkingDays('2100-02-26', 1)).toBe('2100-03-01'); // Fri → Mon, 2100 not leap
  });
});

describe('overrides and confirmation', () => {
  it('flags a year without data as not confirmed and uses Monday-Friday', () => {
    expect(cal.isYearConfirmed(2025)).toBe(true);
    expect(cal.isYearConfirmed(2026)).toBe(true);
    expect(cal.isYearConfirmed(2027)).toBe(false);
    expect(cal.isWorkingDay('2027-01-01')).toBe(true); // Friday, no data yet
    expect(cal.isRestDay('2027-01-02')).toBe(true); // Saturday
    expect(cal.dayInfo('2027-01-01').source).toBe('weekday');
  });

  it('lets overrides turn days into workdays or rest days, and confirms their year', () => {
    const custom = createCalendar([
      { date: '2027-01-01', kind: 'restday', name: '元旦' },
      { date: '2027-02-06', kind: 'workday', name: '春节调休' },
      { date: '2026-03-09', kind: 'restday', name: '地方调整' },
      { date: '2026-02-15', kind: 'workday' },
    ]);
    expect(custom.isYearConfirmed(2027)).toBe(true);
    expect(custom.isRestDay('2027-01-01')).toBe(true);
    expect(custom.isWorkingDay('2027-02-06')).toBe(true); // a Saturday
    expect(custom.isRestDay('2026-03-09')).toBe(true);
    expect(custom.isWorkingDay('2026-02-15')).toBe(true); // beats the package
    expect(custom.dayInfo('2027-01-01')).toEqual({
      date: '2027-01-01',
      working: false,
      source: 'override',
      name: '元旦',
    });
    expect(custom.nextWorkingDayOnOrAfter('2026-12-31')).toBe('2026-12-31');
    expect(custom.nextWorkingDayOnOrAfter('2027-01-01')).toBe('2027-01-04');
    // The default calendar is not affected.
    expect(cal.isWorkingDay('2026-03-09')).toBe(true);
    expect(officialCalendar().isRestDay('2026-02-15')).toBe(true);
  });

  it('validates overrides with Chinese messages', () => {
    expect(validateCalendarOverrides([{ date: '2027-01-01', kind: 'restday' }])).toEqual([]);
    expect(
      validateCalendarOverrides([
        { date: '2027-02-30', kind: 'restday' },
        { date: '2027-01-01', kind: 'holiday' },
        { date: '2027-01-01', kind: 'workday' },
        { date: '2027-01-01', kind: 'restday' },
      ]),
    ).toEqual([
      '第 1 条：日期格式无效，应为 YYYY-MM-DD',
      '第 2 条：类型必须是 workday（上班）或 restday（休息）',
      '第 4 条：日期 2027-01-01 与第 3 条矛盾',
    ]);
    expect(validateCalendarOverrides('x')).toEqual(['调休数据必须是一个列表']);
    expect(() => createCalendar([{ date: 'bad', kind: 'workday' }])).toThrow('调休数据有误');
  });

  it('stops on a year made entirely of rest days', () => {
    const days: CalendarOverride[] = [];
    for (let d = 0; d < 900; d++) {
      const date = new Date(Date.UTC(2030, 0, 1 + d)).toISOString().slice(0, 10);
      days.push({ date, kind: 'restday' });
    }
    expect(() => createCalendar(days).nextWorkingDayOnOrAfter('2030-01-01')).toThrow('没有工作日');
  });
});

describe('speed', () => {
  it('answers a million look-ups quickly', () => {
    const fresh = createCalendar();
    const dates = ['2025-10-01', '2025-10-09', '2026-02-14', '2026-02-16', '2026-06-30'];
    const t0 = performance.now();
    let working = 0;
    for (let i = 0; i < 1_000_000; i++) if (fresh.isWorkingDay(dates[i % 5] ?? '')) working++;
    expect(working).toBe(600_000);
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});
