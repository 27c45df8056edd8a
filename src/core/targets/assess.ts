/**
 * One verdict and one light for a target, a unit and a period (issue 3, shared/domain.md §2).
 *
 * - At the year's last period the verdict is the comparator's: met / not met (judge.ts).
 * - Before it, the verdict is about pace: on pace (green light) or behind (yellow or red).
 * - Lights are 序时进度 lights (pace.ts). Cumulative amounts (投资100亿元, 新增450家) compare
 *   the share done with the share of the year elapsed; rates and ratios (增长8%, 强度2%)
 *   compare the year-to-date figure with the target itself.
 * - Qualitative and unreadable targets, and 左右 without a tolerance, wait for a person: a
 *   manual judgement (met / not met with a written reason) then decides, and sets the light.
 * - Control and reference targets wait for their values; once entered they compare in the
 *   indicator's direction.
 * A light is null when there is nothing to judge yet (awaiting a person or a value).
 */
import { judgeTarget } from './judge';
import type { Direction } from './normalize';
import {
  DEFAULT_PACE_THRESHOLDS,
  growthPaceLight,
  paceLight,
  type Light,
  type PaceThresholds,
} from './pace';
import { defaultTolerance, type ParsedWording } from './wording';

export type AssessVerdict =
  | 'met'
  | 'not_met'
  | 'on_pace'
  | 'behind'
  | 'needs_person'
  | 'awaiting_control_value'
  | 'awaiting_reference_value'
  | 'no_data';

export const VERDICT_LABELS: Record<AssessVerdict, string> = {
  met: '已完成',
  not_met: '未完成',
  on_pace: '符合序时进度',
  behind: '落后序时进度',
  needs_person: '待人工判定',
  awaiting_control_value: '待录入控制值',
  awaiting_reference_value: '待录入参照值',
  no_data: '未报送',
};

export interface AssessInput {
  parsed: ParsedWording;
  direction: Direction;
  /** Reports are year-to-date cumulative amounts (总量), not rates. */
  cumulative: boolean;
  /** The period's end month, 1..12; 12 is the final verdict. */
  month: number;
  actual: number | null;
  tolerance?: number | null;
  controlValue?: number | null;
  referenceValues?: readonly (number | null)[] | null;
  /** A person's judgement for this target and period, when there is one. */
  manual?: { verdict: 'met' | 'not_met'; reason: string } | null;
  thresholds?: Partial<PaceThresholds>;
}

export interface Assessment {
  verdict: AssessVerdict;
  light: Light | null;
  /** Share-based: points behind the share of the year elapsed; rates: points short. */
  behindPoints: number | null;
  final: boolean;
  /** Chinese, shown next to the light. */
  detail: string;
  /** The same in English. */
  detailEn: string;
}

/** The value a rate is compared with, and the direction a shortfall is measured in. */
function paceTarget(
  input: AssessInput,
): { value: number; direction: Direction; about: boolean } | null {
  const p = input.parsed;
  if (p.kind === 'control') {
    const v = input.controlValue;
    return typeof v === 'number' ? { value: v, direction: input.direction, about: false } : null;
  }
  if (p.kind !== 'numeric') return null;
  switch (p.comparator) {
    case 'lte':
    case 'lt':
      return { value: p.value, direction: 'lower_better', about: false };
    case 'gte':
    case 'gt': {
      const lower = p.implicit && !p.decrease && input.direction === 'lower_better';
      return { value: p.value, direction: lower ? 'lower_better' : 'higher_better', about: false };
    }
    case 'about':
      return { value: p.value, direction: input.direction, about: true };
    case 'range': {
      const low = input.direction === 'higher_better';
      return {
        value: low ? (p.low ?? p.value) : (p.high ?? p.value),
        direction: input.direction,
        about: false,
      };
    }
  }
}

function tolOf(input: AssessInput): number | undefined {
  if (typeof input.tolerance === 'number') return input.tolerance;
  const p = input.parsed;
  return p.kind === 'numeric' ? (defaultTolerance(p) ?? undefined) : undefined;
}

function manualAssessment(input: AssessInput, final: boolean): Assessment {
  const m = input.manual!;
  const ok = m.verdict === 'met';
  const verdict: AssessVerdict = final ? (ok ? 'met' : 'not_met') : ok ? 'on_pace' : 'behind';
  return {
    verdict,
    light: ok ? 'green' : final ? 'red' : 'yellow',
    behindPoints: null,
    final,
    detail: `人工判定：${m.reason}`,
    detailEn: `judged by a person: ${m.reason}`,
  };
}

export function assessTarget(input: AssessInput): Assessment {
  const final = input.month >= 12;
  const thresholds = { ...DEFAULT_PACE_THRESHOLDS, ...input.thresholds };
  const tolerance = tolOf(input);
  const judged = judgeTarget({
    parsed: input.parsed,
    actual: input.actual,
    direction: input.direction,
    tolerance,
    controlValue: input.controlValue,
    referenceValue: input.referenceValues ?? null,
  });
  if (input.manual) return manualAssessment(input, final);
  const waiting = (verdict: AssessVerdict): Assessment => ({
    verdict,
    light: null,
    behindPoints: null,
    final,
    detail: judged.detail,
    detailEn: judged.detailEn,
  });
  if (judged.verdict === 'needs_person') return waiting('needs_person');
  if (judged.verdict === 'awaiting_control_value') return waiting('awaiting_control_value');
  if (judged.verdict === 'awaiting_reference_value') return waiting('awaiting_reference_value');

  const p = input.parsed;
  const target = paceTarget(input);
  const share =
    input.cumulative &&
    p.kind === 'numeric' &&
    p.measure === 'level' &&
    target !== null &&
    target.direction === 'higher_better' &&
    target.value > 0;
  let light: Light | null = null;
  let behindPoints: number | null = null;
  if (share) {
    const r = paceLight({
      annualTarget: target.value,
      cumulativeActual: input.actual,
      periodElapsedShare: Math.min(input.month, 12) / 12,
      monthsElapsed: input.month,
      thresholds,
    });
    light = r.light;
    behindPoints = r.behindPoints;
  } else if (target) {
    const r = growthPaceLight({
      targetGrowth: target.value,
      ytdGrowth: input.actual,
      direction: target.direction,
      about: target.about,
      tolerance,
      monthsElapsed: input.month,
      thresholds,
    });
    light = r.light;
    behindPoints = r.gapPoints;
  } else if (input.actual === null) {
    // Reference targets with no figure yet.
    light = input.month >= thresholds.notStartedMonths ? 'red' : 'yellow';
  } else {
    light = judged.verdict === 'met' ? 'green' : 'red';
  }

  if (judged.verdict === 'no_data') {
    return {
      verdict: 'no_data',
      light,
      behindPoints,
      final,
      detail: '尚未报送实际值',
      detailEn: 'no actual value reported yet',
    };
  }
  if (final) {
    return {
      verdict: judged.verdict === 'met' ? 'met' : 'not_met',
      light,
      behindPoints,
      final,
      detail: judged.detail,
      detailEn: judged.detailEn,
    };
  }
  const onPace = light === 'green';
  const paceDetail =
    behindPoints === null
      ? ''
      : share
        ? `，落后序时进度 ${round1(behindPoints)} 个百分点`
        : `，距目标 ${round1(behindPoints)} 个百分点`;
  const paceDetailEn =
    behindPoints === null
      ? ''
      : share
        ? `, ${round1(behindPoints)} points behind the time-elapsed pace`
        : `, ${round1(behindPoints)} points from the target`;
  const situation = judged.detail.replace(/，(已|未)达标.*$/, '');
  const situationEn = judged.detailEn.replace(/: (met|not met).*$/, '');
  return {
    verdict: onPace ? 'on_pace' : 'behind',
    light,
    behindPoints,
    final,
    detail: onPace ? `${situation}，符合序时进度` : `${situation}${paceDetail}`,
    detailEn: onPace ? `${situationEn}, on pace` : `${situationEn}${paceDetailEn}`,
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
