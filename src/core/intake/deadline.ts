// Deadlines written in the words of a report: 年底前 → 12-31 of the plan year, 一季度 → 03-31,
// 上半年 / 6月底 → 06-30, 全年 / 年内 → 12-31, 9月15日前, 到2035年 → 2035-12-31. A sentence
// with none of these gets the deadline rule (13710) when it is assigned.
import { daysInMonth, makeDate, type IsoDate } from '../dates';

export interface WordedDeadline {
  due: IsoDate;
  /** Offsets of the words in the sentence (relative to the sentence). */
  start: number;
  end: number;
  words: string;
  /** A year other than the plan year (到2035年): a long-range aim, not a task deadline. */
  longRange: boolean;
}

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};

function monthNumber(s: string): number | null {
  const n = /^\d+$/.test(s) ? Number(s) : (CN_DIGITS[s] ?? null);
  return n !== null && n >= 1 && n <= 12 ? n : null;
}

const monthEnd = (year: number, month: number) => makeDate(year, month, daysInMonth(year, month));

type Rule = { re: RegExp; due: (m: RegExpExecArray, year: number) => IsoDate | null };

// Order matters: the most specific wording first.
const RULES: Rule[] = [
  {
    re: /(?:到|至|于)?(20\d\d)年(?:底|末|前|年底)?(?:前)?/,
    due: (m) => makeDate(Number(m[1]), 12, 31),
  },
  {
    re: /([1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月(?:份)?([1-9]|[12]\d|3[01])日(?:前|之前)?/,
    due: (m, y) => {
      const month = monthNumber(m[1]!);
      const day = Number(m[2]);
      return month && day <= daysInMonth(y, month) ? makeDate(y, month, day) : null;
    },
  },
  {
    re: /([1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月(?:底|末|份|前|中旬|上旬|下旬)(?:前|之前)?/,
    due: (m, y) => {
      const month = monthNumber(m[1]!);
      return month ? monthEnd(y, month) : null;
    },
  },
  {
    re: /(?:第)?([一二三四1-4])季度(?:末|底)?(?:前)?/,
    due: (m, y) => {
      const q = monthNumber(m[1]!);
      return q && q <= 4 ? monthEnd(y, q * 3) : null;
    },
  },
  { re: /上半年/, due: (_m, y) => makeDate(y, 6, 30) },
  { re: /下半年/, due: (_m, y) => makeDate(y, 12, 31) },
  { re: /年底前|年底|年末|年内|全年|今年|本年度|年度内/, due: (_m, y) => makeDate(y, 12, 31) },
  { re: /明年/, due: (_m, y) => makeDate(y + 1, 12, 31) },
];

/** The first deadline the sentence words, or null. `planYear` is the year the report plans. */
export function readDeadline(sentence: string, planYear: number): WordedDeadline | null {
  let best: WordedDeadline | null = null;
  for (const rule of RULES) {
    const m = rule.re.exec(sentence);
    if (!m) continue;
    // 20XX年 needs a deadline word near it: 2021年 in a look back is not a deadline.
    if (rule === RULES[0] && !/到|至|于|底|末|前/.test(m[0])) continue;
    const due = rule.due(m, planYear);
    if (!due) continue;
    const found = {
      due,
      start: m.index,
      end: m.index + m[0].length,
      words: m[0],
      longRange: Number(due.slice(0, 4)) !== planYear,
    };
    // Prefer the earliest words in the sentence; ties go to the more specific rule.
    if (!best || found.start < best.start) best = found;
  }
  return best;
}
