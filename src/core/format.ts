/**
 * Formats people already use (shared/domain.md §8): dates 2026年3月15日, amounts in 亿元 with
 * two decimals, rates with one decimal. Rounding is half up (四舍五入; halves of negative
 * numbers go away from zero, as Excel's ROUND does) and is done on the decimal digits of the
 * number, not on binary floating point: 0.445 → 44.5%, 1.005 → 1.01, 0.575 → 57.5%.
 */

const MISSING = '—';

/**
 * The decimal digits of |x| × 10^shift: x = 0.445, shift 2 → { digits: '445', point: 2 },
 * i.e. 44.5. Uses the shortest representation that round-trips (String(x)), which is the
 * decimal a person wrote or a division produced.
 */
function decimalParts(x: number, shift: number): { digits: string; point: number } {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(Math.abs(x)));
  if (!m) throw new RangeError(`无法格式化的数值：${x}`);
  const int = m[1] ?? '0';
  const frac = m[2] ?? '';
  return { digits: int + frac, point: int.length + Number(m[3] ?? 0) + shift };
}

function fixedHalfUp(x: number, places: number, shift = 0): string {
  if (!Number.isFinite(x)) throw new RangeError(`无法格式化的数值：${x}`);
  if (!Number.isInteger(places) || places < 0) throw new RangeError('小数位数必须为非负整数');
  const { digits, point } = decimalParts(x, shift);
  const keep = point + places;
  let n: bigint;
  if (keep < 0) n = 0n;
  else if (keep >= digits.length) n = BigInt(digits + '0'.repeat(keep - digits.length));
  else n = BigInt(digits.slice(0, keep) || '0') + (Number(digits[keep]) >= 5 ? 1n : 0n);
  const body = n.toString().padStart(places + 1, '0');
  const text = places > 0 ? `${body.slice(0, -places)}.${body.slice(-places)}` : body;
  return x < 0 && n !== 0n ? `-${text}` : text;
}

/** Round half up (away from zero for negatives) to `digits` decimals. */
export function roundHalfUp(x: number, digits = 0): number {
  return Number(fixedHalfUp(x, digits));
}

/** Like toFixed, but half up on the decimal digits: toFixedHalfUp(1.005, 2) → '1.01'. */
export function toFixedHalfUp(x: number, digits = 0): string {
  return fixedHalfUp(x, digits);
}

/** A ratio as a percentage with one decimal: 0.9880952 → '98.8%'; null → '—'. */
export function formatRate(ratio: number | null | undefined, digits = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return MISSING;
  return `${fixedHalfUp(ratio, digits, 2)}%`;
}

/** numerator ÷ denominator as a rate: formatRatio(83, 84) → '98.8%'; a zero denominator → '—'. */
export function formatRatio(numerator: number, denominator: number, digits = 1): string {
  if (denominator === 0) return MISSING;
  return formatRate(numerator / denominator, digits);
}

/** 万元 → 亿元 with two decimals: 258000 → '25.80'; null → '—'. */
export function formatWanToYi(wan: number | null | undefined, digits = 2): string {
  if (wan === null || wan === undefined || !Number.isFinite(wan)) return MISSING;
  return fixedHalfUp(wan, digits, -4);
}

/**
 * '2026-03-15' (or an ISO timestamp, whose date part is used, or a Date, read in China
 * Standard Time) → '2026年3月15日'.
 */
export function formatDateZh(date: string | Date): string {
  let iso: string;
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new RangeError('无效日期');
    iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date);
  } else {
    iso = date.trim();
  }
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso);
  if (!m) throw new RangeError(`无效日期：${String(date)}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`无效日期：${String(date)}`);
  }
  return `${year}年${month}月${day}日`;
}
