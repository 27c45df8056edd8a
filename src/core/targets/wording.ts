/**
 * Reading target wording (目标表述) into a comparator. Specification: shared/domain.md §2.
 * Civil Code art. 1259: 以上/以下/以内/届满 include the number; 不满/超过/以外 exclude it.
 *
 * Conventions chosen here:
 * - `measure: 'growth'` is a change against the previous year (增长/下降/提高 … in %, 个百分点
 *   or a unit); `'level'` is the value itself (强度2%以上, 450家, 提高到5%, 降至5%).
 * - Decreases are negative growth: 下降3%以上 → growth ≤ -3; a bare 下降3% → growth ≤ -3 with
 *   `decrease: true` (a decrease target is lower-is-better whatever the indicator says).
 * - A bare number (增长7%, 7.7万人, 稳定在X) is `implicit`: a level to reach, stored as 'gte';
 *   the judge turns it into ≤ for lower-is-better indicators.
 * - A qualifier after the number wins over the verb before it (控制在X左右 → about X).
 * - Anything not understood is `unreadable` with a Chinese reason; nothing is guessed.
 */
import * as lex from './normalize';
import type { ControlLevel, ReferenceKind } from './normalize';

export { splitIndicatorAndTarget } from './normalize';
export type { ControlLevel, ReferenceKind };

export type Comparator = 'gte' | 'lte' | 'gt' | 'lt' | 'about' | 'range';
export type Measure = 'growth' | 'level';

export interface NumericWording {
  kind: 'numeric';
  comparator: Comparator;
  /** For 'range' the low end. */
  value: number;
  low?: number;
  high?: number;
  unit: string | null;
  measure: Measure;
  /** A bare number: direction decides between ≥ and ≤. */
  implicit?: boolean;
  /** Worded as a decrease (下降/降低/减少 …); `value` is then negative. */
  decrease?: boolean;
  text: string;
}
export type ParsedWording =
  | NumericWording
  | { kind: 'qualitative'; text: string }
  /** `level` is the nearest level named; `levels` all of them (国家及省 → both). */
  | { kind: 'control'; level: ControlLevel; levels: ControlLevel[]; text: string }
  | {
      kind: 'reference';
      reference: ReferenceKind;
      comparator: 'gt' | 'gte' | 'lt' | 'lte';
      text: string;
    }
  | { kind: 'unreadable'; text: string; reason: string };

export const DEFAULT_TOLERANCE = 0.5;

const NUM = '\\d+(?:\\.\\d+)?';
const NUM_RE = /(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d])/g;
const RANGE_RE = new RegExp(`(${NUM})(${lex.UNIT_ALT})?(?:-|~|至|到)(${NUM})(${lex.UNIT_ALT})?`);

type Cmp = Exclude<Comparator, 'range'>;
const PREFIXES: Array<[string, Cmp]> = (
  [
    ...'不低于,不少于,不小于,至少,达到,达,≥,>='.split(',').map((w) => [w, 'gte']),
    ...'不超过,不高于,不多于,不大于,最多,至多,控制在,控制到,≤,<='.split(',').map((w) => [w, 'lte']),
    ...'超过,超出,突破,高于,大于,多于,>'.split(',').map((w) => [w, 'gt']),
    ...'不满,不足,不到,低于,小于,少于,<'.split(',').map((w) => [w, 'lt']),
    ...'大约,约,~'.split(',').map((w) => [w, 'about']),
  ] as Array<[string, Cmp]>
).sort((a, b) => b[0].length - a[0].length);

function unreadable(text: string, reason: string): ParsedWording {
  return { kind: 'unreadable', text, reason };
}

function numbersIn(s: string): string[] {
  return s.match(NUM_RE) ?? [];
}

const FLIP: Record<Cmp, Cmp> = { gte: 'lte', lte: 'gte', gt: 'lt', lt: 'gt', about: 'about' };

function parseNumbers(written: string, text: string): ParsedWording {
  // (含)/(不含5%) after a qualifier says whether the end is included.
  const exclusive = /\(不含[^)]*\)/.test(written);
  const target = written.replace(/\((不)?含[^)]*\)/g, '');
  const nums = numbersIn(target);
  const range = RANGE_RE.exec(target);
  const prefixEnd = range ? range.index : target.search(NUM_RE);
  const prefix = target.slice(0, prefixEnd);
  const decrease = lex.DECREASE_RE.test(prefix) && !lex.DOWN_TO_RE.test(prefix);
  const measure: Measure = lex.GROWTH_RE.test(prefix) ? 'growth' : 'level';
  if (range && nums.length === 2) {
    let low = Number(range[1]);
    let high = Number(range[3]);
    if (low > high) [low, high] = [high, low];
    if (decrease) [low, high] = [-high, -low];
    const unit = range[4] ?? range[2] ?? null;
    return { kind: 'numeric', comparator: 'range', value: low, low, high, unit, measure, text };
  }
  if (nums.length !== 1) {
    return unreadable(text, '含多个数值，无法确定哪一个是考核值，需人工确认');
  }
  const numText = nums[0] ?? '';
  const negative = prefix.endsWith('-');
  const after = target.slice(prefixEnd + numText.length);
  // A unit not in the list may stand before the qualifier: 30亿斤以上 → unit 亿斤.
  const q = /^([^\d,;:、。()]{0,8}?)(以上|以下|以内|左右|上下)/.exec(after);
  // 增长9%以 / 8%左 / 3%不: the source was cut off mid-word; which comparator was meant
  // (以上 or 以下, 不低于 or 不超过) cannot be told, so a person must look.
  if (!q && /^[^\d,;:、。()]{0,8}?(以|左|不)$/.test(after)) {
    return unreadable(text, '原文在数值后被截断（如“以”后缺字），请核对原文后补全');
  }
  const unit = q ? q[1] || null : lex.unitAt(after, 0);
  let comparator: Cmp | null = null;
  if (q?.[2] === '以上') comparator = exclusive ? 'gt' : 'gte';
  else if (q?.[2] === '以下' || q?.[2] === '以内') comparator = exclusive ? 'lt' : 'lte';
  else if (q) comparator = 'about';
  const bare = negative ? prefix.slice(0, -1) : prefix;
  if (!comparator) comparator = PREFIXES.find(([w]) => bare.endsWith(w))?.[1] ?? null;
  if (!comparator && lex.DOWN_TO_RE.test(bare)) comparator = 'lte';
  if (!comparator && lex.UP_TO_RE.test(bare)) comparator = 'gte';
  const implicit = comparator === null;
  const magnitude = Number(numText) * (negative ? -1 : 1);
  const base: Cmp = comparator ?? 'gte';
  const result: NumericWording = {
    kind: 'numeric',
    comparator: decrease ? FLIP[base] : base,
    value: decrease ? -magnitude : magnitude,
    unit,
    measure: decrease ? 'growth' : measure,
    text,
  };
  if (implicit) result.implicit = true;
  if (decrease) result.decrease = true;
  return result;
}

function parseWithoutNumber(target: string, text: string): ParsedWording {
  if (lex.CN_NUMERAL_RE.test(target)) {
    return unreadable(text, '目标值用中文数字书写，请改为阿拉伯数字或人工确认');
  }
  const growth = { kind: 'numeric', value: 0, unit: '%', measure: 'growth', text } as const;
  if (/正增长/.test(target)) return { ...growth, comparator: 'gt' };
  if (/(上年|同期)(基本)?持平|基本持平/.test(target)) return { ...growth, comparator: 'about' };
  if (/不下降|不降低|不减少|只增不减/.test(target)) return { ...growth, comparator: 'gte' };
  if (lex.QUALITATIVE_RE.test(target)) return { kind: 'qualitative', text };
  return unreadable(text, '未识别出目标数值或可判定的表述，需人工确认');
}

/** Parse one target phrase, with or without the indicator name in front of it. */
export function parseTargetWording(text: string): ParsedWording {
  const original = text.trim();
  const norm = lex.normalizeWording(text);
  if (!norm) return unreadable(original, '目标表述为空');
  const { targetText } = lex.splitIndicatorAndTarget(norm);
  const target = targetText || norm;
  const hasNumber = numbersIn(target).length > 0;
  const control = lex.detectControl(norm);
  const reference = lex.detectReference(norm);
  if ((control || reference) && hasNumber) {
    return unreadable(original, '同时含数值和上级控制目标或参照水平，请拆分后再录入');
  }
  if (control) return { kind: 'control', ...control, text: original };
  if (reference === 'unknown') {
    return unreadable(original, '参照的平均水平组合无法识别，需人工确认');
  }
  if (reference) return { kind: 'reference', ...reference, text: original };
  if (/分别/.test(target) && numbersIn(target).length > 1) {
    return unreadable(original, '一句含多个目标值（分别…），请按指标逐项拆分');
  }
  return hasNumber ? parseNumbers(target, original) : parseWithoutNumber(target, original);
}

/**
 * 分别增长7%、8% → one parse per value, in order. A unit or a qualifier written only after
 * the last value is shared by the others (分别增长7、8%以上 → ≥7%, ≥8%). Text without 分别
 * gives a single parse.
 */
export function parseMultiTargetWording(text: string): ParsedWording[] {
  const norm = lex.normalizeWording(text);
  const at = norm.indexOf('分别');
  if (at < 0) return [parseTargetWording(text)];
  const after = norm.slice(at + 2);
  const firstDigit = after.search(/\d/);
  if (firstDigit < 0) return [parseTargetWording(text)];
  const verb = after.slice(0, firstDigit);
  const items = after
    .slice(firstDigit)
    .split(/[、,;]|和|及/)
    .filter((s) => s.length > 0);
  const split = (item: string) => {
    const m = new RegExp(`^(-?${NUM})(${lex.UNIT_ALT})?(.*)$`).exec(item);
    return m ? { num: m[1] ?? '', unit: m[2] ?? '', rest: m[3] ?? '' } : null;
  };
  const parts = items.map(split);
  const last = parts[parts.length - 1];
  const shareRest = parts.slice(0, -1).every((p) => p !== null && p.rest === '');
  return items.map((item, i) => {
    const p = parts[i];
    if (!p) return parseTargetWording(item);
    const unit = p.unit || last?.unit || '';
    const rest = p.rest || (shareRest ? (last?.rest ?? '') : '');
    return parseTargetWording(`${verb}${p.num}${unit}${rest}`);
  });
}

/**
 * Pair the indicators named before 分别/均 with the values after it, in order. When the
 * counts differ every pair is unreadable rather than guessed; 均增长7% gives each the same.
 */
export function matchTargetsToIndicators(
  text: string,
): Array<{ indicatorName: string | null; parsed: ParsedWording }> {
  const { indicatorNames, targetText } = lex.splitIndicatorAndTarget(lex.normalizeWording(text));
  const parsed = parseMultiTargetWording(text);
  const names = indicatorNames.length > 0 ? indicatorNames : [null];
  const first = parsed[0];
  if (parsed.length === 1 && first && names.length > 1 && !/^分别/.test(targetText)) {
    return names.map((indicatorName) => ({ indicatorName, parsed: first }));
  }
  if (parsed.length !== names.length) {
    const reason = `指标个数（${names.length}）与目标值个数（${parsed.length}）不一致，需人工确认`;
    const size = Math.max(parsed.length, names.length);
    return Array.from({ length: size }, (_v, i) => ({
      indicatorName: names[i] ?? null,
      parsed: unreadable(text.trim(), reason),
    }));
  }
  return parsed.map((p, i) => ({ indicatorName: names[i] ?? null, parsed: p }));
}

/**
 * The tolerance used for 左右 when none is configured: 0.5 for percentages, percentage
 * points and unitless growth; null (a person decides) for other units, where half a unit of
 * 万人 or 亿元 would mean nothing.
 */
export function defaultTolerance(p: NumericWording): number | null {
  if (p.unit === '%' || p.unit === '个百分点' || p.unit === '百分点') return DEFAULT_TOLERANCE;
  return p.unit === null && p.measure === 'growth' ? DEFAULT_TOLERANCE : null;
}

const SYMBOL = { gte: '≥', lte: '≤', gt: '>', lt: '<' } as const;
const LEVEL_ZH = { national: '国家', province: '省级', city: '市级', higher: '上级' } as const;
const LEVEL_EN = {
  national: 'by the State',
  province: 'by the province',
  city: 'by the city',
  higher: 'higher up',
} as const;
const GROWTH_PREFIX = { zh: ['增速 ', '增量 '], en: ['growth ', 'change '] } as const;
const REFERENCE_ZH: Record<ReferenceKind, [string, string]> = {
  national_average: ['全国平均水平', 'the national average'],
  province_average: ['全省平均水平', 'the provincial average'],
  city_average: ['全市平均水平', 'the city average'],
  national_and_province_average: ['全国、全省平均水平', 'the national and provincial averages'],
};

function fmt(v: number): string {
  return String(Object.is(v, -0) ? 0 : Number(v.toPrecision(12)));
}

/** A short explanation shown next to the words: "≥ 2%", "约 8%（±0.5）", "待上级下达控制值". */
export function describeParsed(
  p: ParsedWording,
  locale: 'zh' | 'en',
  options: {
    tolerance?: number;
    direction?: 'higher_better' | 'lower_better';
    /** The control value once it has been entered: the meaning is then a comparison. */
    controlValue?: number | null;
    measureUnit?: string;
  } = {},
): string {
  const zh = locale === 'zh';
  if (p.kind === 'control' && options.controlValue != null) {
    const cmp = options.direction === 'lower_better' ? '≤' : '≥';
    const q = `${fmt(options.controlValue)}${options.measureUnit === '%' ? '%' : ''}`;
    return zh
      ? `${cmp} ${q}（${LEVEL_ZH[p.level]}下达控制值）`
      : `${cmp} ${q} (control value set ${LEVEL_EN[p.level]})`;
  }
  switch (p.kind) {
    case 'qualitative':
      return zh ? '需人工判定（定性目标）' : 'judged by a person (qualitative)';
    case 'unreadable':
      return zh ? `无法识别：${p.reason}` : 'unreadable wording: a person must check it';
    case 'control':
      return zh
        ? `待${LEVEL_ZH[p.level]}下达控制值`
        : `awaiting the control value set ${LEVEL_EN[p.level]}`;
    case 'reference': {
      const [refZh, refEn] = REFERENCE_ZH[p.reference];
      return zh
        ? `${SYMBOL[p.comparator]} ${refZh}（待录入参照值）`
        : `${SYMBOL[p.comparator]} ${refEn} (awaiting the reference value)`;
    }
    case 'numeric': {
      const unit = p.unit ?? '';
      const growth = p.measure === 'growth';
      const pre = growth ? GROWTH_PREFIX[locale][unit === '%' ? 0 : 1] : '';
      if (p.comparator === 'range') {
        const span = `${fmt(p.low ?? p.value)}${unit}–${fmt(p.high ?? p.value)}${unit}`;
        return zh ? `${pre}${span}（含两端）` : `${pre}${span} (inclusive)`;
      }
      const q = `${fmt(p.value)}${unit}`;
      if (p.comparator === 'about') {
        const tol = options.tolerance ?? defaultTolerance(p);
        const band = tol === null ? (zh ? '容差待定' : 'tolerance not set') : `±${fmt(tol)}`;
        return zh ? `${pre}约 ${q}（${band}）` : `${pre}about ${q} (${band})`;
      }
      if (p.implicit && !p.decrease && !options.direction)
        return zh ? `${pre}达到 ${q}` : `${pre}reach ${q}`;
      const cmp =
        p.implicit && !p.decrease && options.direction === 'lower_better' ? 'lte' : p.comparator;
      return `${pre}${SYMBOL[cmp]} ${q}`;
    }
  }
}
