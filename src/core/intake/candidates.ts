// Named projects and enterprises, kept as text for the projects and enterprises modules.
// Only names the words spell out: "加快X、Y等项目建设", "总投资80亿元的X", "依托X、Y等企业",
// "X在港交所上市". Nothing is invented.

export interface CandidateFind {
  kind: 'project' | 'enterprise';
  name: string;
  /** Relative to the sentence. */
  start: number;
  end: number;
}

const PROJECT_LIST =
  /(?:加快|推进|推动|建设|谋划实施|谋划|实施|加快推进)([^，。；]{4,80}?)等(?:[\u4e00-\u9fa5]{0,6})?项目/g;
const PROJECT_INVEST =
  /总投资[\d.]+亿元的([^，。；、“”]{4,40}?(?:项目|度假区|产业园|工程|中心|公园|小镇|综合体|园区))/g;
const ENTERPRISE_LIST =
  /(?:依托|引导|支持|加大对|鼓励)([^，。；]{2,40}?)等(?:外贸|龙头|重点)?企业/g;
const LISTING =
  /([\u4e00-\u9fa5]{2,8}(?:集团|电子|纸业|股份|科技|公司)?)(?:、([\u4e00-\u9fa5]{2,8}))?在(?:港交所|深交所|上交所|北交所|主板|创业板|科创板)上市/g;

function splitList(
  inner: string,
  innerStart: number,
  kind: CandidateFind['kind'],
): CandidateFind[] {
  const out: CandidateFind[] = [];
  let at = 0;
  for (const part of inner.split('、')) {
    const trimmed = part.trim();
    const name = trimmed.replace(/^(力争今年|今年|积极|全力|谋划实施|谋划|实施|推进|建设)/, '');
    const offset = part.indexOf(trimmed) + (trimmed.length - name.length);
    if (name.length >= 2 && name.length <= 40) {
      out.push({
        kind,
        name,
        start: innerStart + at + offset,
        end: innerStart + at + offset + name.length,
      });
    }
    at += part.length + 1;
  }
  return out;
}

/** Candidates named in one sentence, left to right. */
export function findCandidates(sentence: string): CandidateFind[] {
  const out: CandidateFind[] = [];
  for (const m of sentence.matchAll(PROJECT_LIST)) {
    const inner = m[1]!;
    out.push(...splitList(inner, m.index + m[0].indexOf(inner), 'project'));
  }
  for (const m of sentence.matchAll(PROJECT_INVEST)) {
    const name = m[1]!;
    const start = m.index + m[0].indexOf(name);
    if (!out.some((c) => c.start === start))
      out.push({ kind: 'project', name, start, end: start + name.length });
  }
  for (const m of sentence.matchAll(ENTERPRISE_LIST)) {
    const inner = m[1]!;
    out.push(...splitList(inner, m.index + m[0].indexOf(inner), 'enterprise'));
  }
  for (const m of sentence.matchAll(LISTING)) {
    for (const name of [m[1], m[2]]) {
      if (!name) continue;
      const clean = name.replace(/^(力争今年|力争|今年)/, '');
      const start = m.index + m[0].indexOf(clean);
      if (clean.length >= 2)
        out.push({ kind: 'enterprise', name: clean, start, end: start + clean.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
