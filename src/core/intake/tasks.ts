// Key-work items as draft matters: one per bullet ("- 大力培育规上企业。…"), or one per task
// sentence of a section written as prose. A sentence that gives different units different
// work (重点推动中站、沁阳、博爱…，加快马村、武陟…) is split at its clauses.
import { readDeadline } from './deadline';
import type { Sentence } from './segment';
import type { Span, TaskDeadline } from './types';
import type { UnitMatcher, UnitMention } from './units';

export const TASK_VERB_RE =
  /加快|推进|推动|实施|建设|打造|培育|开展|完善|建立|健全|深化|落实|强化|提升|提高|支持|促进|加强|争创|创建|确保|力争|做好|抓好|办好|扎实|大力|持续|坚持|严格|统筹|引导|鼓励|组织|谋划|启动|筹建|推出|新建|新增|实现|完成|开工|守住|防范|化解|打好|整治|治理|申建|对接|承接|压实|优化/;

const LEADER_RE =
  /(市委书记|市委副书记|常务副市长|副市长|市长|市委常委|秘书长|主任|局长)([\u4e00-\u9fa5]{2,3}?)(?:同志)?(?=牵头|负责|分管|挂帅|督导|包抓)/;
const COOP_AFTER_RE = /^(?:[、和与及]?)(?:配合|协助|参与|协同)/;
const COOP_BEFORE_RE = /(?:会同|配合|协助)$/;

/**
 * When a sentence names no unit, the department whose work its words describe is suggested,
 * flagged for the person to confirm (the keyword is highlighted as the reason).
 */
const SUGGESTIONS: Array<[RegExp, string]> = [
  [
    /5G|数字化|信息化|工业互联网|智能制造|智能工厂|规上企业|专精特新|大企业集团|中小微企业|企业上市|企业上云/,
    '市工信局',
  ],
  [/科技|创新|研发|高新技术|产学研|英才|人才计划/, '市科技局'],
  [/招商|外贸|进出口|跨境|内陆开放|出口|商贸|消费/, '市商务局'],
  [/重大项目|项目建设|专项债|债券项目|都市圈|郑焦|营商环境|放管服/, '市发改委'],
  [/城市更新|老旧小区|城中村|住房|城市品质|宜居/, '市住建局'],
  [/就业|社会保障|社保|技能培训/, '市人社局'],
  [/生态|环境|污染|减排|碳达峰|蓝天|碧水|净土/, '市生态环境局'],
  [/财政|预算|金融风险|隐性债务|非法集资/, '市财政局'],
];

function suggestLead(text: string, start: number, units: UnitMatcher) {
  for (const [re, dept] of SUGGESTIONS) {
    const m = re.exec(text);
    if (!m) continue;
    const found = units.find(dept, 0).find((x) => !x.group);
    if (!found) continue;
    return {
      unitIds: found.unitIds,
      span: {
        start: start + m.index,
        end: start + m.index + m[0].length,
        field: 'leadUnit' as const,
      },
      flag: `未写明单位：按“${m[0]}”建议由${dept}牵头，请确认`,
    };
  }
  return null;
}

export interface TaskDraft {
  start: number;
  end: number;
  title: string;
  content: string;
  leadUnitIds: string[];
  cooperatingUnitIds: string[];
  leadLeader: string;
  deadline: TaskDeadline;
  spans: Span[];
  confidence: number;
  flags: string[];
}

function cleanTitle(s: string): string {
  const t = s
    .trim()
    .replace(/^(要|同时|另外|此外|一是|二是|三是|四是|五是)[，,]?/, '')
    .replace(/[。；;，,！!？?]+$/, '');
  return t.length > 60 ? `${t.slice(0, 58)}…` : t;
}

/** Lead and cooperating units: a mention followed by 配合/协助 (or after 会同) cooperates. */
function splitRoles(text: string, offset: number, mentions: UnitMention[]) {
  const lead: string[] = [];
  const coop: string[] = [];
  const spans: Span[] = [];
  for (const m of mentions) {
    // Skip the rest of a 、 list (中站、沁阳、博爱) to see what the list is followed by.
    let pos = m.end;
    for (;;) {
      const n = mentions.find(
        (x) => x.start >= pos && /^[、和与及]?$/.test(text.slice(pos - offset, x.start - offset)),
      );
      if (!n) break;
      pos = n.end;
    }
    const tail = text.slice(pos - offset);
    const before = text.slice(Math.max(0, m.start - offset - 3), m.start - offset);
    const cooperating = COOP_AFTER_RE.test(tail) || COOP_BEFORE_RE.test(before);
    (cooperating ? coop : lead).push(...m.unitIds);
    spans.push({ start: m.start, end: m.end, field: cooperating ? 'cooperatingUnit' : 'leadUnit' });
  }
  const uniq = (a: string[]) => [...new Set(a)];
  const leadIds = uniq(lead);
  return { lead: leadIds, coop: uniq(coop).filter((id) => !leadIds.includes(id)), spans };
}

/** One draft for the words at [start, end): units, leader and deadline read from them. */
export function readTask(
  o: {
    text: string;
    start: number;
    title: string;
    titleSpan?: { start: number; end: number };
    content: string;
  },
  units: UnitMatcher,
  planYear: number,
  ruleCode: string,
): TaskDraft {
  const { text, start } = o;
  const mentions = units.find(text, start);
  const roles = splitRoles(text, start, mentions);
  const spans: Span[] = [...roles.spans];
  if (o.titleSpan) spans.push({ ...o.titleSpan, field: 'title' });
  const flags: string[] = [];
  let confidence = 0.5;
  const leader = LEADER_RE.exec(text);
  if (leader)
    spans.push({
      start: start + leader.index,
      end: start + leader.index + leader[0].length,
      field: 'leader',
    });
  const worded = readDeadline(text, planYear);
  let deadline: TaskDeadline = { due: null, words: null, ruleCode, complexity: 'ordinary' };
  if (worded) {
    spans.push({ start: start + worded.start, end: start + worded.end, field: 'deadline' });
    // A date months away makes the matter complex: 13710 then asks for its plan in a month.
    deadline = { due: worded.due, words: worded.words, ruleCode, complexity: 'complex' };
    confidence += 0.1;
    if (worded.longRange) {
      flags.push(
        `期限“${worded.words}”不在计划年度内（${worded.due.slice(0, 4)}年），请确认是否作为本年度事项`,
      );
      confidence -= 0.2;
    }
  }
  if (TASK_VERB_RE.test(text)) confidence += 0.2;
  else {
    flags.push('未识别出任务动词，可能不是具体任务');
    confidence -= 0.1;
  }
  let lead = roles.lead;
  if (lead.length > 0) confidence += 0.2;
  else {
    const suggested = suggestLead(text, start, units);
    if (suggested) {
      lead = suggested.unitIds;
      spans.push(suggested.span);
      flags.push(suggested.flag);
      confidence += 0.05;
    } else flags.push('未识别出牵头单位，请指定');
  }
  if (mentions.some((m) => m.group))
    flags.push(`“${mentions.find((m) => m.group)!.text}”按全部相关单位分别交办，请核对`);
  if (text.length > 150) {
    flags.push('句子较长，可能包含多项任务，可拆分');
    confidence -= 0.1;
  }
  return {
    start,
    end: start + text.length,
    title: cleanTitle(o.title),
    content: o.content.trim(),
    leadUnitIds: lead,
    cooperatingUnitIds: roles.coop.filter((id) => !lead.includes(id)),
    leadLeader: leader ? `${leader[1]}${leader[2]}` : '',
    deadline,
    spans,
    confidence: Math.max(0.1, Math.min(0.95, Number(confidence.toFixed(2)))),
    flags,
  };
}

/**
 * A sentence whose clauses name different units becomes one draft per such clause; the
 * clauses in between stay in each draft's content. Otherwise the sentence is one draft.
 */
export function tasksFromSentence(
  s: Sentence,
  units: UnitMatcher,
  planYear: number,
  ruleCode: string,
): TaskDraft[] {
  const clauses: Sentence[] = [];
  let from = 0;
  for (let i = 0; i <= s.text.length; i++) {
    if (i === s.text.length || /[，,]/.test(s.text[i]!)) {
      if (i > from)
        clauses.push({ start: s.start + from, end: s.start + i, text: s.text.slice(from, i) });
      from = i + 1;
    }
  }
  const withUnits = clauses.filter((c) => units.find(c.text, c.start).some((m) => !m.group));
  if (withUnits.length >= 2) {
    return withUnits.map((c) =>
      readTask(
        { text: c.text, start: c.start, title: c.text, content: s.text },
        units,
        planYear,
        ruleCode,
      ),
    );
  }
  return [
    readTask(
      { text: s.text, start: s.start, title: s.text, content: s.text },
      units,
      planYear,
      ruleCode,
    ),
  ];
}
