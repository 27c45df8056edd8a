/**
 * Normalisation of plan wording and indicator names.
 *
 * Plans copied from newspapers, PDFs and Word files mix full-width and ASCII characters
 * (％ ＞ ， （） ０-９), carry stray spaces inside numbers ("6 . 5%") and sometimes come in
 * traditional characters. Everything downstream works on the normalised form.
 *
 * This file also holds the vocabulary the wording parser relies on: indicator aliases, the
 * split between indicator name and target, control (省控目标) and reference (全省平均水平)
 * phrases, units and word lists. wording.ts turns them into ParsedWording.
 */

import { Converter } from 'opencc-js/t2cn';
import aliasData from './indicator-aliases.json';

/** Whether a higher or a lower actual value is better for an indicator. */
export type Direction = 'higher_better' | 'lower_better';
/** `higher`: 上级下达 without saying which level. */
export type ControlLevel = 'national' | 'province' | 'city' | 'higher';
export type ReferenceKind =
  'national_average' | 'province_average' | 'city_average' | 'national_and_province_average';

/**
 * Traditional → simplified by OpenCC's complete dictionaries (Taiwan and standard
 * traditional forms, phrase-aware), instead of a hand-made table that always missed some.
 * Built once: the dictionary is about 100 kB and loads in a few milliseconds.
 */
const toSimplified = Converter({ from: 'tw', to: 'cn' });

const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g;
const TILDES = /[\u301c\u223c]/g;

/**
 * Normalise a piece of plan wording: NFKC (full-width digits and punctuation → ASCII),
 * dashes and tildes unified, ≧/≦ → ≥/≤, traditional → simplified (OpenCC),
 * whitespace removed (kept only between two ASCII letters), thousands separators removed
 * ("1,000" → "1000"), trimmed.
 */
export function normalizeWording(text: string): string {
  let s = text.normalize('NFKC');
  s = s.replace(DASHES, '-').replace(TILDES, '~').replace(/≧/g, '≥').replace(/≦/g, '≤');
  s = toSimplified(s);
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/ /g, (_m, offset: number, whole: string) =>
    /[A-Za-z]/.test(whole[offset - 1] ?? '') && /[A-Za-z]/.test(whole[offset + 1] ?? '') ? ' ' : '',
  );
  return s.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

/** Canonical indicator names and their aliases, kept as data (indicator-aliases.json). */
const ALIASES: Record<string, string[]> = Object.fromEntries(
  Object.entries(aliasData).filter(
    (e): e is [string, string[]] => !e[0].startsWith('$') && Array.isArray(e[1]),
  ),
);

const ALIAS_INDEX: Map<string, string> = new Map(
  Object.entries(ALIASES).flatMap(([canonical, aliases]) => [
    [canonical, canonical] as const,
    ...aliases.map((a) => [normalizeWording(a).toUpperCase(), canonical] as const),
  ]),
);

function lookup(name: string): string | undefined {
  return ALIAS_INDEX.get(name) ?? ALIAS_INDEX.get(name.toUpperCase());
}

/**
 * The canonical name of an indicator: 研究与试验发展经费投入强度 → 研发经费投入强度,
 * 规模以上工业增加值 → 规上工业增加值, GDP → 地区生产总值 … Tries, in order: the name as
 * written, without a bracketed part ("研究与试验发展(R&D)经费投入强度"), without a leading
 * 全市/全县/全区, without a trailing 增速/增长率/增幅. Unknown names come back normalised.
 */
export function canonicalIndicatorName(name: string): string {
  const cleaned = normalizeWording(name)
    .replace(/["'“”‘’「」『』《》]/g, '')
    .replace(/[,、;:。]+$/, '')
    .replace(/等$/, '');
  const candidates: string[] = [cleaned];
  const unbracketed = cleaned.replace(/\([^)]*\)/g, '');
  candidates.push(unbracketed);
  for (const c of [cleaned, unbracketed]) {
    const noPrefix = c.replace(/^(全市|全县|全区|全省)/, '');
    candidates.push(noPrefix, noPrefix.replace(/(增速|增长率|增幅)$/, ''));
  }
  for (const c of candidates) {
    const hit = lookup(c);
    if (hit) return hit;
  }
  return cleaned;
}

const LOWER_BETTER =
  /失业率|CPI|居民消费价格|物价|能耗|能源消费|排放|污染|PM2\.5|PM10|负债率|亏损|事故|死亡|债务/;

/**
 * A default direction suggested from the indicator name (unemployment, CPI, energy use,
 * emissions, debt, accidents: lower is better). An administrator confirms it; anything not
 * recognised is higher-is-better.
 */
export function defaultDirection(name: string): Direction {
  return LOWER_BETTER.test(canonicalIndicatorName(name).toUpperCase())
    ? 'lower_better'
    : 'higher_better';
}

/** Words that start the target part of "indicator + target" wording. */
const TARGET_MARKER_RE = new RegExp(
  [
    '力争|确保|争取|努力|分别|同比|比上年|较上年|与上年|年均|实现|保持|完成|稳定在|控制',
    '增长|增速|下降|降低|降至|降到|减少|回落|压减|提高|提升|增加(?!值)|达到|突破|超过|不满|不足|不到',
    '不低于|不高于|不少于|不多于|不超过|低于|高于|快于|只增不减|不下降|达(?=-?\\d)|[≥≤<>]',
  ].join('|'),
);
/** A target number: not part of a name such as PM2.5 or 5G. */
const TARGET_NUMBER_RE = /-?(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d])/;
const SYNC_RE = /^(.*?)((?:增长)?与.*同步.*)$/;

/**
 * Split "地区生产总值增长8%左右" into { indicatorName: '地区生产总值', targetText: '增长8%左右' }.
 * The target starts at the first target verb (增长, 控制在, 完成 …) or the first number that is
 * not part of a name; 居民收入与经济增长协调同步 splits before 与. A leading year (2022年,
 * 全年) is dropped. `indicatorNames` lists names joined by 、 (trailing 等/均/都 removed);
 * with 均/都/分别 also names joined by 和/及 (A和B均控制在3%以内), and a shared tail is
 * given to short heads (城镇、农村居民人均可支配收入 → 城镇居民…, 农村居民…). Adverbs left
 * before the verb (平稳, 持续, 稳步 …) are not part of the name. A wording that starts with
 * 完成 (完成省下达的主要污染物排放总量减少目标) names its indicator inside the control phrase.
 * Input is expected to be normalised already.
 */
export function splitIndicatorAndTarget(text: string): {
  indicatorName: string | null;
  indicatorNames: string[];
  targetText: string;
} {
  const s = text.trim().replace(/^(\d{4}年度?|全年|今年|年内)[,:]?/, '');
  let name = '';
  let target = s;
  const sync = /同步/.test(s) && !/\d/.test(s) ? SYNC_RE.exec(s) : null;
  if (sync) {
    name = sync[1] ?? '';
    target = sync[2] ?? '';
  } else {
    const positions = [s.search(TARGET_MARKER_RE), s.search(TARGET_NUMBER_RE)].filter(
      (i) => i >= 0,
    );
    if (positions.length > 0) {
      const at = Math.min(...positions);
      name = s.slice(0, at);
      target = s.slice(at);
    }
  }
  name = name.replace(/[,:;、]+$/, '');
  const joint = /(均|都)$/.test(name) || /^分别/.test(target);
  name = name.replace(/(等|均|都)$/, '').replace(TRAILING_WORDS_RE, '');
  if (!name) name = controlledIndicator(target) ?? '';
  let indicatorNames = name
    .split(/[、,;]/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
  if (joint) indicatorNames = indicatorNames.flatMap(splitJoinedByAnd);
  indicatorNames = shareTail(indicatorNames);
  return { indicatorName: name || null, indicatorNames, targetText: target };
}

/** Adverbs that sit between an indicator name and its verb: 进出口总额平稳增长. */
const TRAILING_WORDS_RE = /(保持|平稳|持续|继续|稳步|稳定|不断|进一步|较快|快速|逐步|有所|力争|确保)+$/;

/** 完成省下达的主要污染物排放总量减少目标 → 主要污染物排放总量. */
function controlledIndicator(target: string): string | null {
  const m = /^完成.{0,6}?下达的?(.{2,20}?)(减少|降低|下降|增长|控制)?(目标|任务|指标)$/.exec(target);
  return m?.[1] ?? null;
}

/** A和B → [A, B] unless A和B is itself a known indicator (研究和试验发展经费投入强度). */
function splitJoinedByAnd(name: string): string[] {
  if (lookup(name) || !/[和及与]/.test(name)) return [name];
  return name.split(/[和及与]/).filter((n) => n.length > 0);
}

/**
 * 城镇、农村居民人均可支配收入: the last name carries the tail the short heads share. A head
 * of at most 4 characters that is no indicator of its own takes the last name's tail after
 * a head of the same length.
 */
function shareTail(names: string[]): string[] {
  const last = names[names.length - 1];
  if (names.length < 2 || !last) return names;
  return names.map((n, i) => {
    if (i === names.length - 1 || n.length > 4 || lookup(n) || last.length < n.length + 3) return n;
    return n + last.slice(n.length);
  });
}

const LEVELS_RE = '(国家(?:及|和|与|、)?省|国家|省|市|上级)';
/** What a control names between 下达的 and 目标: 节能降耗, 主要污染物排放总量减少 … */
const CONTROLLED_THING = '(?:[^\\d,;:。]{0,16}?)';
const CONTROL_RES = [
  new RegExp(`${LEVELS_RE}级?(?:控|定|考核)的?(?:控制)?(?:目标|任务|指标|要求|计划|值)`),
  new RegExp(`${LEVELS_RE}级?下达的?${CONTROLLED_THING}(?:目标|任务|指标|要求|计划|值)`),
  new RegExp(`(?:完成|达到|符合|满足|落实)${LEVELS_RE}级?的?(?:目标|任务|指标|要求|标准|计划)`),
  // 完成年度考核目标, 完成目标责任书任务: the level is not named (上级).
  /()(?:完成|达到)(?:全?年度?)?(?:考核|目标责任(?:书|状)?|责任)(?:目标|任务|指标)/,
];

/**
 * 完成省控目标, 完成省下达目标, 完成国家及省定目标, 达到国家要求 … → the levels named, nearest
 * last (国家及省 → national, province; the control value that reaches a unit comes from the
 * nearest level). Null when the wording names no control set higher up.
 */
export function detectControl(s: string): { level: ControlLevel; levels: ControlLevel[] } | null {
  const m = CONTROL_RES.map((re) => re.exec(s)).find((x) => x);
  if (!m) return null;
  const who = m[1] ?? '';
  const levels: ControlLevel[] = [];
  if (who.includes('国家')) levels.push('national');
  if (who.includes('省')) levels.push('province');
  if (who === '市') levels.push('city');
  if (who === '上级' || who === '') levels.push('higher');
  return { level: levels[levels.length - 1] ?? 'higher', levels };
}

const REFERENCE_RE =
  /(不低于|不高于|高于|快于|超过|低于)(全国|全省|全市)(?:[、和及与]?(全国|全省|全市))?的?平均/;
const REFERENCE_KINDS: Record<string, ReferenceKind> = {
  全国: 'national_average',
  全省: 'province_average',
  全市: 'city_average',
  '全国+全省': 'national_and_province_average',
};
const REFERENCE_CMP = { 不低于: 'gte', 不高于: 'lte', 低于: 'lt' } as const;

/**
 * 高于全国、全省平均水平 → compare with averages entered later. 'unknown' for a combination
 * that has no kind (全国、全市); null when no average is named.
 */
export function detectReference(
  s: string,
): { reference: ReferenceKind; comparator: 'gt' | 'gte' | 'lt' | 'lte' } | 'unknown' | null {
  const m = REFERENCE_RE.exec(s);
  if (!m) return null;
  // Key in a fixed order (全国 before 全省 before 全市) so 全省、全国 reads like 全国、全省.
  const order = ['全国', '全省', '全市'];
  const places = order.filter((p) => p === m[2] || p === m[3]);
  const reference = REFERENCE_KINDS[places.join('+')];
  if (!reference) return 'unknown';
  const verb = (m[1] ?? '') as keyof typeof REFERENCE_CMP;
  return { reference, comparator: REFERENCE_CMP[verb] ?? 'gt' };
}

/** Units of measure written after target numbers, longest first. */
export const UNITS = (
  '%,‰,个百分点,百分点,万亿元,亿元,万元,元,亿美元,万美元,美元,万人次,人次,万人,人,万户,户,家,个,' +
  '项,天,个月,小时,万吨标准煤,吨标准煤,万吨,吨,亿千瓦时,万千瓦时,千瓦时,万千瓦,千瓦,平方公里,' +
  '公里,千米,万亩,亩,公顷,万平方米,平方米,微克/立方米,件,所,座,套,张,次,倍,岁,万,亿,分,位,名,' +
  '条,台,辆,处,批,年,床,篇,亿斤,万斤,斤,公斤'
)
  .split(',')
  .sort((a, b) => b.length - a.length);
export const UNIT_ALT = UNITS.map((u) => u.replace(/[/%]/g, '\\$&')).join('|');

/** The unit written at position `at` of `s`, if any. */
export function unitAt(s: string, at: number): string | null {
  return UNITS.find((u) => s.startsWith(u, at)) ?? null;
}

/*
 * Word lists for the wording parser. Growth words mark a change against last year; decrease
 * words make it negative; 降至/提高到 name a level instead; Chinese numerals and purely
 * qualitative vocabulary are recognised so they can be sent to a person.
 */
export const GROWTH_RE =
  /(增长|增速|增幅|涨幅|上涨|提高|提升|增加|扩大|下降|降低|减少|回落|压减|压降|削减)(?!至|到)/;
export const DECREASE_RE = /(下降|降低|减少|回落|压减|压降|削减)(?!至|到)/;
export const DOWN_TO_RE = /(降|减)[^\d]{0,2}(至|到)$/;
export const UP_TO_RE = /(提高|提升|增加|增长|扩大)(至|到)$/;
export const CN_NUMERAL_RE =
  /百分之|翻一番|翻番|[零一二三四五六七八九十两百千]+(个百分点|个|成|倍|番|万|亿|家|人|项)/;
export const QUALITATIVE_RE =
  /平稳|稳定|稳步|稳中|协调|同步|改善|提高|提升|增长|增加|加快|较快|快速|持续|合理|好转|优化|向好|巩固|明显|显著|进一步|不断|有所|逐步|扩大|下降|降低|减少|回升|恢复/;
