import { describe, expect, it } from 'vitest';
import { compare, judgeTarget, type JudgeInput } from './judge';
import { parseTargetWording } from './wording';

function verdict(
  text: string,
  actual: number | null,
  extra: Partial<Omit<JudgeInput, 'parsed' | 'actual'>> = {},
) {
  return judgeTarget({
    parsed: parseTargetWording(text),
    actual,
    direction: 'higher_better',
    ...extra,
  }).verdict;
}

describe('compare', () => {
  it('treats float noise as equal', () => {
    expect(compare(2.0, 'gte', 2)).toBe(true);
    expect(compare(0.1 + 0.2, 'lte', 0.3)).toBe(true);
    expect(compare(0.1 + 0.2, 'gt', 0.3)).toBe(false);
    expect(compare(7.5, 'gte', 8 - 0.5)).toBe(true);
  });
});

describe('judgeTarget: required cases', () => {
  it('增长8%左右: 7.6 is met, 7.4 is not (default tolerance 0.5)', () => {
    expect(verdict('增长8%左右', 7.6)).toBe('met');
    expect(verdict('增长8%左右', 7.4)).toBe('not_met');
  });
  it('includes both ends of 左右', () => {
    expect(verdict('地区生产总值增长8%左右', 7.5)).toBe('met');
    expect(verdict('地区生产总值增长8%左右', 8.5)).toBe('met');
    expect(verdict('地区生产总值增长8%左右', 8.6)).toBe('not_met');
  });
  it('uses a configured tolerance', () => {
    expect(verdict('增长8%左右', 7.4, { tolerance: 1 })).toBe('met');
    expect(verdict('增长8%左右', 7.6, { tolerance: 0.2 })).toBe('not_met');
  });
  it('2%以上 with 2.0 is met', () => {
    expect(verdict('研发经费投入强度2%以上', 2.0)).toBe('met');
    expect(verdict('研发经费投入强度2%以上', 1.99)).toBe('not_met');
  });
  it('超过5 with 5 is not met, 5.01 is', () => {
    expect(verdict('超过5', 5)).toBe('not_met');
    expect(verdict('超过5', 5.01)).toBe('met');
  });
  it('不满5 with 5 is not met, 4.99 is', () => {
    expect(verdict('不满5', 5)).toBe('not_met');
    expect(verdict('不满5', 4.99)).toBe('met');
  });
  it('5%-8% includes both ends', () => {
    expect(verdict('5%-8%', 8)).toBe('met');
    expect(verdict('5%-8%', 5)).toBe('met');
    expect(verdict('5%-8%', 8.01)).toBe('not_met');
    expect(verdict('5%-8%', 4.9)).toBe('not_met');
  });
  it('gibberish needs a person', () => {
    const j = judgeTarget({
      parsed: parseTargetWording('啊啊啊abc'),
      actual: 3,
      direction: 'higher_better',
    });
    expect(j.verdict).toBe('needs_person');
    expect(j.detail).toMatch(/无法识别/);
  });
});

describe('judgeTarget: every comparator', () => {
  it.each([
    ['5以上', 5, 'met'],
    ['不低于5', 4.9, 'not_met'],
    ['达到5', 5, 'met'],
    ['5以下', 5, 'met'],
    ['5以内', 5.1, 'not_met'],
    ['不超过5', 5, 'met'],
    ['控制在5.5%', 5.5, 'met'],
    ['控制在5.5%以内', 5.6, 'not_met'],
    ['低于5', 5, 'not_met'],
    ['突破100亿元', 100, 'not_met'],
    ['突破100亿元', 100.1, 'met'],
    ['保持正增长', 0, 'not_met'],
    ['保持正增长', 0.1, 'met'],
    ['与上年基本持平', -0.5, 'met'],
    ['与上年基本持平', 0.6, 'not_met'],
    ['稳定在90%以上', 90, 'met'],
    ['控制在3%左右', 3.5, 'met'],
    ['单位GDP能耗下降3%以上', -3, 'met'],
    ['单位GDP能耗下降3%以上', -2.9, 'not_met'],
  ] as const)('%s with %d → %s', (text, actual, expected) => {
    expect(verdict(text, actual)).toBe(expected);
  });
});

describe('judgeTarget: implicit numbers honour direction', () => {
  it('higher is better: at least the number', () => {
    expect(verdict('城镇新增就业7.7万人', 7.7)).toBe('met');
    expect(verdict('城镇新增就业7.7万人', 7.6)).toBe('not_met');
    expect(verdict('新增规上企业450家', 451)).toBe('met');
    expect(verdict('规上工业增加值增长9.5%', 9.4)).toBe('not_met');
  });
  it('lower is better: at most the number', () => {
    const lower = { direction: 'lower_better' } as const;
    expect(verdict('CPI涨幅3%', 2.8, lower)).toBe('met');
    expect(verdict('CPI涨幅3%', 3.1, lower)).toBe('not_met');
  });
  it('a bare decrease is always ≤', () => {
    expect(verdict('单位GDP能耗下降3%', -3.2)).toBe('met');
    expect(verdict('单位GDP能耗下降3%', -3.2, { direction: 'lower_better' })).toBe('met');
    expect(verdict('单位GDP能耗下降3%', -2)).toBe('not_met');
  });
  it('says in the detail how it read the number', () => {
    const j = judgeTarget({
      parsed: parseTargetWording('城镇新增就业7.7万人'),
      actual: 8,
      direction: 'higher_better',
    });
    expect(j.detail).toContain('越高越好');
    expect(j.detail).toContain('已达标');
  });
});

describe('judgeTarget: control and reference values', () => {
  it('waits for the control value, then compares in the indicator direction', () => {
    expect(verdict('完成省控目标', 5.2)).toBe('awaiting_control_value');
    expect(verdict('完成省控目标', 5.2, { controlValue: null })).toBe('awaiting_control_value');
    const unemployment = { direction: 'lower_better', controlValue: 5.5 } as const;
    expect(verdict('完成省控目标', 5.2, unemployment)).toBe('met');
    expect(verdict('完成省控目标', 5.5, unemployment)).toBe('met');
    expect(verdict('完成省控目标', 5.6, unemployment)).toBe('not_met');
    expect(verdict('完成市控目标', 5.6, { controlValue: 5.5 })).toBe('met');
    expect(verdict('完成省控目标', null, unemployment)).toBe('no_data');
  });
  it('waits for reference values, then needs to beat each', () => {
    const text = '高于全国、全省平均水平';
    expect(verdict(text, 6)).toBe('awaiting_reference_value');
    expect(verdict(text, 6, { referenceValue: [5.2, null] })).toBe('awaiting_reference_value');
    expect(verdict(text, 6, { referenceValue: [5.2, 5.8] })).toBe('met');
    expect(verdict(text, 5.8, { referenceValue: [5.2, 5.8] })).toBe('not_met');
    expect(verdict('高于全省平均水平', 6, { referenceValue: 5.9 })).toBe('met');
  });
});

describe('judgeTarget: people and missing data', () => {
  it('qualitative targets need a person with a reason', () => {
    const j = judgeTarget({
      parsed: parseTargetWording('进出口总额保持平稳增长'),
      actual: 3,
      direction: 'higher_better',
    });
    expect(j).toEqual({
      verdict: 'needs_person',
      detail: '定性目标，需人工判定并写明理由',
      detailEn: 'qualitative target: a person judges it and gives the reason',
    });
    expect(verdict('居民收入与经济增长协调同步', null)).toBe('needs_person');
  });
  it('says the same in English for the English pages, with no Chinese left', () => {
    const cases: [string, number | null, string][] = [
      ['增长8%左右', 9, 'actual 9%, target'],
      ['增长8%左右', 8.2, ': met'],
      ['完成省下达的节能降耗任务', 1, 'awaiting the province control value'],
      ['高于全省平均水平', 6, 'awaiting the reference average'],
      ['进出口总额保持平稳增长', 3, 'qualitative target'],
      ['增长8%左右', null, 'no actual value yet'],
    ];
    for (const [wording, actual, english] of cases) {
      const j = judgeTarget({
        parsed: parseTargetWording(wording),
        actual,
        direction: 'higher_better',
      });
      expect(j.detailEn, wording).toContain(english);
      expect(j.detailEn, wording).not.toMatch(/[\u3400-\u9fff]/);
    }
    const above = judgeTarget({
      parsed: parseTargetWording('增长8%左右'),
      actual: 9,
      direction: 'higher_better',
    });
    expect(above.detailEn).toMatch(/: not met \(above the upper limit "about" allows\)$/);
  });
  it('no actual value is no_data', () => {
    expect(verdict('增长8%左右', null)).toBe('no_data');
    expect(verdict('增长8%左右', Number.NaN)).toBe('no_data');
  });
  it('左右 in a non-percentage unit needs a tolerance or a person', () => {
    expect(verdict('新增就业5万人左右', 5.2)).toBe('needs_person');
    expect(verdict('新增就业5万人左右', 5.2, { tolerance: 0.3 })).toBe('met');
  });
  it('explains a miss above the 左右 band', () => {
    const j = judgeTarget({
      parsed: parseTargetWording('增长8%左右'),
      actual: 9,
      direction: 'higher_better',
    });
    expect(j.verdict).toBe('not_met');
    expect(j.detail).toContain('上限');
  });
});
