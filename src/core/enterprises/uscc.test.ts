import { describe, expect, it } from 'vitest';
import { composeUscc, orgCodeCheck, usccCheck, validateUscc } from './uscc';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts published codes of real organisations', () => {
    for (const code of ['91350100M000100Y43', '91110000600037341L', '91440300708461136T']) {
      expect(validateUscc(code)).toEqual({ ok: true, code });
    }
  });

  it('accepts lower case and surrounding spaces, answering the upper-case code', () => {
    expect(validateUscc(' 91350100m000100y43 ')).toEqual({ ok: true, code: '91350100M000100Y43' });
  });

  it('computes codes from their parts that validate', () => {
    const code = composeUscc('91', '410825', 'MA3XK7L0');
    expect(code).toBe('91410825MA3XK7L047');
    expect(validateUscc(code).ok).toBe(true);
  });

  it('computes the organisation-code check, X for 10 and 0 for 11 (GB 11714)', () => {
    expect(orgCodeCheck('M000100Y')).toBe('4');
    expect(orgCodeCheck('70846113')).toBe('6');
    // Search bodies giving 10 and 11 and check their mapping.
    const bodies = Array.from({ length: 200 }, (_, i) => String(10000000 + i * 37));
    const x = bodies.find((b) => orgCodeCheck(b) === 'X');
    const zero = bodies.find((b) => orgCodeCheck(b) === '0');
    expect(x).toBeDefined();
    expect(zero).toBeDefined();
    expect(validateUscc(composeUscc('91', '410800', x!)).ok).toBe(true);
  });

  it('says the check character should be X when it should', () => {
    // Find a code whose 18th character is X and type a wrong one.
    let code = '';
    for (let i = 0; i < 5000 && !code; i++) {
      const c = composeUscc('91', '410823', String(20000000 + i));
      if (c.endsWith('X')) code = c;
    }
    expect(code).not.toBe('');
    const wrong = code.slice(0, 17) + '0';
    expect(validateUscc(wrong)).toMatchObject({
      ok: false,
      position: 18,
      messageZh: expect.stringContaining('第 18 位（校验码）应为“X”，当前为“0”'),
    });
  });

  it('names the wrong check character', () => {
    expect(validateUscc('91350100M000100Y44')).toMatchObject({
      ok: false,
      position: 18,
      messageZh: '统一社会信用代码第 18 位（校验码）应为“3”，当前为“4”，请核对',
    });
  });

  it('names the position of a character outside the set, I O Z S V included', () => {
    expect(validateUscc('91350100M000100I43')).toMatchObject({ ok: false, position: 16 });
    expect((validateUscc('91350100M000100I43') as { messageZh: string }).messageZh).toBe(
      '统一社会信用代码第 16 位“I”不是允许的字符（代码中不使用字母 I、O、Z、S、V）',
    );
    expect(validateUscc('9135010-M000100Y43')).toMatchObject({ ok: false, position: 8 });
  });

  it('refuses a letter in the division code', () => {
    expect(validateUscc('9135A100M000100Y43')).toMatchObject({
      ok: false,
      position: 5,
      messageZh: expect.stringContaining('应为数字'),
    });
  });

  it('refuses a wrong organisation-code check character at position 17', () => {
    expect(validateUscc('91350100M000100Y53')).toMatchObject({
      ok: false,
      position: 17,
      messageZh: '统一社会信用代码第 17 位（组织机构代码校验码）应为“4”，当前为“5”',
    });
  });

  it('refuses a single changed character anywhere (a transposed digit)', () => {
    const good = '91440300708461136T';
    const swapped = '91440300780461136T';
    expect(validateUscc(swapped).ok).toBe(false);
    expect(validateUscc(good.slice(0, 10) + '9' + good.slice(11)).ok).toBe(false);
  });

  it('refuses a wrong length, saying how long it is', () => {
    expect(validateUscc('9135010')).toEqual({
      ok: false,
      messageZh: '统一社会信用代码应为 18 位，当前为 7 位',
    });
    expect(validateUscc('')).toMatchObject({ ok: false });
  });

  it('maps a check value of 0 to 0 and 30 to Y', () => {
    const values = new Set<string>();
    for (let i = 0; i < 3000; i++) values.add(usccCheck('91410800' + String(30000000 + i) + '0'));
    expect(values.has('0')).toBe(true);
    expect(values.has('Y')).toBe(true);
    expect([...values].every((c) => '0123456789ABCDEFGHJKLMNPQRTUWXY'.includes(c))).toBe(true);
  });
});
