// From a work report to proposals: expected targets, key-work items (draft matters), count
// targets and named projects/enterprises, each with its source words and a confidence.
import { describeParsed, parseTargetWording } from '../targets/wording';
import { findCandidates } from './candidates';
import { findCounts } from './counts';
import { cleanText, segment, type Block, type Sentence } from './segment';
import { findExpectedTargets } from './targets';
import { tasksFromSentence, readTask, TASK_VERB_RE, type TaskDraft } from './tasks';
import type { Extraction, Proposal, Span } from './types';
import { unitMatcher, type UnitRef } from './units';

export * from './types';
export { cleanText } from './segment';

export interface ExtractOptions {
  planYear: number;
  units: UnitRef[];
  /** The deadline rule a matter gets when the words name no date. */
  ruleCode?: string;
}

const CAPTION_RE = /本报记者|本报讯|摄$|摄。$|^（.*整理）$/;

/** Reads a whole report. Deterministic: the same text gives the same proposal ids. */
export function extractProposals(raw: string, o: ExtractOptions): Extraction {
  const text = cleanText(raw);
  const seg = segment(text);
  const units = unitMatcher(o.units);
  const ruleCode = o.ruleCode ?? '13710';
  const proposals: Proposal[] = [];
  const sectionTitle = (i: number) => seg.sections[i]?.title ?? '';
  const retrospective = (i: number) => seg.sections[i]?.retrospective ?? false;
  const base = (section: number, start: number, end: number) => ({
    section: sectionTitle(section),
    sectionIndex: section,
    start,
    end,
    status: 'pending' as const,
  });

  const expected = findExpectedTargets(seg);
  for (const p of expected.phrases) {
    proposals.push({
      id: '',
      kind: 'target',
      origin: 'expected',
      ...base(p.section, p.start, p.end),
      wording: p.wording,
      lines: p.lines,
      measureUnit: null,
      spans: p.spans,
      confidence: p.confidence,
      flags: p.flags,
    });
  }

  const sectionsWithBullets = new Set(
    seg.blocks.filter((b) => b.kind === 'bullet').map((b) => b.section),
  );
  const pushTask = (block: Block, d: TaskDraft) =>
    proposals.push({ id: '', kind: 'task', ...base(block.section, d.start, d.end), ...d });

  seg.blocks.forEach((block, i) => {
    if (block.kind === 'heading' || expected.blocks.has(i)) return;
    if (retrospective(block.section) || CAPTION_RE.test(block.text)) return;
    // Counts and candidates come from every forward-looking sentence.
    for (const s of block.sentences) addCountsAndCandidates(s, block);
    if (block.kind === 'bullet') {
      const lead = block.lead;
      const all = block.sentences;
      const first = all[0];
      const last = all[all.length - 1];
      if (!first || !last) return;
      const body = text.slice(first.start, last.end);
      const title = lead ? lead.text : first.text;
      const content = lead ? text.slice(all[1]!.start, last.end) : body;
      pushTask(
        block,
        readTask(
          { text: body, start: first.start, title, titleSpan: lead ?? undefined, content },
          units,
          o.planYear,
          ruleCode,
        ),
      );
      return;
    }
    // Prose under a section that also has bullets is its introduction, not a task.
    if (sectionsWithBullets.has(block.section)) return;
    for (const s of block.sentences) {
      if (s.text.length < 8 || !TASK_VERB_RE.test(s.text)) continue;
      for (const d of tasksFromSentence(s, units, o.planYear, ruleCode)) pushTask(block, d);
    }
  });

  function addCountsAndCandidates(s: Sentence, block: Block) {
    for (const c of findCounts(s.text)) {
      const parsed = parseTargetWording(c.wording);
      const spans: Span[] = [
        { start: s.start + c.start, end: s.start + c.numberStart, field: 'indicator' },
        { start: s.start + c.numberStart, end: s.start + c.numberEnd, field: 'value' },
      ];
      const flags: string[] = [];
      if (parsed.kind === 'unreadable') flags.push(`“${c.wording}”：${parsed.reason}`);
      proposals.push({
        id: '',
        kind: 'target',
        origin: 'count',
        ...base(block.section, s.start, s.end),
        wording: c.wording,
        lines: [{ indicatorName: c.indicatorName, parsed, meaning: describeParsed(parsed, 'zh') }],
        measureUnit: c.unit,
        spans,
        confidence: parsed.kind === 'numeric' ? 0.8 : 0.3,
        flags,
      });
    }
    for (const c of findCandidates(s.text)) {
      proposals.push({
        id: '',
        kind: 'candidate',
        candidateKind: c.kind,
        name: c.name,
        ...base(block.section, s.start, s.end),
        spans: [{ start: s.start + c.start, end: s.start + c.end, field: 'candidate' }],
        confidence: 0.6,
        flags: [],
      });
    }
  }

  proposals.sort((a, b) => a.start - b.start || kindOrder(a) - kindOrder(b));
  // t: targets, m: matters (key-work items), c: candidates.
  const prefix = { target: 't', task: 'm', candidate: 'c' } as const;
  const counters = { target: 0, task: 0, candidate: 0 };
  for (const p of proposals) p.id = `${prefix[p.kind]}${++counters[p.kind]}`;
  return {
    text,
    planYear: o.planYear,
    sections: seg.sections.map((s) => ({
      title: s.title,
      level: s.level,
      start: s.start,
      end: s.end,
    })),
    proposals,
  };
}

function kindOrder(p: Proposal): number {
  return p.kind === 'task' ? 0 : p.kind === 'target' ? 1 : 2;
}
