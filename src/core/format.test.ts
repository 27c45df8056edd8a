import { describe, expect, it } from 'vitest';
import {
  formatDateZh,
  formatRate,
  formatRatio,
  formatWanToYi,
  roundHalfUp,
  toFixedHalfUp,
} from './format';

describe('formatDateZh', () => {
  it('writes 2026年3月15日', () => {
    expect(formatDateZh('2026-03-15')).toBe('2026年3月15日');
    expect(formatDateZh('2026-12-01T08:00:00+08:00')).toBe('2026年12月1日');
  });
  it('reads a Date in China Standard Time', () => {
    expect(formatDateZh(new Date('2026-03-14T16:30:00Z'))).toBe('2026年3月15日');
  });
  it('rejects invalid dates', () => {
    expect(() => formatDateZh('2026-02-30')).toThrow(RangeError);
    expect(() => formatDateZh('昨天')).toThrow(RangeError);
  });
});

describe('formatRate', () => {
  it.each([
    [0.9880952, '98.8%'],
    [0.445, '44.5%'],
    [83 / 84, '98.8%'],
    [40 / 91, '44.0%'],
    [82 / 103, '79.6%'],
    [91 / 91, '100.0%'],
    [1172 / 1398, '83.8%'],
    [0.575, '57.5%'],
    [0.00049, '0.0%'],
    [0.0005, '0.1%'],
    [1.474, '147.4%'],
    [0, '0.0%'],
    [-0.0004, '0.0%'],
    [-0.1235, '-12.4%'],
  ])('%d → %s', (ratio, text) => {
    expect(formatRate(ratio)).toBe(text);
  });
  it('shows missing values as a dash', () => {
    expect(formatRate(null)).toBe('—');
    expect(formatRate(Number.NaN)).toBe('—');
  });
  it('formats a ratio of counts', () => {
    expect(formatRatio(83, 84)).toBe('98.8%');
    expect(formatRatio(40, 91)).toBe('44.0%');
    expect(formatRatio(82, 103)).toBe('79.6%');
    expect(formatRatio(1, 0)).toBe('—');
  });
});

describe('formatWanToYi', () => {
  it('shows 亿元 with two decimals, half up', () => {
    expect(formatWanToYi(258000)).toBe('25.80');
    expect(formatWanToYi(12345)).toBe('1.23');
    expect(formatWanToYi(12350)).toBe('1.24');
    expect(formatWanToYi(50)).toBe('0.01');
    expect(formatWanToYi(49)).toBe('0.00');
    expect(formatWanToYi(0)).toBe('0.00');
    expect(formatWanToYi(null)).toBe('—');
  });
});

describe('roundHalfUp', () => {
  it('rounds the decimal digits half up', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(-2.5)).toBe(-3);
    expect(roundHalfUp(98.80952, 1)).toBe(98.8);
    expect(roundHalfUp(1.45, 1)).toBe(1.5);
    expect(roundHalfUp(1234.5678, 0)).toBe(1235);
    expect(roundHalfUp(1e-7, 2)).toBe(0);
    expect(roundHalfUp(1.5e21, 0)).toBe(1.5e21);
  });
  it('keeps trailing zeros in the string form', () => {
    expect(toFixedHalfUp(2, 2)).toBe('2.00');
    expect(toFixedHalfUp(0.995, 2)).toBe('1.00');
    expect(toFixedHalfUp(9.995, 2)).toBe('10.00');
  });
});
