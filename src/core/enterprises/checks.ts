// Comparators, bands and the record of one criterion's check with its gap in words.
import type { Band, Cmp } from './criteria';

/** Ratios are rounded to 1e-9 so 30 ÷ 1000 × 100 is exactly 3 at the boundary. */
export function clean(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

/** a ÷ b as a percentage, or null when b is missing or zero. */
export function percent(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || b === 0) return null;
  return clean((a * 100) / b);
}

export function satisfies(x: number, c: Cmp | Omit<Band, 'points'>): boolean {
  if (c.gte !== undefined && !(x >= c.gte)) return false;
  if (c.gt !== undefined && !(x > c.gt)) return false;
  if (c.lte !== undefined && !(x <= c.lte)) return false;
  if (c.lt !== undefined && !(x < c.lt)) return false;
  return true;
}

/** Points of the first band the value falls in (0 when none does). */
export function bandPoints(x: number, bands: readonly Band[]): number {
  return bands.find((b) => satisfies(x, b))?.points ?? 0;
}

/** The threshold a value must pass, and whether higher is better. */
export function thresholdOf(c: Cmp): { value: number; higherBetter: boolean } {
  if (c.gte !== undefined) return { value: c.gte, higherBetter: true };
  if (c.gt !== undefined) return { value: c.gt, higherBetter: true };
  if (c.lte !== undefined) return { value: c.lte, higherBetter: false };
  return { value: c.lt ?? 0, higherBetter: false };
}

/** A number as people write it: at most two decimals, no trailing zeros. */
export function num(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** An amount that must be reached: rounded up to the 0.01 万元 so it is enough. */
export function moneyUp(x: number): string {
  return String(Math.ceil(clean(x) * 100) / 100);
}

/** "需 3%" (at least), "需超过 70 分", "需不高于 70%", "需低于 5%". */
export function describeNeed(c: Cmp, unit: string): string {
  const sp = unit === '%' ? '' : ' ';
  if (c.gte !== undefined) return `需 ${num(c.gte)}${sp}${unit}`;
  if (c.gt !== undefined) return `需超过 ${num(c.gt)}${sp}${unit}`;
  if (c.lte !== undefined) return `需不高于 ${num(c.lte)}${sp}${unit}`;
  return `需低于 ${num(c.lt ?? 0)}${sp}${unit}`;
}

export interface Check {
  key: string;
  labelZh: string;
  met: boolean;
  /** The value shown, e.g. "2.4%"; null when the figure is missing. */
  actual: string | null;
  required: string;
  /** For a missed criterion: what is lacking, in money or units where it can be said. */
  gapZh: string | null;
  /** Missed by no more than the version's relative gap. */
  near: boolean;
}

export interface NumericCheckInput {
  key: string;
  labelZh: string;
  value: number | null;
  cmp: Cmp;
  unit: string;
  relativeGap: number;
  /** Remedy in money or units, e.g. "按当前营收还需研发投入 60 万元". */
  remedy?: (threshold: number, value: number) => string | null;
}

export function numericCheck(i: NumericCheckInput): Check {
  const required = describeNeed(i.cmp, i.unit).replace(/^需 ?/, '');
  const sp = i.unit === '%' ? '' : ' ';
  if (i.value === null) {
    return {
      key: i.key,
      labelZh: i.labelZh,
      met: false,
      actual: null,
      required,
      gapZh: `缺少${i.labelZh}数据`,
      near: false,
    };
  }
  const met = satisfies(i.value, i.cmp);
  const t = thresholdOf(i.cmp);
  // A missed value is never shown rounded onto its threshold: 2.9999% reads 2.99%, not 3%.
  const shown = met
    ? num(i.value)
    : t.higherBetter
      ? String(Math.floor(clean(i.value * 100)) / 100)
      : String(Math.ceil(clean(i.value * 100)) / 100);
  const actual = `${shown}${sp}${i.unit}`;
  if (met)
    return { key: i.key, labelZh: i.labelZh, met, actual, required, gapZh: null, near: false };
  const rel = t.value === 0 ? Infinity : Math.abs(i.value - t.value) / Math.abs(t.value);
  const remedy = i.remedy?.(t.value, i.value);
  return {
    key: i.key,
    labelZh: i.labelZh,
    met,
    actual,
    required,
    gapZh: `${i.labelZh} ${actual}，${describeNeed(i.cmp, i.unit)}${remedy ? `：${remedy}` : ''}`,
    near: rel <= i.relativeGap,
  };
}

/** A yes/no criterion (a direct route, an alternative): never "near" when missed. */
export function booleanCheck(key: string, labelZh: string, met: boolean, gapZh: string): Check {
  return {
    key,
    labelZh,
    met,
    actual: met ? '是' : '否',
    required: '是',
    gapZh: met ? null : gapZh,
    near: false,
  };
}
