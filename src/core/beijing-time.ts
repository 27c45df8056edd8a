/** '2026-03-15 09:30:05' in Beijing time (UTC+8, no daylight saving), for ledgers and lists. */
export function formatBeijing(d: Date): string {
  const t = new Date(d.getTime() + 8 * 3600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 19)}`;
}
