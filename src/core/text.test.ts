import { describe, expect, it } from 'vitest';
import { fileNameProblem, normalizeText, textProblem } from './text';

describe('textProblem', () => {
  const single = { multiline: false };
  const multi = { multiline: true };
  it('accepts ordinary Chinese, English and emoji (a surrogate pair)', () => {
    expect(textProblem('焦作市 GDP 增长 6.5% 😀', single)).toBeNull();
  });
  it('refuses NUL, lone surrogates and control characters', () => {
    expect(textProblem('a\u0000b', multi)).toBe('不能包含空字符（NUL）');
    expect(textProblem('\ud800', single)).toContain('无法识别的字符');
    expect(textProblem('x\udc00', single)).toContain('无法识别的字符');
    expect(textProblem('\ud83d', single)).toContain('无法识别的字符');
    expect(textProblem('a\u0007', multi)).toBe('不能包含控制字符');
    expect(textProblem('a\u009b', multi)).toBe('不能包含控制字符');
    expect(textProblem('abc\u202efdp.exe', single)).toBe('不能包含文字方向控制字符');
  });
  it('allows line breaks and tabs only in multi-line fields', () => {
    expect(textProblem('第一行\n第二行\r\n\t第三行', multi)).toBeNull();
    expect(textProblem('第一行\n第二行', single)).toBe('不能换行');
    expect(textProblem('a\tb', single)).toBe('不能包含控制字符');
  });
});

describe('normalizeText and file names', () => {
  it('composes to NFC', () => {
    expect(normalizeText('e\u0301')).toBe('\u00e9');
  });
  it('limits file names to 200 characters and refuses NUL', () => {
    expect(fileNameProblem('报告.pdf')).toBeNull();
    expect(fileNameProblem('a\u0000.pdf')).toBe('文件名不能包含空字符（NUL）');
    expect(fileNameProblem('长'.repeat(197) + '.pdf')).toBe('文件名不能超过 200 个字符');
  });
});
