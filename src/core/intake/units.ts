// Finding the units a sentence names, against the workspace's unit tree: full names (沁阳市),
// short names (沁阳, 市发改委, 高新区), and groups (各县(市、区) → every county-level unit,
// 市直各部门 → every department).

export interface UnitRef {
  id: string;
  name: string;
  kind: string;
  /** Depth in the tree: 0 the city, 1 county-level units and departments, 2 townships. */
  depth: number;
}

export interface UnitMention {
  start: number;
  end: number;
  text: string;
  unitIds: string[];
  /** A group word (各县(市、区)) rather than one unit's name. */
  group: boolean;
}

const COUNTY_KINDS = ['district', 'county', 'county_city', 'zone'];

/** Usual short forms of department names (市发展和改革委员会 → 市发改委 …). */
const DEPARTMENT_SHORT: Array<[RegExp, string]> = [
  [/发展和改革委员会$/, '发改委'],
  [/工业和信息化局$/, '工信局'],
  [/科学技术局$/, '科技局'],
  [/住房和城乡建设局$/, '住建局'],
  [/人力资源和社会保障局$/, '人社局'],
  [/生态环境局$/, '环境局'],
  [/卫生健康委员会$/, '卫健委'],
  [/市场监督管理局$/, '市场监管局'],
  [/自然资源和规划局$/, '自然资源局'],
  [/文化广电和旅游局$/, '文广旅局'],
  [/农业农村局$/, '农业农村局'],
  [/交通运输局$/, '交通局'],
  [/城市管理局$/, '城管局'],
  [/教育局$/, '教育局'],
];

/** Names a unit is written as. Single characters are never names (温县 is not 温). */
export function unitAliases(u: UnitRef): string[] {
  const names = new Set<string>([u.name]);
  if (COUNTY_KINDS.includes(u.kind)) {
    const bare = u.name.replace(/^焦作/, '').replace(/(市|县|区)$/, '');
    if (bare.length >= 2) names.add(bare);
    if (u.kind === 'zone') {
      for (const n of ['示范区', '城乡一体化示范区', '高新区', '焦作高新区', '国家高新区'])
        names.add(n);
    }
  }
  if (u.kind === 'department') {
    const body = u.name.replace(/^市/, '');
    for (const [re, short] of DEPARTMENT_SHORT) {
      if (re.test(body)) {
        const s = body.replace(re, short);
        names.add(`市${s}`);
      }
    }
    names.add(body);
  }
  return [...names].filter((n) => n.length >= 2);
}

interface Pattern {
  alias: string;
  unitIds: string[];
  /** Needs a list or sentence context to count (解放 in 解放思想 is not 解放区). */
  guarded: boolean;
}

const CJK_CHAR = /[\u3400-\u9fff]/;
const JOINERS = /[、和与及由在]/;

/**
 * A bare district name (中站, 马村, 解放) or the generic 示范区 is a unit only in a list or at
 * a clause start: 中站、沁阳 or 促进孟州、高新区, not 解放思想 or 全国粮食高产示范区.
 */
function guardedFits(s: string, start: number, end: number, alias: string): boolean {
  const before = s[start - 1] ?? '';
  const after = s[end] ?? '';
  const beforeOk = !before || !CJK_CHAR.test(before) || JOINERS.test(before);
  if (alias === '示范区' || alias === '高新区') return beforeOk;
  return after === '、' || before === '、' || (JOINERS.test(after) && after !== '在');
}

const GROUP_WORDS: Array<{ re: RegExp; select: (u: UnitRef) => boolean }> = [
  {
    re: /各县[(（]市[)）]?[、,，]?区[)）]?|各县[(（]市、区[)）]|各县市区|各县（市）区|各县\(市\)区/,
    select: (u) => u.depth === 1 && COUNTY_KINDS.includes(u.kind),
  },
  {
    re: /各县[(（]市[)）]|各县市/,
    select: (u) => u.depth === 1 && (u.kind === 'county' || u.kind === 'county_city'),
  },
  {
    re: /市直各部门|市直各单位|市直有关部门|市直有关单位|各有关部门|市直部门/,
    select: (u) => u.depth === 1 && u.kind === 'department',
  },
];

const GROUPS = GROUP_WORDS.map((g) => ({ ...g, global: new RegExp(g.re.source, 'g') }));

export interface UnitMatcher {
  find(sentence: string, offset: number): UnitMention[];
  byId: Map<string, UnitRef>;
}

/**
 * A matcher over the unit tree. Longest name first; a name inside a longer word already
 * matched (沁阳 inside 沁阳市) counts once. Townships match by full name only.
 */
export function unitMatcher(all: UnitRef[]): UnitMatcher {
  const byAlias = new Map<string, Set<string>>();
  const guardedAliases = new Set<string>();
  for (const u of all) {
    if (u.depth === 0) continue;
    const aliases = u.depth >= 2 ? (u.name.length >= 3 ? [u.name] : []) : unitAliases(u);
    for (const a of aliases) {
      if ((u.kind === 'district' && a !== u.name) || a === '示范区' || a === '高新区')
        guardedAliases.add(a);
      const set = byAlias.get(a) ?? new Set<string>();
      set.add(u.id);
      byAlias.set(a, set);
    }
  }
  const patterns: Pattern[] = [...byAlias.entries()]
    .map(([alias, ids]) => ({ alias, unitIds: [...ids], guarded: guardedAliases.has(alias) }))
    .sort((a, b) => b.alias.length - a.alias.length);
  const byId = new Map(all.map((u) => [u.id, u]));

  return {
    byId,
    find(sentence, offset) {
      const taken: boolean[] = new Array(sentence.length).fill(false);
      const out: UnitMention[] = [];
      const claim = (start: number, end: number) => {
        for (let i = start; i < end; i++) taken[i] = true;
      };
      // Names inside quotes are slogans or brands (“醉美修武”), not units.
      const quoted = (at: number) => {
        const before = sentence.slice(0, at);
        return before.split('“').length > before.split('”').length;
      };
      const free = (start: number, end: number) =>
        !quoted(start) && taken.slice(start, end).every((t) => !t);
      for (const g of GROUPS) {
        for (const m of sentence.matchAll(g.global)) {
          const start = m.index;
          const end = start + m[0].length;
          if (!free(start, end)) continue;
          claim(start, end);
          const ids = all.filter(g.select).map((u) => u.id);
          out.push({
            start: offset + start,
            end: offset + end,
            text: m[0],
            unitIds: ids,
            group: true,
          });
        }
      }
      for (const p of patterns) {
        let from = 0;
        for (;;) {
          const at = sentence.indexOf(p.alias, from);
          if (at < 0) break;
          from = at + 1;
          const end = at + p.alias.length;
          if (!free(at, end)) continue;
          if (p.guarded && !guardedFits(sentence, at, end, p.alias)) continue;
          claim(at, end);
          out.push({
            start: offset + at,
            end: offset + end,
            text: p.alias,
            unitIds: p.unitIds,
            group: false,
          });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}
