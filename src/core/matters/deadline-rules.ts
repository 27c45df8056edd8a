// Deadline rules as data. The default is the "13710" work system (domain.md §3):
// 1 deploy the same day, 3 report within 3 days, 7 resolve an ordinary matter within 7 days,
// 1 resolve a complex matter (or submit its time nodes and plan) within 1 month, 0 clear all.
// The "0" has no date: it is the follow-up to the end that the statistics report.
//
// Date rules (Civil Code): the assignment day is not counted (art. 201); a period ending on a
// rest day ends on the next working day (art. 203); a month period ends on the corresponding
// day, or the month's last day when there is none (art. 200-202), then art. 203 applies.

import { addMonths, addNaturalDays, isIsoDate } from '../dates';
import type { IsoDate } from '../dates';
import type { WorkingCalendar } from '../calendar/calendar';

export const DEADLINE_STEP_KEYS = ['deploy', 'feedback', 'resolve', 'plan_or_resolve'] as const;
export type DeadlineStepKey = (typeof DEADLINE_STEP_KEYS)[number];

export type Complexity = 'ordinary' | 'complex';

export type DeadlineStep = {
  key: DeadlineStepKey;
  labelZh: string;
  labelEn: string;
  amount: number;
  unit: 'day' | 'month';
  appliesTo: 'all' | Complexity;
};

export type DeadlineRule = {
  code: string;
  nameZh: string;
  dayKind: 'natural' | 'working';
  steps: DeadlineStep[];
};

export type ComputedDeadline = { key: DeadlineStepKey; labelZh: string; due: IsoDate };

/** Steps whose date is the matter's final deadline (办结期限). */
export const FINAL_STEP_KEYS: readonly DeadlineStepKey[] = ['resolve', 'plan_or_resolve'];

export const RULE_13710: DeadlineRule = {
  code: '13710',
  nameZh: '“13710”工作制度',
  dayKind: 'natural',
  steps: [
    {
      key: 'deploy',
      labelZh: '当天研究部署',
      labelEn: 'Study and deploy the same day',
      amount: 0,
      unit: 'day',
      appliesTo: 'all',
    },
    {
      key: 'feedback',
      labelZh: '3天内反馈办理情况',
      labelEn: 'Report progress within 3 days',
      amount: 3,
      unit: 'day',
      appliesTo: 'all',
    },
    {
      key: 'resolve',
      labelZh: '一般问题7天内落实解决',
      labelEn: 'Resolve an ordinary matter within 7 days',
      amount: 7,
      unit: 'day',
      appliesTo: 'ordinary',
    },
    {
      key: 'plan_or_resolve',
      labelZh: '复杂问题1个月内解决或报送时间节点和方案',
      labelEn: 'Resolve a complex matter within 1 month, or submit time nodes and a plan',
      amount: 1,
      unit: 'month',
      appliesTo: 'complex',
    },
  ],
};

/** The due date of one step for a matter assigned on the given day. */
export function stepDue(
  rule: Pick<DeadlineRule, 'dayKind'>,
  step: Pick<DeadlineStep, 'amount' | 'unit'>,
  assignedOn: IsoDate,
  calendar: WorkingCalendar,
): IsoDate {
  // Amount 0 means "the same day": the assignment day itself, not a period, so no roll.
  if (step.amount === 0) return assignedOn;
  if (step.unit === 'month') {
    return calendar.nextWorkingDayOnOrAfter(addMonths(assignedOn, step.amount));
  }
  if (rule.dayKind === 'working') return calendar.addWorkingDays(assignedOn, step.amount);
  return calendar.nextWorkingDayOnOrAfter(addNaturalDays(assignedOn, step.amount));
}

/** The deadlines a rule gives a matter, in the rule's step order. */
export function computeDeadlines(
  rule: DeadlineRule,
  matter: { assignedOn: IsoDate; complexity: Complexity },
  calendar: WorkingCalendar,
): ComputedDeadline[] {
  if (!isIsoDate(matter.assignedOn)) {
    throw new RangeError(`交办日期格式无效："${String(matter.assignedOn)}"，应为 YYYY-MM-DD`);
  }
  const result: ComputedDeadline[] = [];
  for (const step of rule.steps) {
    if (step.appliesTo !== 'all' && step.appliesTo !== matter.complexity) continue;
    result.push({
      key: step.key,
      labelZh: step.labelZh,
      due: stepDue(rule, step, matter.assignedOn, calendar),
    });
  }
  return result;
}

/**
 * The final deadline (办结期限): the last resolve / plan_or_resolve step of the list, or, for a
 * rule without one, the latest due date. Null for an empty list.
 */
export function finalDeadline(
  list: readonly Pick<ComputedDeadline, 'key' | 'due'>[],
): IsoDate | null {
  let final: IsoDate | null = null;
  for (const d of list) if (FINAL_STEP_KEYS.includes(d.key)) final = d.due;
  if (final !== null) return final;
  for (const d of list) if (final === null || d.due > final) final = d.due;
  return final;
}

const MAX_DAYS = 366;
const MAX_MONTHS = 12;
const APPLIES_TO = ['all', 'ordinary', 'complex'] as const;
const APPLIES_TO_ZH: Record<DeadlineStep['appliesTo'], string> = {
  all: '全部事项',
  ordinary: '一般事项',
  complex: '复杂事项',
};

function nonEmptyText(v: unknown, max: number): boolean {
  return typeof v === 'string' && v.trim().length > 0 && v.length <= max;
}

function overlaps(a: DeadlineStep['appliesTo'], b: DeadlineStep['appliesTo']): boolean {
  return a === 'all' || b === 'all' || a === b;
}

function validateStep(step: unknown, n: number, errors: string[]): DeadlineStep | null {
  if (typeof step !== 'object' || step === null) {
    errors.push(`步骤 ${n} 必须是一个对象`);
    return null;
  }
  const s = step as Record<string, unknown>;
  const before = errors.length;
  if (!DEADLINE_STEP_KEYS.includes(s.key as DeadlineStepKey)) {
    errors.push(`步骤 ${n} 的类型必须是 ${DEADLINE_STEP_KEYS.join('、')} 之一`);
  }
  if (!nonEmptyText(s.labelZh, 100)) errors.push(`步骤 ${n} 的中文名称不能为空，且不超过 100 个字`);
  if (!nonEmptyText(s.labelEn, 200))
    errors.push(`步骤 ${n} 的英文名称不能为空，且不超过 200 个字符`);
  const amount = s.amount;
  if (s.unit === 'day') {
    if (!Number.isInteger(amount) || (amount as number) < 0 || (amount as number) > MAX_DAYS) {
      errors.push(`步骤 ${n} 的天数必须是 0 到 ${MAX_DAYS} 之间的整数`);
    }
  } else if (s.unit === 'month') {
    if (!Number.isInteger(amount) || (amount as number) < 1 || (amount as number) > MAX_MONTHS) {
      errors.push(`步骤 ${n} 的月数必须是 1 到 ${MAX_MONTHS} 之间的整数`);
    }
  } else {
    errors.push(`步骤 ${n} 的单位必须是"天"（day）或"月"（month）`);
  }
  if (!APPLIES_TO.includes(s.appliesTo as DeadlineStep['appliesTo'])) {
    errors.push(
      `步骤 ${n} 的适用范围必须是"全部事项"（all）、"一般事项"（ordinary）或"复杂事项"（complex）`,
    );
  }
  return errors.length === before ? (s as DeadlineStep) : null;
}

/** Checks a rule entered as data; returns Chinese messages naming the field, empty when valid. */
export function validateRule(rule: unknown): string[] {
  if (typeof rule !== 'object' || rule === null) return ['规则必须是一个对象'];
  const r = rule as Record<string, unknown>;
  const errors: string[] = [];
  if (!nonEmptyText(r.code, 32)) errors.push('规则编号不能为空，且不超过 32 个字符');
  if (!nonEmptyText(r.nameZh, 100)) errors.push('规则名称不能为空，且不超过 100 个字');
  if (r.dayKind !== 'natural' && r.dayKind !== 'working') {
    errors.push('规则的计日方式必须是"自然日"（natural）或"工作日"（working）');
  }
  if (!Array.isArray(r.steps) || r.steps.length === 0) {
    errors.push('规则至少需要一个步骤');
    return errors;
  }
  if (r.steps.length > 20) errors.push('规则的步骤不能超过 20 个');
  const valid: { step: DeadlineStep; n: number }[] = [];
  r.steps.forEach((raw: unknown, i) => {
    const step = validateStep(raw, i + 1, errors);
    if (!step) return;
    for (const other of valid) {
      if (other.step.key === step.key && overlaps(other.step.appliesTo, step.appliesTo)) {
        errors.push(`步骤 ${i + 1} 的类型 ${step.key} 与步骤 ${other.n} 重复`);
        break;
      }
    }
    valid.push({ step, n: i + 1 });
  });
  if (valid.length === r.steps.length) {
    for (const c of ['ordinary', 'complex'] as const) {
      const hasFinal = valid.some(
        ({ step }) => FINAL_STEP_KEYS.includes(step.key) && overlaps(step.appliesTo, c),
      );
      if (!hasFinal) {
        errors.push(`${APPLIES_TO_ZH[c]}缺少办结期限步骤（resolve 或 plan_or_resolve）`);
      }
    }
  }
  return errors;
}
