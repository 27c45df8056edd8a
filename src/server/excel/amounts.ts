// Numbers as offices type them into ledgers, shared by every import.

/** '1,234.50' or 1234.5 → 1234.5; null for anything else (negative, words, dates). */
export function parseAmount(v: string | number | null): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : null;
  if (v === null) return null;
  const s = v.replace(/[,，\s]/g, '').replace(/万元$/, '');
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}
