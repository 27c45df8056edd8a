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

export const KIND_OPTIONS = [
  { value: 'numeric', label: '数值目标' },
  { value: 'qualitative', label: '定性目标（人工判定）' },
  { value: 'control', label: '完成上级控制目标' },
  { value: 'reference', label: '与平均水平比较' },
];
export const COMPARATOR_OPTIONS = [
  { value: 'gte', label: '≥ 不低于（以上）' },
  { value: 'gt', label: '> 高于（超过）' },
  { value: 'lte', label: '≤ 不超过（以下、以内）' },
  { value: 'lt', label: '< 低于（不满）' },
  { value: 'about', label: '约（左右）' },
  { value: 'range', label: '区间（含两端）' },
];
export const MEASURE_OPTIONS = [
  { value: 'growth', label: '增速（比上年）' },
  { value: 'level', label: '总量/水平值' },
];
export const LEVEL_OPTIONS = [
  { value: 'national', label: '国家' },
  { value: 'province', label: '省级' },
  { value: 'city', label: '市级' },
  { value: 'higher', label: '上级' },
];
export const REFERENCE_OPTIONS = [
  { value: 'national_average', label: '全国平均水平' },
  { value: 'province_average', label: '全省平均水平' },
  { value: 'city_average', label: '全市平均水平' },
  { value: 'national_and_province_average', label: '全国、全省平均水平' },
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
