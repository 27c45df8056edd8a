// Splitting a work report into sections, blocks and sentences. Every piece keeps its character
// offsets in the cleaned text, so the review screen can highlight the words that produced a field.

/** A character range [start, end) in the cleaned text. */
export interface Range {
  start: number;
  end: number;
}

export type BlockKind = 'heading' | 'bullet' | 'paragraph';

export interface Sentence extends Range {
  text: string;
}

export interface Block extends Range {
  kind: BlockKind;
  text: string;
  /** Index into `sections`; -1 before the first heading. */
  section: number;
  sentences: Sentence[];
  /** For a bullet written "- 标题。**正文": the lead phrase. */
  lead?: Sentence;
}

export interface Section extends Range {
  title: string;
  /** 1: 一、/第一/unnumbered part titles; 2: 1 / （一）; 3: ■ and other short titles. */
  level: number;
  /** A look back (肯定成绩, 回顾, 过去一年): its figures are results, not commitments. */
  retrospective: boolean;
}

export interface Segmented {
  text: string;
  sections: Section[];
  blocks: Block[];
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const SPACE_BETWEEN_CJK = new RegExp(
  `(?<=[${CJK}，。、；：“”（）《》])[ \\t\\u3000]+(?=[${CJK}，。、；：“”（）《》\\d])`,
  'g',
);

/**
 * Cleans pasted text: line endings unified, spaces left by column breaks between Chinese
 * characters removed, markdown bold markers dropped, runs of blank lines collapsed. The
 * result is what is stored and what every span points into.
 */
export function cleanText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\*\*/g, '')
    .replace(SPACE_BETWEEN_CJK, '')
    .replace(/[ \t\u3000]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const SENTENCE_END = /[。；;！!？?]/;
const BULLET_RE =
  /^\s*(?:[-•·●◆▪]|\d+[.、．](?!\d)|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+是)\s*/;
const LEVEL1_RE = /^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[部分章篇])/;
const LEVEL2_RE = /^\s*(?:[（(][一二三四五六七八九十]+[)）]|\d{1,2}\s+\S)/;
const RETRO_RE = /成绩|回顾|过去一年|过去五年|成效|取得的|工作总结|去年工作/;

/** A line is a heading when it is short and does not end a sentence. */
function isHeading(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 40) return false;
  if (/^[■□▲◆]/.test(t)) return true;
  if (/本报记者|摄$|^——/.test(t)) return false;
  return !SENTENCE_END.test(t.slice(-1)) && !/[，,：:]$/.test(t);
}

function headingLevel(line: string): number {
  if (LEVEL1_RE.test(line)) return 1;
  if (LEVEL2_RE.test(line)) return 2;
  if (/^\s*[■□▲◆]/.test(line)) return 3;
  return 1;
}

/** Sentences of a block: split after 。；！？ (the mark stays with its sentence). */
export function splitSentences(text: string, offset: number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: offset + s, end: offset + e, text: text.slice(s, e) });
  };
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_END.test(text[i]!)) {
      // Keep a closing quote or bracket with the sentence it ends.
      let end = i + 1;
      while (end < text.length && /[”’」』)）]/.test(text[end]!)) end++;
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(text.length);
  return out;
}

/** Splits cleaned text into sections (headings), blocks (lines) and sentences. */
export function segment(text: string): Segmented {
  const sections: Section[] = [];
  const blocks: Block[] = [];
  let current = -1;
  let retrospectivePart = false;
  let pos = 0;
  for (const line of text.split('\n')) {
    const start = pos;
    pos += line.length + 1;
    const trimmed = line.trim();
    if (!trimmed) continue;
    const lineStart = start + line.indexOf(trimmed);
    const end = lineStart + trimmed.length;
    if (isHeading(trimmed) && !BULLET_RE.test(trimmed.replace(/^\d{1,2}\s+/, ''))) {
      const level = headingLevel(trimmed);
      // An unnumbered part title (肯定成绩 坚定信心) starts or ends a look back.
      if (level === 1) retrospectivePart = RETRO_RE.test(trimmed);
      sections.push({
        start: lineStart,
        end,
        title: trimmed.replace(/^[■□▲◆]\s*/, ''),
        level,
        retrospective: retrospectivePart || RETRO_RE.test(trimmed),
      });
      current = sections.length - 1;
      blocks.push({
        kind: 'heading',
        start: lineStart,
        end,
        text: trimmed,
        section: current,
        sentences: [],
      });
      continue;
    }
    const bullet = BULLET_RE.exec(trimmed);
    const bodyOffset = bullet ? bullet[0].length : 0;
    const body = trimmed.slice(bodyOffset);
    const sentences = splitSentences(body, lineStart + bodyOffset);
    const block: Block = {
      kind: bullet ? 'bullet' : 'paragraph',
      start: lineStart,
      end,
      text: trimmed,
      section: current,
      sentences,
    };
    // "大力培育规上企业。面向全市…": a short first sentence is the item's title.
    const first = sentences[0];
    if (bullet && first && sentences.length > 1 && first.text.length <= 30) block.lead = first;
    blocks.push(block);
  }
  return { text, sections, blocks };
}
