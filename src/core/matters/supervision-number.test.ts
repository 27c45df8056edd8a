import { describe, expect, it } from 'vitest';
import {
  formatNoticeNumber,
  normalizeNoticeNumber,
  parseNoticeNumber,
  validateNoticeNumber,
} from './supervision-number';

describe('supervision notice numbers', () => {
  it('formats in the official style', () => {
    expect(formatNoticeNumber({ prefix: '焦督', year: 2026, seq: 15 })).toBe('焦督〔2026〕15号');
    expect(formatNoticeNumber({ prefix: '焦政督', year: 2025, seq: 1 })).toBe('焦政督〔2025〕1号');
  });

  it('parses back', () => {
    expect(parseNoticeNumber('焦督〔2026〕15号')).toEqual({ prefix: '焦督', year: 2026, seq: 15 });
    const parts = { prefix: '焦督', year: 2026, seq: 123 };
    expect(parseNoticeNumber(formatNoticeNumber(parts))).toEqual(parts);
  });

  it('accepts common bracket variants and spaces', () => {
    for (const s of [
      '焦督[2026]15号',
      '焦督【2026】15号',
      ' 焦督（2026）15 号 ',
      '焦督(2026)015号',
    ]) {
      expect(normalizeNoticeNumber(s)).toBe('焦督〔2026〕15号');
    }
  });

  it('rejects what is not a notice number', () => {
    for (const s of [
      '焦督2026-15',
      '〔2026〕15号',
      '焦督〔26〕15号',
      '焦督〔2026〕0号',
      '焦督〔2026〕号',
    ]) {
      expect(parseNoticeNumber(s)).toBeNull();
    }
    expect(normalizeNoticeNumber('abc')).toBeNull();
  });

  it('refuses to format invalid parts, in Chinese', () => {
    expect(() => formatNoticeNumber({ prefix: '焦督', year: 2026, seq: 0 })).toThrow(
      '文号序号必须是 1 到 999999 之间的整数',
    );
    expect(validateNoticeNumber({ prefix: '', year: 26, seq: 1.5 })).toEqual([
      '文号前缀必须是 1 到 20 个汉字或字母，例如"焦督"',
      '文号年份必须是四位数的年份',
      '文号序号必须是 1 到 999999 之间的整数',
    ]);
  });
});
