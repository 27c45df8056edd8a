import chineseDays from 'chinese-days';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/calendar';
import { addMonths, addNaturalDays } from '../dates';
import {
  RULE_13710,
  computeDeadlines,
  finalDeadline,
  validateRule,
  type Complexity,
  type DeadlineRule,
} from './deadline-rules';

const cal = createCalendar();
const WORKING_13710: DeadlineRule = { ...RULE_13710, code: '13710-w', dayKind: 'working' };

function dues(rule: DeadlineRule, assignedOn: string, complexity: Complexity = 'ordinary') {
  return Object.fromEntries(
    computeDeadlines(rule, { assignedOn, complexity }, cal).map((d) => [d.key, d.due]),
  );
}

describe('13710 with natural days (the default)', () => {
  it('is the default rule and valid', () => {
    expect(RULE_13710.dayKind).toBe('natural');
    expect(RULE_13710.steps.map((s) => s.key)).toEqual([
      'deploy',
      'feedback',
      'resolve',
      'plan_or_resolve',
    ]);
    expect(validateRule(RULE_13710)).toEqual([]);
  });

  it('2026 Spring Festival: feedback due 02-16 moves to 02-24', () => {
    expect(
      computeDeadlines(RULE_13710, { assignedOn: '2026-02-13', complexity: 'ordinary' }, cal),
    ).toEqual([
      { key: 'deploy', labelZh: '当天研究部署', due: '2026-02-13' },
      { key: 'feedback', labelZh: '3天内反馈办理情况', due: '2026-02-24' },
      { key: 'resolve', labelZh: '一般问题7天内落实解决', due: '2026-02-24' },
    ]);
    expect(dues(RULE_13710, '2026-02-13', 'complex')).toEqual({
      deploy: '2026-02-13',
      feedback: '2026-02-24',
      plan_or_resolve: '2026-03-13',
    });
  });

  it('2025 National Day (holiday 10-01..10-08)', () => {
    expect(dues(RULE_13710, '2025-09-30')).toEqual({
      deploy: '2025-09-30',
      feedback: '2025-10-09', // 10-03 is a holiday
      resolve: '2025-10-09', // 10-07 is a holiday
    });
    expect(dues(RULE_13710, '2025-09-26')).toEqual({
      deploy: '2025-09-26',
      feedback: '2025-09-29',
      resolve: '2025-10-09', // 10-03 is a holiday
    });
  });

  it('2025 Labour Day (holiday 05-01..05-05)', () => {
    expect(dues(RULE_13710, '2025-04-29')).toEqual({
      deploy: '2025-04-29',
      feedback: '2025-05-06', // 05-02 is a holiday
      resolve: '2025-05-06', // 05-06 is a working Tuesday
    });
    expect(dues(RULE_13710, '2025-04-25')).toEqual({
      deploy: '2025-04-25',
      feedback: '2025-04-28',
      resolve: '2025-05-06', // 05-02 is a holiday
    });
  });

  it('deploy is the assignment day itself, even on a rest day', () => {
    expect(dues(RULE_13710, '2026-03-08').deploy).toBe('2026-03-08'); // a Sunday
    expect(dues(WORKING_13710, '2026-03-08').deploy).toBe('2026-03-08');
  });

  it('ordinary matters get 7 days', () => {
    expect(dues(RULE_13710, '2026-03-02').resolve).toBe('2026-03-09');
    expect(dues(RULE_13710, '2026-03-07').resolve).toBe('2026-03-16'); // 03-14 is a Saturday
  });

  it('complex matters get 1 month, clamped to the month end, then rolled', () => {
    // 2026-02-28 is a working Saturday (调休): it stays.
    expect(dues(RULE_13710, '2026-01-31', 'complex').plan_or_resolve).toBe('2026-02-28');
    // 2026-02-15 falls in the Spring Festival holiday: rolls to 02-24.
    expect(dues(RULE_13710, '2026-01-15', 'complex').plan_or_resolve).toBe('2026-02-24');
    // 2026-01-31 is an ordinary Saturday: rolls to Monday 02-02.
    expect(dues(RULE_13710, '2025-12-31', 'complex').plan_or_resolve).toBe('2026-02-02');
    // The month step is the same for working-day rules.
    expect(dues(WORKING_13710, '2026-01-15', 'complex').plan_or_resolve).toBe('2026-02-24');
  });
});

describe('13710 with working days', () => {
  it('2026 Spring Festival: 02-14 (1), 02-24 (2), 02-25 (3)', () => {
    expect(dues(WORKING_13710, '2026-02-13')).toEqual({
      deploy: '2026-02-13',
      feedback: '2026-02-25',
      resolve: '2026-03-02', // 02-14, 24, 25, 26, 27, 28 (调休), 03-02
    });
  });

  it('2025 National Day: 10-11 is a working Saturday', () => {
    expect(dues(WORKING_13710, '2025-09-30')).toEqual({
      deploy: '2025-09-30',
      feedback: '2025-10-11', // 10-09, 10-10, 10-11
      resolve: '2025-10-16',
    });
    // 09-28 is a working Sunday: 09-28 (1), 09-29 (2), 09-30 (3).
    expect(dues(WORKING_13710, '2025-09-26')).toEqual({
      deploy: '2025-09-26',
      feedback: '2025-09-30',
      resolve: '2025-10-13',
    });
  });

  it('2025 Labour Day: 04-27 is a working Sunday', () => {
    expect(dues(WORKING_13710, '2025-04-25')).toEqual({
      deploy: '2025-04-25',
      feedback: '2025-04-29', // 04-27, 04-28, 04-29
      resolve: '2025-05-08',
    });
    expect(dues(WORKING_13710, '2025-04-29')).toEqual({
      deploy: '2025-04-29',
      feedback: '2025-05-07', // 04-30, 05-06, 05-07
      resolve: '2025-05-13',
    });
  });
});

// Brute force straight on chinese-days, whose weekday logic is only right east of UTC.
describe.skipIf(new Date(2026, 0, 1).getTimezoneOffset() > 0)(
  'cross-check with chinese-days',
  () => {
    const roll = (d: string): string => (chineseDays.isWorkday(d) ? d : roll(addNaturalDays(d, 1)));
    const nth = (d: string, n: number): string => {
      let x = d;
      for (let k = 0; k < n;) if (chineseDays.isWorkday((x = addNaturalDays(x, 1)))) k++;
      return x;
    };

    it('agrees for every assignment day of 2025 and 2026', () => {
      for (let d = '2025-01-01'; d <= '2026-11-30'; d = addNaturalDays(d, 1)) {
        expect(dues(RULE_13710, d)).toEqual({
          deploy: d,
          feedback: roll(addNaturalDays(d, 3)),
          resolve: roll(addNaturalDays(d, 7)),
        });
        expect(dues(WORKING_13710, d, 'complex')).toEqual({
          deploy: d,
          feedback: nth(d, 3),
          plan_or_resolve: roll(addMonths(d, 1)),
        });
      }
    });
  },
);

describe('finalDeadline', () => {
  it('is resolve for ordinary and plan_or_resolve for complex matters', () => {
    const o = computeDeadlines(
      RULE_13710,
      { assignedOn: '2026-03-02', complexity: 'ordinary' },
      cal,
    );
    const c = computeDeadlines(
      RULE_13710,
      { assignedOn: '2026-03-02', complexity: 'complex' },
      cal,
    );
    expect(finalDeadline(o)).toBe('2026-03-09');
    expect(finalDeadline(c)).toBe('2026-04-02');
  });

  it('falls back to the latest date, or null', () => {
    expect(
      finalDeadline([
        { key: 'feedback', due: '2026-03-05' },
        { key: 'deploy', due: '2026-03-02' },
      ]),
    ).toBe('2026-03-05');
    expect(finalDeadline([])).toBeNull();
  });

  it('rejects an invalid assignment day', () => {
    expect(() =>
      computeDeadlines(RULE_13710, { assignedOn: '2026-02-30', complexity: 'ordinary' }, cal),
    ).toThrow('交办日期格式无效');
  });
});

describe('validateRule', () => {
  const step = (over: Record<string, unknown>) => ({ ...RULE_13710.steps[1], ...over });

  it('names the field in Chinese', () => {
    const rule = { ...RULE_13710, steps: [RULE_13710.steps[0], step({ amount: 3.5 })] };
    expect(validateRule(rule)).toContain('步骤 2 的天数必须是 0 到 366 之间的整数');
    expect(validateRule({ ...RULE_13710, steps: [step({ amount: 400 })] })).toContain(
      '步骤 1 的天数必须是 0 到 366 之间的整数',
    );
  });

  it('checks every field', () => {
    expect(validateRule(null)).toEqual(['规则必须是一个对象']);
    expect(validateRule({ code: '', nameZh: ' ', dayKind: 'lunar', steps: [] })).toEqual([
      '规则编号不能为空，且不超过 32 个字符',
      '规则名称不能为空，且不超过 100 个字',
      '规则的计日方式必须是"自然日"（natural）或"工作日"（working）',
      '规则至少需要一个步骤',
    ]);
    const bad = step({ key: 'x', labelZh: '', labelEn: '', unit: 'week', appliesTo: 'some' });
    expect(validateRule({ ...RULE_13710, steps: [bad] })).toEqual([
      '步骤 1 的类型必须是 deploy、feedback、resolve、plan_or_resolve 之一',
      '步骤 1 的中文名称不能为空，且不超过 100 个字',
      '步骤 1 的英文名称不能为空，且不超过 200 个字符',
      '步骤 1 的单位必须是"天"（day）或"月"（month）',
      '步骤 1 的适用范围必须是"全部事项"（all）、"一般事项"（ordinary）或"复杂事项"（complex）',
    ]);
    expect(validateRule({ ...RULE_13710, steps: [null] })).toEqual(['步骤 1 必须是一个对象']);
  });

  it('checks months, duplicates and the final step', () => {
    const months = { ...RULE_13710.steps[3], amount: 0 };
    expect(
      validateRule({ ...RULE_13710, steps: [...RULE_13710.steps.slice(0, 3), months] }),
    ).toEqual(['步骤 4 的月数必须是 1 到 12 之间的整数']);
    expect(validateRule({ ...RULE_13710, steps: [...RULE_13710.steps, step({})] })).toEqual([
      '步骤 5 的类型 feedback 与步骤 2 重复',
    ]);
    expect(validateRule({ ...RULE_13710, steps: RULE_13710.steps.slice(0, 3) })).toEqual([
      '复杂事项缺少办结期限步骤（resolve 或 plan_or_resolve）',
    ]);
    const allResolve = step({ key: 'resolve', amount: 10, appliesTo: 'all' });
    expect(validateRule({ ...RULE_13710, steps: [allResolve] })).toEqual([]);
  });
});
