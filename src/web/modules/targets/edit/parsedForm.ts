// The parsed meaning of a target as a flat form a person can edit, and back.
import type { ParsedWording } from '../../../../core/targets/wording';

export type Kind = 'numeric' | 'qualitative' | 'control' | 'reference';
export interface ParsedFields {
  kind: Kind;
  comparator?: 'gte' | 'lte' | 'gt' | 'lt' | 'about' | 'range';
  value?: number;
  low?: number;
  high?: number;
  unit?: string;
  measure?: 'growth' | 'level';
  level?: 'national' | 'province' | 'city' | 'higher';
  reference?:
    'national_average' | 'province_average' | 'city_average' | 'national_and_province_average';
  refComparator?: 'gt' | 'gte' | 'lt' | 'lte';
}

/** An option whose label follows the interface language (pick it with useI18n().label). */
export interface Option {
  value: string;
  label: { zh: string; en: string };
}

export const KIND_OPTIONS: Option[] = [
  { value: 'numeric', label: { zh: '数值目标', en: 'Numeric target' } },
  { value: 'qualitative', label: { zh: '定性目标（人工判定）', en: 'Qualitative (judged by a person)' } },
  { value: 'control', label: { zh: '完成上级控制目标', en: 'Control value set higher up' } },
  { value: 'reference', label: { zh: '与平均水平比较', en: 'Compared with an average' } },
];
export const COMPARATOR_OPTIONS: Option[] = [
  { value: 'gte', label: { zh: '≥ 不低于（以上）', en: '≥ at least' } },
  { value: 'gt', label: { zh: '> 高于（超过）', en: '> above' } },
  { value: 'lte', label: { zh: '≤ 不超过（以下、以内）', en: '≤ at most' } },
  { value: 'lt', label: { zh: '< 低于（不满）', en: '< below' } },
  { value: 'about', label: { zh: '约（左右）', en: 'about' } },
  { value: 'range', label: { zh: '区间（含两端）', en: 'range (both ends included)' } },
];
export const MEASURE_OPTIONS: Option[] = [
  { value: 'growth', label: { zh: '增速（比上年）', en: 'growth (on last year)' } },
  { value: 'level', label: { zh: '总量/水平值', en: 'total / level' } },
];
export const LEVEL_OPTIONS: Option[] = [
  { value: 'national', label: { zh: '国家', en: 'National' } },
  { value: 'province', label: { zh: '省级', en: 'Province' } },
  { value: 'city', label: { zh: '市级', en: 'City' } },
  { value: 'higher', label: { zh: '上级', en: 'Higher level' } },
];
export const REFERENCE_OPTIONS: Option[] = [
  { value: 'national_average', label: { zh: '全国平均水平', en: 'National average' } },
  { value: 'province_average', label: { zh: '全省平均水平', en: 'Provincial average' } },
  { value: 'city_average', label: { zh: '全市平均水平', en: 'City average' } },
  { value: 'national_and_province_average', label: { zh: '全国、全省平均水平', en: 'National and provincial averages' } },
];

export function toFields(p: ParsedWording, measureUnit: string): ParsedFields {
  switch (p.kind) {
    case 'numeric':
      return {
        kind: 'numeric',
        comparator: p.comparator,
        value: p.comparator === 'range' ? undefined : p.value,
        low: p.low,
        high: p.high,
        unit: p.unit ?? '',
        measure: p.measure,
      };
    case 'control':
      return { kind: 'control', level: p.level };
    case 'reference':
      return { kind: 'reference', reference: p.reference, refComparator: p.comparator };
    case 'qualitative':
      return { kind: 'qualitative' };
    default:
      return { kind: 'numeric', comparator: 'gte', unit: measureUnit, measure: 'growth' };
  }
}

/** The fields as a ParsedWording, or null while something needed is missing. */
export function fromFields(f: ParsedFields, text: string): ParsedWording | null {
  switch (f.kind) {
    case 'qualitative':
      return { kind: 'qualitative', text };
    case 'control':
      return f.level ? { kind: 'control', level: f.level, levels: [f.level], text } : null;
    case 'reference':
      return f.reference && f.refComparator
        ? { kind: 'reference', reference: f.reference, comparator: f.refComparator, text }
        : null;
    case 'numeric': {
      if (!f.comparator || !f.measure) return null;
      const unit = f.unit?.trim() ? f.unit.trim() : null;
      if (f.comparator === 'range') {
        if (f.low == null || f.high == null) return null;
        const { low, high } = f;
        return {
          kind: 'numeric',
          comparator: 'range',
          value: low,
          low,
          high,
          unit,
          measure: f.measure,
          text,
        };
      }
      if (f.value == null) return null;
      return {
        kind: 'numeric',
        comparator: f.comparator,
        value: f.value,
        unit,
        measure: f.measure,
        text,
      };
    }
  }
}
