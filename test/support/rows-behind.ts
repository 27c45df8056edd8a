// What the rows behind a link add up to, read from the API the linked page reads: a count
// (the list's total), a rate (reached ÷ listed, closed on time ÷ closed) or 投资完成率 over the
// listed projects. Shared by the cockpit's walk over its numbers (every-number.test.ts) and
// the browser's walk over every page (e2e/every-number.test.ts). `key` says what the number
// is where the link alone does not (a light's tone, a rank or a score).
/* eslint-disable @typescript-eslint/no-explicit-any -- bodies are read loosely, as a page reads them */
import { todayInShanghai } from '../../src/core/dates';
import type { ApiClient } from './server';

const TONES = ['green', 'yellow', 'red'] as const;
/** The plan table's counts: the lights, 未报送 and 未判定 (none). */
const COUNTED = [...TONES, 'notReported', 'none'] as const;

/**
 * What the rows behind a link add up to, read from the API the linked page reads. A `key`
 * ending in "rate" reads a rate from a matters list, one ending in "investment" 投资完成率
 * from a project list.
 */
export async function rowsBehind(
  client: ApiClient,
  link: string,
  key: string,
): Promise<number | null> {
  const u = new URL(link, 'http://x');
  const q = u.searchParams;
  if (u.pathname === '/matters/list' || u.pathname === '/matters/deadlines') {
    const api = u.pathname === '/matters/list' ? '/api/matters' : '/api/matters/deadlines';
    const total = async (p: URLSearchParams) =>
      (await client.get(`${api}?${p}&pageSize=1`)).body.total as number;
    // 按期办结率 opens the matters closed on time (all closed without onTime); 反馈及时率 the
    // deadlines met on time (all of the month's without it).
    return key.endsWith('rate') ? rate(total, q, 'onTime') : total(q);
  }
  if (u.pathname === '/enterprises')
    return (await client.get(`/api/enterprises?${q}&pageSize=1`)).body.total;
  if (u.pathname === '/projects' && q.get('tab') === 'list') {
    q.delete('tab');
    const total = async (p: URLSearchParams) =>
      (await client.get(`/api/projects?${p}&pageSize=1`)).body.total as number;
    if (q.has('reached')) return rate(total, q, 'reached');
    if (!key.endsWith('investment')) return total(q);
    // 投资完成率 over the listed projects being built this year.
    const items: any[] = [];
    for (let page = 1; ; page++) {
      const b = (await client.get(`/api/projects?${q}&pageSize=200&page=${page}`)).body;
      items.push(...b.items);
      if (items.length >= b.total) break;
    }
    const year = Number(todayInShanghai(new Date()).slice(0, 4));
    const seen = new Map(
      items.filter((p) => p.planYear === year && p.annualPlan > 0).map((p) => [p.id, p]),
    );
    const plan = [...seen.values()].reduce((s, p) => s + p.annualPlan, 0);
    const done = [...seen.values()].reduce((s, p) => s + (p.ytdCompleted ?? 0), 0);
    return plan > 0 ? Math.round((done * 1000) / plan) / 10 : null;
  }
  if (u.pathname === '/targets' && q.get('plan')) {
    const tone = COUNTED.find((t) => key.endsWith(`.${t}`))!;
    const plan = q.get('plan');
    q.delete('plan');
    return (await client.get(`/api/target-plans/${plan}/table?${q}`)).body.counts[tone];
  }
  const unitTargets = /^\/targets\/unit\/([0-9a-f-]+)$/.exec(u.pathname);
  if (unitTargets) {
    const tone = TONES.find((t) => key.endsWith(`.${t}`))!;
    return (await client.get(`/api/units/${unitTargets[1]}/targets?${q}`)).body.counts[tone];
  }
  const scheme = /^\/evaluations\/s\/([0-9a-f-]+)$/.exec(u.pathname);
  if (scheme) {
    const r = (await client.get(`/api/evaluations/schemes/${scheme[1]}/results?${q}`)).body;
    return r.rows.length; // 参评单位: the results table's rows
  }
  const unitResult = /^\/evaluations\/s\/([0-9a-f-]+)\/unit\/([0-9a-f-]+)$/.exec(u.pathname);
  if (unitResult) {
    const r = (
      await client.get(`/api/evaluations/schemes/${unitResult[1]}/results/${unitResult[2]}?${q}`)
    ).body.row;
    return key.endsWith('.rank') ? r.rank : r.total;
  }
  if (u.pathname === '/matters' && q.get('tab') === 'stats') {
    // 已清零单位: the rows of the backlog table with nothing overdue.
    const rows = (await client.get('/api/matters/backlog')).body.items as any[];
    return rows.filter((r) => r.overdue === 0).length;
  }
  throw new Error(`未识别的链接：${link}（${key}）`);
}

/** The rows with `filter` ÷ those without it, as a percentage with one decimal. */
async function rate(
  total: (q: URLSearchParams) => Promise<number>,
  q: URLSearchParams,
  filter: string,
): Promise<number | null> {
  const part = await total(q);
  q.delete(filter);
  const whole = await total(q);
  return whole === 0 ? null : Math.round((part * 1000) / whole) / 10;
}
