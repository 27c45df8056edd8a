import type { Lang } from '../i18n';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };
const mon = (m: string) => MONTHS[Number(m) - 1] ?? m;

/**
 * The server words periods and dates one fixed way (core/targets/periods.periodLabel:
 * 2022年全年, 2022年1-6月, 2022年6月, 2022年第二季度; and 2026年11月30日). In English each of
 * those shapes is reworded wherever it occurs in the text; anything else is left as it is.
 */
export function localPeriod(text: string, lang: Lang): string {
  if (lang === 'zh' || !text) return text;
  return text
    .replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/g, (_, y, m, d) => `${d} ${mon(m)} ${y}`)
    .replace(/(\d{4})年全年/g, 'full year $1')
    .replace(/(\d{4})年1-(\d{1,2})月/g, (_, y, m) => `Jan–${mon(m)} ${y}`)
    .replace(/(\d{4})年第([一二三四])季度/g, (_, y, q) => `Q${QUARTERS[q]} ${y}`)
    .replace(/(\d{4})年(\d{1,2})月/g, (_, y, m) => `${mon(m)} ${y}`)
    .replace(/(\d{4})年/g, '$1');
}

/** A 'YYYY-MM' key read as the year to date through that month, in the interface language. */
export function yearToDate(key: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return key;
  const [, y, mm] = m;
  const month = Number(mm);
  if (lang === 'zh') return month === 1 ? `${y}年1月` : `${y}年1-${month}月`;
  return month === 1 ? `Jan ${y}` : `Jan–${mon(mm!)} ${y}`;
}
