import { describe, expect, it } from 'vitest';
import { canonicalIndicatorName, defaultDirection, normalizeWording } from './normalize';
import {
  describeParsed,
  matchTargetsToIndicators,
  parseMultiTargetWording,
  parseTargetWording,
  splitIndicatorAndTarget,
  type ParsedWording,
} from './wording';

function numeric(text: string) {
  const p = parseTargetWording(text);
  if (p.kind !== 'numeric') throw new Error(`${text} parsed as ${p.kind}`);
  return p;
}

describe('normalizeWording', () => {
  it('turns full-width digits and punctuation into ASCII', () => {
    expect(normalizeWording('增长８．５％以上，（含）')).toBe('增长8.5%以上,(含)');
    expect(normalizeWording('＞５')).toBe('>5');
  });
  it('collapses spaces inside numbers and around words', () => {
    expect(normalizeWording(' 增长 6 . 5 % 以上 ')).toBe('增长6.5%以上');
    expect(normalizeWording('1 000万元')).toBe('1000万元');
    expect(normalizeWording('1,000万元')).toBe('1000万元');
  });
  it('maps traditional characters used in plan wording', () => {
    expect(normalizeWording('達到 超過 不超過 低於 保持平穩增長 協調同步 完成省控目標')).toBe(
      '达到超过不超过低于保持平稳增长协调同步完成省控目标',
    );
  });
});

describe('canonicalIndicatorName', () => {
  it.each([
    ['研究与试验发展经费投入强度', '研发经费投入强度'],
    ['研究与试验发展（R&D）经费投入强度', '研发经费投入强度'],
    ['规模以上工业增加值', '规上工业增加值'],
    ['GDP', '地区生产总值'],
    ['地区生产总值（GDP）', '地区生产总值'],
    ['地区生产总值增速', '地区生产总值'],
    ['全社会固定资产投资', '固定资产投资'],
    ['社会消费品零售总额', '社会消费品零售总额'],
    ['地方一般公共预算收入', '一般公共预算收入'],
    ['規模以上工業增加值', '规上工业增加值'],
  ])('%s → %s', (name, canonical) => {
    expect(canonicalIndicatorName(name)).toBe(canonical);
  });
  it('returns unknown names normalised', () => {
    expect(canonicalIndicatorName(' 新增国家高新技术企业 ')).toBe('新增国家高新技术企业');
  });
  it('suggests lower-is-better for unemployment, CPI and energy use', () => {
    expect(defaultDirection('城镇调查失业率')).toBe('lower_better');
    expect(defaultDirection('CPI')).toBe('lower_better');
    expect(defaultDirection('单位GDP能耗')).toBe('lower_better');
    expect(defaultDirection('地区生产总值')).toBe('higher_better');
  });
});

describe('splitIndicatorAndTarget', () => {
  it.each([
    ['地区生产总值增长8%左右', '地区生产总值', '增长8%左右'],
    ['研发经费投入强度2%以上', '研发经费投入强度', '2%以上'],
    ['规上工业增加值增长9.5%', '规上工业增加值', '增长9.5%'],
    ['规模以上工业增加值增长8.5%以上', '规模以上工业增加值', '增长8.5%以上'],
    ['城镇新增就业7.7万人', '城镇新增就业', '7.7万人'],
    ['新增规上企业450家', '新增规上企业', '450家'],
    ['进出口总额保持平稳增长', '进出口总额', '保持平稳增长'],
    ['居民收入与经济增长协调同步', '居民收入', '与经济增长协调同步'],
    ['PM2.5平均浓度控制在40微克/立方米以内', 'PM2.5平均浓度', '控制在40微克/立方米以内'],
    ['2022年地区生产总值增长8%左右', '地区生产总值', '增长8%左右'],
    ['研发经费强度达2.5%以上', '研发经费强度', '达2.5%以上'],
  ])('%s', (text, name, target) => {
    const split = splitIndicatorAndTarget(normalizeWording(text));
    expect(split.indicatorName).toBe(name);
    expect(split.targetText).toBe(target);
  });
  it('lists several indicators joined by 、 and drops 等', () => {
    const split = splitIndicatorAndTarget('城镇调查失业率、节能减排、CPI涨幅等完成省控目标');
    expect(split.indicatorNames).toEqual(['城镇调查失业率', '节能减排', 'CPI涨幅']);
    expect(split.targetText).toBe('完成省控目标');
    expect(splitIndicatorAndTarget('完成省控目标').indicatorName).toBeNull();
  });
});

describe('parseTargetWording: the wording table', () => {
  it.each([
    ['5以上', 'gte'],
    ['不低于5', 'gte'],
    ['达到5', 'gte'],
    ['5以下', 'lte'],
    ['5以内', 'lte'],
    ['不超过5', 'lte'],
    ['控制在5', 'lte'],
    ['超过5', 'gt'],
    ['不满5', 'lt'],
    ['低于5', 'lt'],
    ['突破5', 'gt'],
    ['5左右', 'about'],
    ['控制在5以内', 'lte'],
    ['控制在5左右', 'about'],
    ['稳定在5以上', 'gte'],
  ] as const)('%s → %s 5', (text, comparator) => {
    const p = numeric(text);
    expect(p.comparator).toBe(comparator);
    expect(p.value).toBe(5);
    expect(p.implicit).toBeUndefined();
  });

  it('reads a bare number as an implicit level to reach', () => {
    expect(numeric('增长7%')).toMatchObject({ comparator: 'gte', value: 7, implicit: true });
    expect(numeric('城镇新增就业7.7万人')).toMatchObject({
      value: 7.7,
      unit: '万人',
      measure: 'level',
      implicit: true,
    });
    expect(numeric('稳定在90%')).toMatchObject({ value: 90, implicit: true });
  });

  it('reads 保持正增长 as growth > 0 and 与上年基本持平 as about 0', () => {
    expect(numeric('保持正增长')).toMatchObject({ comparator: 'gt', value: 0, measure: 'growth' });
    expect(numeric('与上年基本持平')).toMatchObject({ comparator: 'about', value: 0 });
  });

  it('reads ranges with both ends', () => {
    expect(numeric('5%-8%')).toMatchObject({ comparator: 'range', low: 5, high: 8, unit: '%' });
    expect(numeric('5至8')).toMatchObject({ comparator: 'range', low: 5, high: 8, unit: null });
    expect(numeric('增长7～8％')).toMatchObject({ low: 7, high: 8, unit: '%', measure: 'growth' });
  });

  it.each([
    ['进出口总额保持平稳增长'],
    ['居民收入与经济增长协调同步'],
    ['進出口總額保持平穩增長'],
    ['居民收入與經濟增長協調同步'],
  ])('%s is qualitative', (text) => {
    expect(parseTargetWording(text).kind).toBe('qualitative');
  });

  it.each([
    ['完成省控目标', 'province'],
    ['完成省控目標', 'province'],
    ['完成市控目标', 'city'],
    ['完成省下达目标', 'province'],
    ['完成国家及省定目标', 'province'],
    ['达到国家要求', 'national'],
    ['城镇调查失业率、节能减排、CPI涨幅等完成省控目标', 'province'],
  ])('%s waits for a control value (%s)', (text, level) => {
    expect(parseTargetWording(text)).toMatchObject({ kind: 'control', level });
  });

  it('keeps both levels of 国家及省', () => {
    expect(parseTargetWording('完成国家及省定目标')).toMatchObject({
      levels: ['national', 'province'],
    });
  });

  it('reads 高于全国、全省平均水平 as a reference comparison', () => {
    expect(parseTargetWording('高于全国、全省平均水平')).toMatchObject({
      kind: 'reference',
      reference: 'national_and_province_average',
      comparator: 'gt',
    });
    expect(parseTargetWording('高于全省平均水平')).toMatchObject({ reference: 'province_average' });
  });
});

describe('parseTargetWording: seed 001/002 phrases', () => {
  it.each([
    ['地区生产总值增长8%左右', 'about', 8, '%', 'growth'],
    ['研发经费投入强度2%以上', 'gte', 2, '%', 'level'],
    ['规上工业增加值增长8.5%以上', 'gte', 8.5, '%', 'growth'],
    ['固定资产投资增长10%以上', 'gte', 10, '%', 'growth'],
    ['社会消费品零售总额增长8.5%左右', 'about', 8.5, '%', 'growth'],
    ['一般公共预算收入增长5%以上', 'gte', 5, '%', 'growth'],
    ['规上工业增加值增长9.5%', 'gte', 9.5, '%', 'growth'],
    ['城镇新增就业7.7万人', 'gte', 7.7, '万人', 'level'],
    ['新增规上企业450家', 'gte', 450, '家', 'level'],
    ['研发经费强度达2.5%以上', 'gte', 2.5, '%', 'level'],
  ] as const)('%s', (text, comparator, value, unit, measure) => {
    expect(numeric(text)).toMatchObject({ comparator, value, unit, measure, text });
  });
});

describe('parseTargetWording: messy input', () => {
  it('handles full-width, stray spaces and traditional characters', () => {
    expect(numeric('地區生產總值增長８％左右')).toMatchObject({ comparator: 'about', value: 8 });
    expect(numeric('增长 6 . 5 ％ 以上')).toMatchObject({ comparator: 'gte', value: 6.5 });
    expect(numeric('增长6.5％以上，')).toMatchObject({ value: 6.5, unit: '%' });
    expect(numeric('不超過5%').comparator).toBe('lte');
    expect(numeric('超過5%').comparator).toBe('gt');
    expect(numeric('低於5%').comparator).toBe('lt');
    expect(numeric('達到5%').comparator).toBe('gte');
    expect(numeric('城鎮新增就業7.7萬人')).toMatchObject({ value: 7.7, unit: '万人' });
    expect(numeric('＞５％').comparator).toBe('gt');
  });
  it('keeps the original text', () => {
    expect(parseTargetWording(' 增长８％左右 ').text).toBe('增长８％左右');
  });
  it('reads long indicator names', () => {
    expect(numeric('研究与试验发展（R&D）经费投入强度2.5%以上')).toMatchObject({ value: 2.5 });
  });
  it('reads decreases as negative growth', () => {
    expect(numeric('单位GDP能耗下降3%以上')).toMatchObject({ comparator: 'lte', value: -3 });
    expect(numeric('单位GDP能耗下降3%')).toMatchObject({
      comparator: 'lte',
      value: -3,
      implicit: true,
      decrease: true,
    });
    expect(numeric('降至5%以下')).toMatchObject({ comparator: 'lte', value: 5, measure: 'level' });
  });
  it('reads units that stand before the qualifier', () => {
    expect(numeric('粮食产量稳定在30亿斤以上')).toMatchObject({ comparator: 'gte', unit: '亿斤' });
    expect(numeric('PM2.5浓度40微克/立方米以下')).toMatchObject({
      comparator: 'lte',
      value: 40,
      unit: '微克/立方米',
    });
  });
  it('honours (含) and (不含)', () => {
    expect(numeric('5%（含）以上').comparator).toBe('gte');
    expect(numeric('5%以上（不含5%）').comparator).toBe('gt');
  });
});

describe('parseTargetWording: unreadable', () => {
  it.each([
    ['啊啊啊abc'],
    [''],
    ['增长百分之八'],
    ['增长8%左右，力争9%'],
    ['完成年度目标'],
    ['规上工业增加值、固定资产投资分别增长7%、8%'],
    ['增长8%以上，完成省控目标'],
  ])('%j is unreadable with a Chinese reason', (text) => {
    const p = parseTargetWording(text);
    expect(p.kind).toBe('unreadable');
    if (p.kind === 'unreadable') expect(p.reason).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('parseMultiTargetWording', () => {
  it('reads 分别增长7%、8% in order', () => {
    const ps = parseMultiTargetWording('规上工业增加值、固定资产投资分别增长7%、8%');
    expect(ps).toHaveLength(2);
    expect(ps[0]).toMatchObject({ comparator: 'gte', value: 7, implicit: true, text: '增长7%' });
    expect(ps[1]).toMatchObject({ value: 8, measure: 'growth' });
    expect(parseMultiTargetWording('增长8%左右')).toHaveLength(1);
  });
  it('shares a trailing unit and qualifier', () => {
    const ps = parseMultiTargetWording('分别增长7、8%以上');
    expect(
      ps.map((p) => (p.kind === 'numeric' ? [p.comparator, p.value, p.unit] : p.kind)),
    ).toEqual([
      ['gte', 7, '%'],
      ['gte', 8, '%'],
    ]);
  });
  it('pairs indicators with values', () => {
    const pairs = matchTargetsToIndicators('规上工业增加值、固定资产投资分别增长7%、8%');
    expect(pairs.map((x) => x.indicatorName)).toEqual(['规上工业增加值', '固定资产投资']);
    expect(pairs.map((x) => (x.parsed.kind === 'numeric' ? x.parsed.value : null))).toEqual([7, 8]);
  });
  it('gives every indicator the value after 均', () => {
    const pairs = matchTargetsToIndicators('规上工业增加值、固定资产投资均增长7%');
    expect(pairs).toHaveLength(2);
    expect(pairs[1]?.parsed).toMatchObject({ value: 7 });
  });
  it('flags a count mismatch instead of guessing', () => {
    const pairs = matchTargetsToIndicators('规上工业增加值、固定资产投资分别增长7%、8%、9%');
    expect(pairs.every((x) => x.parsed.kind === 'unreadable')).toBe(true);
  });
});

describe('describeParsed', () => {
  const d = (text: string, locale: 'zh' | 'en' = 'zh') =>
    describeParsed(parseTargetWording(text), locale);
  it('explains each kind', () => {
    expect(d('研发经费投入强度2%以上')).toBe('≥ 2%');
    expect(d('增长8%左右')).toBe('增速 约 8%（±0.5）');
    expect(d('增长8%左右', 'en')).toBe('growth about 8% (±0.5)');
    expect(d('5%-8%')).toBe('5%–8%（含两端）');
    expect(d('保持平稳增长')).toBe('需人工判定（定性目标）');
    expect(d('完成上级下达目标')).toBe('待上级下达控制值');
    expect(d('完成省控目标')).toBe('待省级下达控制值');
    expect(d('城镇新增就业7.7万人')).toBe('达到 7.7万人');
    expect(d('高于全省平均水平')).toBe('> 全省平均水平（待录入参照值）');
    expect(d('啊啊啊')).toMatch(/^无法识别：/);
  });
  it('applies direction to a bare number when given', () => {
    const p: ParsedWording = parseTargetWording('CPI涨幅3%');
    expect(describeParsed(p, 'zh', { direction: 'lower_better' })).toBe('≤ 3%');
    expect(describeParsed(p, 'zh', { direction: 'higher_better' })).toBe('≥ 3%');
    expect(d('新增就业5万人左右')).toBe('约 5万人（容差待定）');
  });
});

describe('wordings met in other cities’ work reports (issue 9)', () => {
  it.each([
    ['完成年度考核目标', 'higher'],
    ['节能减排完成年度考核目标', 'higher'],
    ['完成上级下达的节能降耗任务', 'higher'],
    ['完成省下达的主要污染物排放总量减少目标', 'province'],
    ['完成市下达的粮食生产任务', 'city'],
  ])('%s is a control value set higher up (%s)', (text, level) => {
    const p = parseTargetWording(text);
    expect(p).toMatchObject({ kind: 'control', level });
    expect(describeParsed(p, 'zh')).toMatch(/^待.*下达控制值$/);
  });
  it('names the indicator inside 完成…下达的…目标', () => {
    expect(
      splitIndicatorAndTarget('完成省下达的主要污染物排放总量减少目标').indicatorNames,
    ).toEqual(['主要污染物排放总量']);
  });

  it('splits one name covering two indicators (城镇、农村…分别)', () => {
    const pairs = matchTargetsToIndicators('城镇、农村居民人均可支配收入分别增长6.5%、7.5%');
    expect(pairs.map((p) => p.indicatorName)).toEqual([
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
    ]);
    expect(pairs.map((p) => (p.parsed.kind === 'numeric' ? p.parsed.value : null))).toEqual([
      6.5, 7.5,
    ]);
  });
  it('splits A和B均… into two targets with the same comparator', () => {
    const pairs = matchTargetsToIndicators('城镇调查失业率和居民消费价格涨幅均控制在3%以内');
    expect(pairs.map((p) => p.indicatorName)).toEqual(['城镇调查失业率', '居民消费价格涨幅']);
    for (const p of pairs) expect(p.parsed).toMatchObject({ comparator: 'lte', value: 3 });
  });
  it('keeps 和 inside a known indicator name', () => {
    expect(
      splitIndicatorAndTarget('研究和试验发展经费投入强度均达到2%').indicatorNames,
    ).toEqual(['研究和试验发展经费投入强度']);
  });

  it.each(['地区生产总值增长9%以', '固定资产投资增长10%左', '城镇调查失业率控制在5.5%不'])(
    '%s (cut off in the source) goes to a person',
    (text) => {
      const p = parseTargetWording(text);
      expect(p.kind).toBe('unreadable');
      expect(p.kind === 'unreadable' && p.reason).toContain('截断');
    },
  );
  it('still reads complete wordings next to the cut ones', () => {
    expect(numeric('增长9%以上').comparator).toBe('gte');
    expect(numeric('增长8%左右').comparator).toBe('about');
  });

  it.each([
    ['进出口总额平稳', '进出口总额保持平稳增长'],
    ['居民收入持续', '居民收入持续增长'],
    ['固定资产投资继续', '固定资产投资继续增长10%'],
    ['规上工业增加值稳步', '规上工业增加值稳步增长8%'],
  ])('drops the adverb from the indicator name (%s)', (_bad, text) => {
    const { indicatorNames } = splitIndicatorAndTarget(normalizeWording(text));
    expect(indicatorNames[0]).not.toMatch(/平稳|持续|继续|稳步|保持$/);
  });
  it.each([
    ['经济增长', '地区生产总值'],
    ['经济', '地区生产总值'],
    ['全社会研发投入强度', '研发经费投入强度'],
    ['R&D投入强度', '研发经费投入强度'],
  ])('maps the short form %s to %s', (name, canonical) => {
    expect(canonicalIndicatorName(name)).toBe(canonical);
  });
  it('reads 经济增长7%左右 as the GDP target', () => {
    const [pair] = matchTargetsToIndicators('经济增长7%左右');
    expect(canonicalIndicatorName(pair?.indicatorName ?? '')).toBe('地区生产总值');
  });
  it('converts traditional characters the old table missed', () => {
    expect(normalizeWording('糧食產量穩定在30億斤以上，萬元生產總值能耗下降')).toBe(
      '粮食产量稳定在30亿斤以上,万元生产总值能耗下降',
    );
    expect(normalizeWording('歸屬於綜合類別鐵路運營里程')).toBe('归属于综合类别铁路运营里程');
  });
});
