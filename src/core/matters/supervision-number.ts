// Document numbers of supervision notices (督办单), e.g. 焦督〔2026〕15号: an issuing-office
// prefix, the year in hexagonal brackets 〔〕, and the sequence with 号. Per the official
// document format (GB/T 9704) the sequence has no leading zeros.

export type NoticeNumber = { prefix: string; year: number; seq: number };

const PREFIX_RE = /^[\p{Script=Han}A-Za-z]{1,20}$/u;
// Parsing is lenient about the brackets people type instead of 〔〕 and about spaces.
const PARSE_RE =
  /^\s*([\p{Script=Han}A-Za-z]{1,20})\s*[〔[【(（]\s*(\d{4})\s*[〕\]】)）]\s*(\d{1,6})\s*号\s*$/u;

/** Checks the parts of a notice number; returns Chinese messages, empty when valid. */
export function validateNoticeNumber(parts: NoticeNumber): string[] {
  const errors: string[] = [];
  if (!PREFIX_RE.test(parts.prefix)) {
    errors.push('文号前缀必须是 1 到 20 个汉字或字母，例如"焦督"');
  }
  if (!Number.isInteger(parts.year) || parts.year < 1949 || parts.year > 9999) {
    errors.push('文号年份必须是四位数的年份');
  }
  if (!Number.isInteger(parts.seq) || parts.seq < 1 || parts.seq > 999_999) {
    errors.push('文号序号必须是 1 到 999999 之间的整数');
  }
  return errors;
}

/** formatNoticeNumber({ prefix: '焦督', year: 2026, seq: 15 }) → '焦督〔2026〕15号'. */
export function formatNoticeNumber(parts: NoticeNumber): string {
  const errors = validateNoticeNumber(parts);
  if (errors.length > 0) throw new RangeError(errors.join('；'));
  return `${parts.prefix}〔${parts.year}〕${parts.seq}号`;
}

/** Parses '焦督〔2026〕15号' (also with [] 【】 () （） brackets); null when it is not one. */
export function parseNoticeNumber(text: string): NoticeNumber | null {
  const m = PARSE_RE.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return null;
  const parts: NoticeNumber = { prefix: m[1], year: Number(m[2]), seq: Number(m[3]) };
  return validateNoticeNumber(parts).length === 0 ? parts : null;
}

/** Rewrites a loosely typed number in the official form, or null when it cannot be parsed. */
export function normalizeNoticeNumber(text: string): string | null {
  const parts = parseNoticeNumber(text);
  return parts ? formatNoticeNumber(parts) : null;
}
