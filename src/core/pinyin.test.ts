import { describe, expect, it } from 'vitest';
import { comparePinyin, pinyinKeys } from './pinyin';

describe('pinyin keys', () => {
  it('gives full pinyin and initials so typing mz finds 孟州市', () => {
    expect(pinyinKeys('孟州市')).toEqual({ full: 'mengzhoushi', initials: 'mzs' });
    expect(pinyinKeys('焦作市').initials).toBe('jzs');
  });
  it('sorts by pinyin, not by code point', () => {
    const names = ['温县', '博爱县', '孟州市', '解放区'];
    expect([...names].sort(comparePinyin)).toEqual(['博爱县', '解放区', '孟州市', '温县']);
  });
});
