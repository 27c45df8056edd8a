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
  /** The same in English, for the English pages. */
  detailEn: string;
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

type Lang = 'zh' | 'en';

// Every sentence a judgement can say, in Chinese (the default) and English.
const WORDS = {
  zh: {
    direction: { higher_better: '越高越好', lower_better: '越低越好' } as Record<Direction, string>,
    level: { national: '国家', province: '省', city: '市', higher: '上级' },
    met: (what: string, extra: string) => `${what}，已达标${extra}`,
    notMet: (what: string, extra: string) => `${what}，未达标${extra}`,
    what: (actual: string, target: string) => `实际值 ${actual}，目标 ${target}`,
    aboutNoTolerance: (unit: string | null, actual: string) =>
      `“左右”目标的单位为${unit ?? '无'}，未配置容差，需人工判定（实际值 ${actual}）`,
    aboveBand: '（高于“左右”允许的上限）',
    implicit: (direction: string) => `（目标未写比较词，按指标${direction}判定）`,
    unreadable: (reason: string) => `目标表述无法识别，需人工判定：${reason}`,
    qualitative: '定性目标，需人工判定并写明理由',
    awaitingControl: (level: string) => `待录入${level}下达的控制值`,
    noData: '尚无实际值',
    control: (actual: string, level: string, control: string, direction: string) =>
      `实际值 ${actual}，${level}控制值 ${control}（${direction}）`,
    awaitingReference: '待录入参照的平均水平',
    reference: (actual: string, refs: string[], target: string) =>
      `实际值 ${actual}，参照值 ${refs.join('、')}，目标 ${target}`,
    referencePending: /（待录入参照值）$/,
  },
  en: {
    direction: { higher_better: 'higher is better', lower_better: 'lower is better' } as Record<
      Direction,
      string
    >,
    level: { national: 'State', province: 'province', city: 'city', higher: 'higher-level' },
    met: (what: string, extra: string) => `${what}: met${extra}`,
    notMet: (what: string, extra: string) => `${what}: not met${extra}`,
    what: (actual: string, target: string) => `actual ${actual}, target ${target}`,
    aboutNoTolerance: (unit: string | null, actual: string) =>
      `an "about" target in ${unit ?? 'no unit'} has no tolerance set: a person must judge it (actual ${actual})`,
    aboveBand: ' (above the upper limit "about" allows)',
    implicit: (direction: string) => ` (no comparison word: judged as ${direction})`,
    unreadable: () => 'the wording could not be read: a person must judge it',
    qualitative: 'qualitative target: a person judges it and gives the reason',
    awaitingControl: (level: string) => `awaiting the ${level} control value`,
    noData: 'no actual value yet',
    control: (actual: string, level: string, control: string, direction: string) =>
      `actual ${actual}, ${level} control value ${control} (${direction})`,
    awaitingReference: 'awaiting the reference average',
    reference: (actual: string, refs: string[], target: string) =>
      `actual ${actual}, reference ${refs.join(', ')}, target ${target}`,
    referencePending: / \(awaiting the reference value\)$/,
  },
};

function verdictOf(ok: boolean, what: string, extra: string, lang: Lang): LocalJudgement {
  const w = WORDS[lang];
  return ok
    ? { verdict: 'met', detail: w.met(what, extra) }
    : { verdict: 'not_met', detail: w.notMet(what, extra) };
}

type LocalJudgement = Omit<Judgement, 'detailEn'>;

function judgeNumeric(
  p: NumericWording,
  actual: number,
  direction: Direction,
  tolerance: number | undefined,
  lang: Lang,
): LocalJudgement {
  const w = WORDS[lang];
  const target = describeParsed(p, lang, { direction, tolerance });
  const what = w.what(fmt(actual, p.unit), target);
  switch (p.comparator) {
    case 'range': {
      const low = p.low ?? p.value;
      const high = p.high ?? p.value;
      return verdictOf(compare(actual, 'gte', low) && compare(actual, 'lte', high), what, '', lang);
    }
    case 'about': {
      const tol = tolerance ?? defaultTolerance(p);
      if (tol === null) {
        return {
          verdict: 'needs_person',
          detail: w.aboutNoTolerance(p.unit ?? null, fmt(actual, p.unit)),
        };
      }
      const inBand = compare(actual, 'gte', p.value - tol) && compare(actual, 'lte', p.value + tol);
      const above = !inBand && actual > p.value;
      return verdictOf(inBand, what, above ? w.aboveBand : '', lang);
    }
    default: {
      if (p.implicit && !p.decrease) {
        const op = direction === 'lower_better' ? 'lte' : 'gte';
        return verdictOf(
          compare(actual, op, p.value),
          what,
          w.implicit(w.direction[direction]),
          lang,
        );
      }
      return verdictOf(compare(actual, p.comparator, p.value), what, '', lang);
    }
  }
}

function judgeIn(input: JudgeInput, lang: Lang): LocalJudgement {
  const { parsed, actual, direction, tolerance } = input;
  const w = WORDS[lang];
  switch (parsed.kind) {
    case 'unreadable':
      return { verdict: 'needs_person', detail: w.unreadable(parsed.reason) };
    case 'qualitative':
      return { verdict: 'needs_person', detail: w.qualitative };
    case 'control': {
      const control = input.controlValue;
      const level = w.level[parsed.level];
      if (!isNumber(control)) {
        return { verdict: 'awaiting_control_value', detail: w.awaitingControl(level) };
      }
      if (!isNumber(actual)) return { verdict: 'no_data', detail: w.noData };
      const op = direction === 'lower_better' ? 'lte' : 'gte';
      const what = w.control(fmt(actual), level, fmt(control), w.direction[direction]);
      return verdictOf(compare(actual, op, control), what, '', lang);
    }
    case 'reference': {
      const raw = input.referenceValue;
      const refs = Array.isArray(raw) ? raw : [raw];
      if (refs.length === 0 || !refs.every(isNumber)) {
        return { verdict: 'awaiting_reference_value', detail: w.awaitingReference };
      }
      if (!isNumber(actual)) return { verdict: 'no_data', detail: w.noData };
      const values = refs as number[];
      const ok = values.every((r) => compare(actual, parsed.comparator, r));
      const target = describeParsed(parsed, lang).replace(w.referencePending, '');
      const what = w.reference(
        fmt(actual),
        values.map((v) => fmt(v)),
        target,
      );
      return verdictOf(ok, what, '', lang);
    }
    case 'numeric':
      if (!isNumber(actual)) return { verdict: 'no_data', detail: w.noData };
      return judgeNumeric(parsed, actual, direction, tolerance, lang);
  }
}

/** Judge one actual value against parsed wording, with the reason in Chinese and English. */
export function judgeTarget(input: JudgeInput): Judgement {
  return { ...judgeIn(input, 'zh'), detailEn: judgeIn(input, 'en').detail };
}
