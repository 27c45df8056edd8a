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

/** Whether a higher or a lower actual value is better for an indicator. */
export type Direction = 'higher_better' | 'lower_better';
/** `higher`: 上级下达 without saying which level. */
export type ControlLevel = 'national' | 'province' | 'city' | 'higher';
export type ReferenceKind =
  'national_average' | 'province_average' | 'city_average' | 'national_and_province_average';

/**
 * Traditional → simplified, limited to characters that occur in plan wording and indicator
 * names. Only characters that never appear in simplified text are listed, so the mapping is
 * safe to apply to any input.
 */
const TRAD =
  '達過於穩長協調標與為產區規業億萬個額總資經濟發強費場國際內實現進級縣準點漲價節減務組滿維續較並兩從開關體機構銷貿財稅負債戶鎮職報驗試應數單製廠專項設計劃創預學醫療衛環護質優電車運輸網絡對門間問題邊態勢貸儲營積極確舉辦員噸畝糧農統備壓淨餘佔線綠氣廢處檢測險參貧脫權鄉帶屆後當約爭歲養幣視讓動兒雙鏈號樣';
const SIMP =
  '达过于稳长协调标与为产区规业亿万个额总资经济发强费场国际内实现进级县准点涨价节减务组满维续较并两从开关体机构销贸财税负债户镇职报验试应数单制厂专项设计划创预学医疗卫环护质优电车运输网络对门间问题边态势贷储营积极确举办员吨亩粮农统备压净余占线绿气废处检测险参贫脱权乡带届后当约争岁养币视让动儿双链号样';
const TRAD_TO_SIMP: ReadonlyMap<string, string> = new Map(
  Array.from(TRAD, (ch, i) => [ch, SIMP[i] ?? ch] as const),
);

const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g;
const TILDES = /[\u301c\u223c]/g;

/**
 * Normalise a piece of plan wording: NFKC (full-width digits and punctuation → ASCII),
 * dashes and tildes unified, ≧/≦ → ≥/≤, traditional → simplified for the characters above,
 * whitespace removed (kept only between two ASCII letters), thousands separators removed
 * ("1,000" → "1000"), trimmed.
 */
export function normalizeWording(text: string): string {
  let s = text.normalize('NFKC');
  s = s.replace(DASHES, '-').replace(TILDES, '~').replace(/≧/g, '≥').replace(/≦/g, '≤');
  s = Array.from(s, (ch) => TRAD_TO_SIMP.get(ch) ?? ch).join('');
  s = s.replace(/\s+/g, ' ').trim();
  s = s.replace(/ /g, (_m, offset: number, whole: string) =>
    /[A-Za-z]/.test(whole[offset - 1] ?? '') && /[A-Za-z]/.test(whole[offset + 1] ?? '') ? ' ' : '',
  );
  return s.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
}

/** Canonical indicator names and their aliases (compared after normalisation). */
const ALIASES: Record<string, string[]> = {
  研发经费投入强度: [
    '研究与试验发展经费投入强度',
    '研究和试验发展经费投入强度',
    '全社会研发经费投入强度',
    'R&D经费投入强度',
    '研发投入强度',
    '研发经费强度',
  ],
  规上工业增加值: ['规模以上工业增加值', '规模以上工业企业增加值', '规上工业企业增加值'],
  社会消费品零售总额: ['社零', '社零总额', '社会消费品零售额', '全社会消费品零售总额'],
  地区生产总值: ['GDP', '生产总值', '地区生产总值(GDP)', '全市生产总值'],
  一般公共预算收入: ['地方一般公共预算收入', '一般预算收入', '公共财政预算收入'],
  固定资产投资: ['全社会固定资产投资', '固定资产投资额', '固投'],
  进出口总额: ['外贸进出口总额', '进出口', '外贸进出口'],
  居民消费价格涨幅: ['CPI', 'CPI涨幅', '居民消费价格指数', '居民消费价格指数涨幅', '物价涨幅'],
  城镇调查失业率: ['调查失业率', '城镇登记失业率'],
  城镇新增就业: ['城镇新增就业人数', '新增城镇就业'],
  居民人均可支配收入: ['人均可支配收入', '居民收入'],
  单位地区生产总值能耗: ['单位GDP能耗', '万元GDP能耗', '单位生产总值能耗', '万元生产总值能耗'],
  新增规上企业: ['新增规模以上企业', '新增规上工业企业', '新增规模以上工业企业'],
};

const ALIAS_INDEX: Map<string, string> = new Map(
  Object.entries(ALIASES).flatMap(([canonical, aliases]) => [
    [canonical, canonical] as const,
    ...aliases.map((a) => [a.toUpperCase(), canonical] as const),
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
 * 全年) is dropped. `indicatorNames` lists names joined by 、 (trailing 等/均/都 removed).
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
  name = name.replace(/[,:;、]+$/, '').replace(/(等|均|都)$/, '');
  const indicatorNames = name
    .split(/[、,;]/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
  return { indicatorName: name || null, indicatorNames, targetText: target };
}

const LEVELS_RE = '(国家(?:及|和|与|、)?省|国家|省|市|上级)';
const CONTROL_RES = [
  new RegExp(`${LEVELS_RE}级?(?:控|定|下达的?|考核)的?(?:控制)?(?:目标|任务|指标|要求|计划|值)`),
  new RegExp(`(?:完成|达到|符合|满足|落实)${LEVELS_RE}级?的?(?:目标|任务|指标|要求|标准|计划)`),
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
  if (who === '上级') levels.push('higher');
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
