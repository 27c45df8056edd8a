// 统一社会信用代码 (unified social credit code), GB 32100-2015.
//   position 1     登记管理部门码 (registration authority)
//   position 2     机构类别码 (kind of organisation)
//   positions 3-8  登记管理机关行政区划码 (GB/T 2260 division code, digits)
//   positions 9-17 主体标识码 = the 9-character organisation code of GB 11714, whose 9th
//                  character (USCC position 17) is its own check character
//   position 18    校验码: 31 - (Σ value(Ci) × Wi mod 31), weights Wi = 3^(i-1) mod 31
// Characters come from 0-9 and the capitals without I, O, Z, S, V (31 symbols).

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714: weights of the 8 body characters of an organisation code. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccResult =
  { ok: true; code: string } | { ok: false; messageZh: string; position?: number };

/** Value of an organisation-code character in GB 11714: digits 0-9, letters A=10 … Z=35. */
function orgValue(c: string): number {
  return /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
}

/** The GB 11714 check character for the first 8 characters of an organisation code. */
export function orgCodeCheck(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgValue(body8[i]!) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** The GB 32100 check character (position 18) for the first 17 characters. */
export function usccCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  const c = (31 - (sum % 31)) % 31;
  return USCC_CHARSET[c]!;
}

/**
 * Builds a valid code from its parts (demo data, tests): registration authority and kind
 * (e.g. '91'), the 6-digit division code and the 8-character organisation-code body.
 */
export function composeUscc(prefix2: string, division6: string, orgBody8: string): string {
  const first17 = prefix2 + division6 + orgBody8 + orgCodeCheck(orgBody8);
  return first17 + usccCheck(first17);
}

/**
 * Validates a code and says in Chinese what is wrong: which character (1-based position) is
 * not allowed, or which check character was expected. Lower case is accepted and upper-cased.
 */
export function validateUscc(input: string): UsccResult {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) {
    return { ok: false, messageZh: `统一社会信用代码应为 18 位，当前为 ${code.length} 位` };
  }
  for (let i = 0; i < 18; i++) {
    const c = code[i]!;
    if (!USCC_CHARSET.includes(c)) {
      const hint = 'IOZSV'.includes(c) ? `（代码中不使用字母 I、O、Z、S、V）` : '';
      return {
        ok: false,
        position: i + 1,
        messageZh: `统一社会信用代码第 ${i + 1} 位“${c}”不是允许的字符${hint}`,
      };
    }
  }
  for (let i = 2; i < 8; i++) {
    if (!/\d/.test(code[i]!)) {
      return {
        ok: false,
        position: i + 1,
        messageZh: `统一社会信用代码第 ${i + 1} 位“${code[i]}”应为数字（第 3–8 位是行政区划码）`,
      };
    }
  }
  const org = orgCodeCheck(code.slice(8, 16));
  if (code[16] !== org) {
    return {
      ok: false,
      position: 17,
      messageZh: `统一社会信用代码第 17 位（组织机构代码校验码）应为“${org}”，当前为“${code[16]}”`,
    };
  }
  const check = usccCheck(code.slice(0, 17));
  if (code[17] !== check) {
    return {
      ok: false,
      position: 18,
      messageZh: `统一社会信用代码第 18 位（校验码）应为“${check}”，当前为“${code[17]}”，请核对`,
    };
  }
  return { ok: true, code };
}
