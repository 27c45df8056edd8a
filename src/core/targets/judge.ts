/**
 * Judging an actual value against parsed target wording (shared/domain.md §2).
 *
 * - Boundaries are included where the wording includes them (以上, 以下, 左右, ranges) and
 *   excluded for 超过/突破/不满/低于; comparisons allow a tiny relative epsilon so 2.0 vs 2 and
 *   7.5 vs 8 - 0.5 behave as written.
 * - 左右 means within ± tolerance on both sides, as the specification says: 9% against
 *   "8%左右" is not met (the detail says it is above the band).
 * - A bare number (implicit) is ≥ for higher-is-better and ≤ for lower-is-better indicators;
 *   a bare decrease (下降3%) is always ≤ -3.
 * - Control values (完成省控目标) and reference values (高于全省平均水平) compare in the
 *   indicator's direction; until they are entered the verdict says what is awaited.
 */
import type { Direction } from './normalize';
import {
  defaultTolerance,
  describeParsed,
  type NumericWording,
  type ParsedWording,
} from './wording';

export type { Direction };
export type Verdict =
  | 'met'
  | 'not_met'
  | 'needs_person'
  | 'awaiting_control_value'
  | 'awaiting_reference_value'
  | 'no_data';

export interface JudgeInput {
  parsed: ParsedWording;
  actual: number | null | undefined;
  direction: Direction;
  /** For 左右 and 基本持平; default 0.5 for percentages (see defaultTolerance). */
  tolerance?: number;
  controlValue?: number | null;
  /** One value, or one per average named (高于全国、全省平均水平: national and provincial). */
  referenceValue?: number | readonly (number | null)[] | null;
}

export interface Judgement {
  verdict: Verdict;
  /** Chinese, shown to people. */
  detail: string;
}

type Op = 'gte' | 'lte' | 'gt' | 'lt';

function eps(a: number, b: number): number {
  return 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** a op b with a small relative epsilon; boundaries of ≥ and ≤ are included. */
export function compare(a: number, op: Op, b: number): boolean {
  const e = eps(a, b);
  switch (op) {
    case 'gte':
      return a >= b - e;
    case 'lte':
      return a <= b + e;
    case 'gt':
      return a > b + e;
    case 'lt':
      return a < b - e;
  }
}

function fmt(v: number, unit?: string | null): string {
  return `${Number(v.toPrecision(12))}${unit ?? ''}`;
}

function isNumber(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

const DIRECTION_ZH: Record<Direction, string> = {
  higher_better: '越高越好',
  lower_better: '越低越好',
};
const LEVEL_ZH = { national: '国家', province: '省', city: '市', higher: '上级' } as const;

function verdictOf(ok: boolean, what: string, extra = ''): Judgement {
  return ok
    ? { verdict: 'met', detail: `${what}，已达标${extra}` }
    : { verdict: 'not_met', detail: `${what}，未达标${extra}` };
}

function judgeNumeric(
  p: NumericWording,
  actual: number,
  direction: Direction,
  tolerance?: number,
): Judgement {
  const target = describeParsed(p, 'zh', { direction, tolerance });
  const what = `实际值 ${fmt(actual, p.unit)}，目标 ${target}`;
  switch (p.comparator) {
    case 'range': {
      const low = p.low ?? p.value;
      const high = p.high ?? p.value;
      return verdictOf(compare(actual, 'gte', low) && compare(actual, 'lte', high), what);
    }
    case 'about': {
      const tol = tolerance ?? defaultTolerance(p);
      if (tol === null) {
        return {
          verdict: 'needs_person',
          detail: `“左右”目标的单位为${p.unit ?? '无'}，未配置容差，需人工判定（实际值 ${fmt(actual, p.unit)}）`,
        };
      }
      const inBand = compare(actual, 'gte', p.value - tol) && compare(actual, 'lte', p.value + tol);
      const above = !inBand && actual > p.value;
      return verdictOf(inBand, what, above ? '（高于“左右”允许的上限）' : '');
    }
    default: {
      if (p.implicit && !p.decrease) {
        const op = direction === 'lower_better' ? 'lte' : 'gte';
        const note = `（目标未写比较词，按指标${DIRECTION_ZH[direction]}判定）`;
        return verdictOf(compare(actual, op, p.value), what, note);
      }
      return verdictOf(compare(actual, p.comparator, p.value), what);
    }
  }
}

/** Judge one actual value against parsed wording. Detail strings are Chinese. */
export function judgeTarget(input: JudgeInput): Judgement {
  const { parsed, actual, direction, tolerance } = input;
  switch (parsed.kind) {
    case 'unreadable':
      return { verdict: 'needs_person', detail: `目标表述无法识别，需人工判定：${parsed.reason}` };
    case 'qualitative':
      return { verdict: 'needs_person', detail: '定性目标，需人工判定并写明理由' };
    case 'control': {
      const control = input.controlValue;
      const level = LEVEL_ZH[parsed.level];
      if (!isNumber(control)) {
        return { verdict: 'awaiting_control_value', detail: `待录入${level}下达的控制值` };
      }
      if (!isNumber(actual)) return { verdict: 'no_data', detail: '尚无实际值' };
      const op = direction === 'lower_better' ? 'lte' : 'gte';
      const what = `实际值 ${fmt(actual)}，${level}控制值 ${fmt(control)}（${DIRECTION_ZH[direction]}）`;
      return verdictOf(compare(actual, op, control), what);
    }
    case 'reference': {
      const raw = input.referenceValue;
      const refs = Array.isArray(raw) ? raw : [raw];
      if (refs.length === 0 || !refs.every(isNumber)) {
        return { verdict: 'awaiting_reference_value', detail: '待录入参照的平均水平' };
      }
      if (!isNumber(actual)) return { verdict: 'no_data', detail: '尚无实际值' };
      const values = refs as number[];
      const ok = values.every((r) => compare(actual, parsed.comparator, r));
      const target = describeParsed(parsed, 'zh').replace(/（待录入参照值）$/, '');
      const what = `实际值 ${fmt(actual)}，参照值 ${values.map((v) => fmt(v)).join('、')}，目标 ${target}`;
      return verdictOf(ok, what);
    }
    case 'numeric':
      if (!isNumber(actual)) return { verdict: 'no_data', detail: '尚无实际值' };
      return judgeNumeric(parsed, actual, direction, tolerance);
  }
}
