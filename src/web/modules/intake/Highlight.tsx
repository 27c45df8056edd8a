import { Tooltip } from 'antd';
import type { ReactNode } from 'react';

// Colours per field, so a person sees which words produced the lead unit, the deadline …
const COLORS: Record<string, string> = {
  indicator: '#d6e4ff',
  value: '#ffe7ba',
  unit: '#ffe7ba',
  leadUnit: '#d9f7be',
  cooperatingUnit: '#efdbff',
  leader: '#fff1b8',
  deadline: '#ffccc7',
  title: 'transparent',
  candidate: '#b5f5ec',
};

export const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  indicator: { zh: '指标', en: 'indicator' },
  value: { zh: '目标值', en: 'target value' },
  unit: { zh: '单位', en: 'unit' },
  leadUnit: { zh: '牵头单位', en: 'lead unit' },
  cooperatingUnit: { zh: '配合单位', en: 'cooperating unit' },
  leader: { zh: '牵头领导', en: 'lead leader' },
  deadline: { zh: '期限', en: 'deadline' },
  title: { zh: '事项名称', en: 'title' },
  candidate: { zh: '候选名称', en: 'candidate' },
};

/** The source sentence with the words behind each field marked. */
export function Highlight({
  text,
  start,
  end,
  spans,
  lang,
}: {
  text: string;
  start: number;
  end: number;
  spans: Array<{ start: number; end: number; field: string }>;
  lang: 'zh' | 'en';
}) {
  const inside = spans
    .filter((s) => s.start >= start && s.end <= end && COLORS[s.field] !== 'transparent')
    .sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = start;
  for (const s of inside) {
    if (s.start < at) continue; // overlapping spans: the first one wins
    if (s.start > at) parts.push(text.slice(at, s.start));
    const label = FIELD_LABELS[s.field]?.[lang] ?? s.field;
    parts.push(
      <Tooltip key={`${s.start}-${s.field}`} title={label}>
        <mark
          data-field={s.field}
          style={{ background: COLORS[s.field], padding: '0 1px', borderRadius: 2 }}
        >
          {text.slice(s.start, s.end)}
        </mark>
      </Tooltip>,
    );
    at = s.end;
  }
  if (at < end) parts.push(text.slice(at, end));
  return <span style={{ color: '#555', lineHeight: 1.8 }}>{parts}</span>;
}
