import { pinyin } from 'pinyin-pro';

/** Full pinyin without tones ('jiaozuoshi') and initials ('jzs'), for search and sorting. */
export function pinyinKeys(name: string): { full: string; initials: string } {
  const full = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/\s+/g, '');
  const initials = pinyin(name, {
    pattern: 'first',
    toneType: 'none',
    type: 'array',
    nonZh: 'consecutive',
  })
    .join('')
    .toLowerCase()
    .replace(/\s+/g, '');
  return { full, initials };
}

/** Compare Chinese names by pinyin (the database collation is C, so sorting happens here). */
export function comparePinyin(a: string, b: string): number {
  const ka = pinyinKeys(a).full;
  const kb = pinyinKeys(b).full;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
