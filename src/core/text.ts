// Text that reaches the database must be exactly what PostgreSQL stores and what the audit
// hash was computed over. PostgreSQL refuses NUL, and a lone UTF-16 surrogate cannot be
// encoded as UTF-8 (it would be stored as U+FFFD, so a hash over the JS string no longer
// matches the stored row). Such text is refused at the edge, never repaired silently.

/** Lines in multi-line fields may be separated by \n (or \r\n) and indented by \t. */
const MULTILINE_ALLOWED = new Set([0x09, 0x0a, 0x0d]);

/** Why `text` is refused (Chinese, to follow a field label), or null when it is acceptable. */
export function textProblem(text: string, opts: { multiline: boolean }): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return '不能包含空字符（NUL）';
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return '包含无法识别的字符（不成对的代理字符）';
    }
    if (c >= 0xdc00 && c <= 0xdfff) return '包含无法识别的字符（不成对的代理字符）';
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      if (opts.multiline && MULTILINE_ALLOWED.has(c)) continue;
      return c === 0x0a || c === 0x0d ? '不能换行' : '不能包含控制字符';
    }
    // Bidirectional overrides can make a file name or a summary read differently from what
    // it is (e.g. "exe.pdf" shown as "fdp.exe"); no office text needs them.
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      return '不能包含文字方向控制字符';
    }
  }
  return null;
}

/** NFC, so "é" typed two ways is one string in searches, uniqueness checks and hashes. */
export function normalizeText(text: string): string {
  return text.normalize('NFC');
}

export const FILE_NAME_MAX = 200;

/** A refused upload file name's problem in Chinese, or null. */
export function fileNameProblem(name: string): string | null {
  if (name.trim() === '') return '文件名不能为空';
  const p = textProblem(name, { multiline: false });
  if (p) return `文件名${p}`;
  if ([...name].length > FILE_NAME_MAX) return `文件名不能超过 ${FILE_NAME_MAX} 个字符`;
  return null;
}
