import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar';
import { assessTarget, type AssessInput } from './assess';
import {
  effectiveMonth,
  periodLabel,
  periodMonths,
  reportDeadline,
  reportingState,
} from './periods';
import { parseTargetWording } from './wording';

function assess(
  text: string,
  month: number,
  actual: number | null,
  extra: Partial<AssessInput> = {},
) {
  return assessTarget({
    parsed: parseTargetWording(text),
    direction: 'higher_better',
    cumulative: false,
    month,
    actual,
    ...extra,
  });
}

describe('assessTarget: final period uses the comparator', () => {
  it('增长8%左右: 7.6 met, 7.4 not met at year end', () => {
    expect(assess('地区生产总值增长8%左右', 12, 7.6).verdict).toBe('met');
    expect(assess('地区生产总值增长8%左右', 12, 7.4).verdict).toBe('not_met');
  });
  it('2%以上 with 2.0 is met', () => {
    expect(assess('研发经费投入强度2%以上', 12, 2.0)).toMatchObject({
      verdict: 'met',
      light: 'green',
    });
  });
  it('a configured tolerance widens 左右', () => {
    expect(assess('增长8%左右', 12, 7.4, { tolerance: 1 }).verdict).toBe('met');
  });
});

describe('assessTarget: before year end it is about pace', () => {
  it('rates compare the year-to-date figure with the target', () => {
    expect(assess('增长10%以上', 6, 10.2)).toMatchObject({ verdict: 'on_pace', light: 'green' });
    expect(assess('增长10%以上', 6, 9.6)).toMatchObject({ verdict: 'behind', light: 'yellow' });
    expect(assess('增长10%以上', 6, 8)).toMatchObject({ verdict: 'behind', light: 'red' });
    expect(assess('增长8%左右', 6, 7.6)).toMatchObject({ verdict: 'on_pace', light: 'green' });
  });
  it('cumulative amounts compare the share done with the share of the year (序时进度)', () => {
    const amount = { cumulative: true } as const;
    expect(assess('新增规上企业450家', 6, 225, amount)).toMatchObject({
      verdict: 'on_pace',
      light: 'green',
      behindPoints: 0,
    });
    // 6/12 = 50% of the year, 180/450 = 40% done: 10 points behind → yellow.
    expect(assess('新增规上企业450家', 6, 180, amount)).toMatchObject({
      verdict: 'behind',
      light: 'yellow',
      behindPoints: 10,
    });
    expect(assess('新增规上企业450家', 6, 80, amount).light).toBe('red');
  });
  it('words the pace in Chinese and in English', () => {
    const amount = { cumulative: true } as const;
    const behind = assess('新增规上企业450家', 6, 180, amount);
    expect(behind.detail).toMatch(/，落后序时进度 10 个百分点$/);
    expect(behind.detailEn).toMatch(/^actual 180.*, 10 points behind the time-elapsed pace$/);
    expect(assess('新增规上企业450家', 6, 225, amount).detailEn).toMatch(/, on pace$/);
    expect(assess('地区生产总值增长8%左右', 12, 7.4).detailEn).toMatch(/: not met$/);
    expect(assess('地区生产总值增长8%左右', 6, null).detailEn).toBe('no actual value reported yet');
  });
  it('nothing three months in is red', () => {
    expect(assess('增长10%以上', 3, null)).toMatchObject({ verdict: 'no_data', light: 'red' });
    expect(assess('新增规上企业450家', 3, null, { cumulative: true }).light).toBe('red');
    expect(assess('增长10%以上', 2, null).light).toBe('yellow');
  });
  it('thresholds are configurable', () => {
    const r = assess('新增规上企业450家', 6, 180, {
      cumulative: true,
      thresholds: { yellowFrom: 5, redFrom: 8 },
    });
    expect(r.light).toBe('red');
  });
});

describe('assessTarget: people, control and reference values', () => {
  it('qualitative wording waits for a person, then follows the judgement', () => {
    expect(assess('进出口总额保持平稳增长', 6, 3)).toMatchObject({
      verdict: 'needs_person',
      light: null,
    });
    const manual = { verdict: 'met', reason: '进出口增速与上年持平' } as const;
    expect(assess('进出口总额保持平稳增长', 12, 3, { manual })).toMatchObject({
      verdict: 'met',
      light: 'green',
      detail: '人工判定：进出口增速与上年持平',
    });
    expect(
      assess('进出口总额保持平稳增长', 6, 3, { manual: { verdict: 'not_met', reason: '下滑' } }),
    ).toMatchObject({ verdict: 'behind', light: 'yellow' });
  });
  it('完成省控目标 waits for the control value, then compares in the indicator direction', () => {
    const lower = { direction: 'lower_better' } as const;
    expect(assess('完成省控目标', 12, 5.2, lower)).toMatchObject({
      verdict: 'awaiting_control_value',
      light: null,
    });
    expect(assess('完成省控目标', 12, 5.2, { ...lower, controlValue: 5.5 }).verdict).toBe('met');
    expect(assess('完成省控目标', 12, 5.7, { ...lower, controlValue: 5.5 }).verdict).toBe(
      'not_met',
    );
    expect(assess('完成省控目标', 6, 5.4, { ...lower, controlValue: 5.5 }).verdict).toBe('on_pace');
  });
  it('lower-is-better bare numbers are caps', () => {
    expect(assess('CPI涨幅3%', 12, 2.5, { direction: 'lower_better' }).verdict).toBe('met');
    expect(assess('CPI涨幅3%', 6, 3.6, { direction: 'lower_better' }).verdict).toBe('behind');
  });
  it('reference targets wait for the averages', () => {
    expect(assess('高于全省平均水平', 12, 6).verdict).toBe('awaiting_reference_value');
    expect(assess('高于全省平均水平', 12, 6, { referenceValues: [5.8] }).verdict).toBe('met');
  });
});

describe('periods', () => {
  it('lists the reporting months by frequency', () => {
    expect(periodMonths('quarterly')).toEqual([3, 6, 9, 12]);
    expect(periodMonths('yearly')).toEqual([12]);
    expect(periodMonths('monthly')).toHaveLength(12);
    expect(effectiveMonth('quarterly', 5)).toBe(3);
    expect(effectiveMonth('yearly', 6)).toBeNull();
    expect(effectiveMonth('monthly', 6)).toBe(6);
  });
  it('labels periods as the statistics do', () => {
    const cum = { cumulative: true, frequency: 'monthly' } as const;
    expect(periodLabel(2022, 6, cum)).toBe('2022年1-6月');
    expect(periodLabel(2022, 1, cum)).toBe('2022年1月');
    expect(periodLabel(2022, 12, cum)).toBe('2022年全年');
    expect(periodLabel(2022, 6, { cumulative: false, frequency: 'quarterly' })).toBe(
      '2022年第二季度',
    );
  });
  it('makes reports due on the 10th of the next month, moved past rest days', () => {
    const cal = createCalendar();
    // 2022-07-10 was a Sunday: due Monday 2022-07-11.
    expect(reportDeadline(2022, 6, 10, cal)).toBe('2022-07-11');
    expect(reportDeadline(2022, 12, 10, cal)).toBe('2023-01-10');
    // 2022-10-10 fell on a Monday after the National Day week: a working day.
    expect(reportDeadline(2022, 9, 10, cal)).toBe('2022-10-10');
  });
  it('lights units that have not reported', () => {
    const base = { deadline: '2022-07-11', dueSoonDays: 2 };
    expect(reportingState({ ...base, today: '2022-07-01', firstReportedOn: null })).toEqual({
      state: 'not_due',
      light: null,
    });
    expect(reportingState({ ...base, today: '2022-07-09', firstReportedOn: null }).light).toBe(
      'yellow',
    );
    expect(reportingState({ ...base, today: '2022-07-12', firstReportedOn: null })).toEqual({
      state: 'overdue',
      light: 'red',
    });
    expect(reportingState({ ...base, today: '2022-08-01', firstReportedOn: '2022-07-12' })).toEqual(
      { state: 'reported_late', light: 'green' },
    );
  });
});
