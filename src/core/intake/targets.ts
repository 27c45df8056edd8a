// 主要预期目标: the list after a heading or a "主要预期目标是：" read phrase by phrase through
// the targets module's wording parser (several indicators per phrase, 分别 lists).
import { normalizeWording } from '../targets/normalize';
import { describeParsed, matchTargetsToIndicators } from '../targets/wording';
import type { Block, Segmented } from './segment';
import type { Span, TargetLine } from './types';

export interface TargetPhrase {
  start: number;
  end: number;
  wording: string;
  lines: TargetLine[];
  spans: Span[];
  confidence: number;
  flags: string[];
  section: number;
}

const EXPECTED_HEADING = /预期目标|主要目标|主要指标/;
const EXPECTED_INLINE = /(?:预期目标|主要目标|主要指标)(?:是|为)?[:：]/;

/** The ranges that hold an expected-target list, as [start, end) in the text. */
export function expectedTargetRanges(
  seg: Segmented,
): Array<{ start: number; end: number; section: number; blockIndex: number }> {
  const out: Array<{ start: number; end: number; section: number; blockIndex: number }> = [];
  seg.blocks.forEach((b, i) => {
    if (b.kind === 'heading' && EXPECTED_HEADING.test(b.text)) {
      const next = seg.blocks[i + 1];
      if (next && next.kind !== 'heading') {
        out.push({ start: next.start, end: next.end, section: next.section, blockIndex: i + 1 });
      }
      return;
    }
    if (b.kind === 'heading') return;
    for (const s of b.sentences) {
      const m = EXPECTED_INLINE.exec(s.text);
      if (m) {
        out.push({
          start: s.start + m.index + m[0].length,
          end: s.end,
          section: b.section,
          blockIndex: i,
        });
      }
    }
  });
  return out;
}

/** Splits a list into phrases at ，；, keeping 、 lists together. */
function phrases(
  text: string,
  offset: number,
): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim().replace(/[。；;，,]+$/, '');
    if (t.length >= 4)
      out.push({ start: offset + start + lead, end: offset + start + lead + t.length, text: t });
  };
  for (let i = 0; i < text.length; i++) {
    if (/[，,；;。]/.test(text[i]!)) {
      push(i);
      start = i + 1;
    }
  }
  push(text.length);
  return out;
}

function spanOf(text: string, offset: number, word: string | null, field: Span['field']): Span[] {
  if (!word) return [];
  const at = text.indexOf(word);
  return at < 0 ? [] : [{ start: offset + at, end: offset + at + word.length, field }];
}

/** Reads one phrase; the spans point at the indicator names and the target words. */
export function readTargetPhrase(text: string, start: number, section: number): TargetPhrase {
  const pairs = matchTargetsToIndicators(text);
  const lines: TargetLine[] = pairs.map((p) => ({
    indicatorName: p.indicatorName,
    parsed: p.parsed,
    meaning: describeParsed(p.parsed, 'zh'),
  }));
  const flags: string[] = [];
  const spans: Span[] = [];
  for (const l of lines) spans.push(...spanOf(text, start, l.indicatorName, 'indicator'));
  const firstName = lines[0]?.indicatorName ?? '';
  const nameEnd = firstName ? text.indexOf(firstName) + firstName.length : 0;
  if (text.length > nameEnd)
    spans.push({ start: start + Math.max(nameEnd, 0), end: start + text.length, field: 'value' });
  let confidence = 0.95;
  for (const l of lines) {
    if (l.parsed.kind === 'unreadable') {
      flags.push(`“${text}”：${l.parsed.reason}`);
      confidence = 0.3;
    } else if (l.parsed.kind === 'qualitative') {
      confidence = Math.min(confidence, 0.8);
    }
    if (!l.indicatorName) {
      flags.push(`“${text}”：未识别出指标名称，请填写`);
      confidence = Math.min(confidence, 0.4);
    }
  }
  return {
    start,
    end: start + text.length,
    wording: text,
    lines,
    spans,
    confidence,
    flags,
    section,
  };
}

/** Every target phrase of every expected-target list. */
export function findExpectedTargets(seg: Segmented): {
  phrases: TargetPhrase[];
  blocks: Set<number>;
} {
  const out: TargetPhrase[] = [];
  const blocks = new Set<number>();
  for (const r of expectedTargetRanges(seg)) {
    blocks.add(r.blockIndex);
    for (const p of phrases(seg.text.slice(r.start, r.end), r.start)) {
      // Only phrases that name something measurable: a digit or a target verb.
      if (!/\d|增长|完成|保持|同步|控制|下降|持平/.test(normalizeWording(p.text))) continue;
      out.push(readTargetPhrase(p.text, p.start, r.section));
    }
  }
  return { phrases: out, blocks };
}

export type { Block };
