// Tests read response bodies loosely, as a user reads a page; `any` keeps them short.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

// Walks every number of the cockpit (headline figures and per-unit values, city and one
// county) and opens its link as the page would: a number without a link, or with a link to
// rows whose count is not the number, fails. A link of a kind this walk does not know fails
// too, so a new figure cannot slip past unchecked.

let server: TestServer;
let leader: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  leader = await server.login('leader');
});
afterAll(() => server?.close());

const TONES = ['green', 'yellow', 'red'] as const;

/** What the rows behind a link add up to, read from the API the linked page reads. */
async function behind(link: string, key: string): Promise<number | null> {
  const u = new URL(link, 'http://x');
  const q = u.searchParams;
  if (u.pathname === '/matters/list')
    return (await leader.get(`/api/matters?${q}&pageSize=1`)).body.total;
  if (u.pathname === '/enterprises')
    return (await leader.get(`/api/enterprises?${q}&pageSize=1`)).body.total;
  if (u.pathname === '/projects' && q.get('tab') === 'list') {
    q.delete('tab');
    const total = async (p: URLSearchParams) =>
      (await leader.get(`/api/projects?${p}&pageSize=1`)).body.total as number;
    if (q.has('reached')) {
      const reached = await total(q);
      q.delete('reached');
      const listed = await total(q);
      return listed === 0 ? null : Math.round((reached * 1000) / listed) / 10;
    }
    // 投资完成率 over the listed projects being built this year.
    const items: any[] = [];
    for (let page = 1; ; page++) {
      const b = (await leader.get(`/api/projects?${q}&pageSize=200&page=${page}`)).body;
      items.push(...b.items);
      if (items.length >= b.total) break;
    }
    const year = 2026;
    const seen = new Map(
      items.filter((p) => p.planYear === year && p.annualPlan > 0).map((p) => [p.id, p]),
    );
    const plan = [...seen.values()].reduce((s, p) => s + p.annualPlan, 0);
    const done = [...seen.values()].reduce((s, p) => s + (p.ytdCompleted ?? 0), 0);
    return plan > 0 ? Math.round((done * 1000) / plan) / 10 : null;
  }
  if (u.pathname === '/targets' && q.get('plan')) {
    const tone = TONES.find((t) => key.endsWith(`.${t}`))!;
    const plan = q.get('plan');
    q.delete('plan');
    return (await leader.get(`/api/target-plans/${plan}/table?${q}`)).body.counts[tone];
  }
  const unitTargets = /^\/targets\/unit\/([0-9a-f-]+)$/.exec(u.pathname);
  if (unitTargets) {
    const tone = TONES.find((t) => key.endsWith(`.${t}`))!;
    return (await leader.get(`/api/units/${unitTargets[1]}/targets?${q}`)).body.counts[tone];
  }
  const scheme = /^\/evaluations\/s\/([0-9a-f-]+)$/.exec(u.pathname);
  if (scheme) {
    const r = (await leader.get(`/api/evaluations/schemes/${scheme[1]}/results?${q}`)).body;
    return r.rows.length; // 参评单位: the results table's rows
  }
  const unitResult = /^\/evaluations\/s\/([0-9a-f-]+)\/unit\/([0-9a-f-]+)$/.exec(u.pathname);
  if (unitResult) {
    const r = (
      await leader.get(`/api/evaluations/schemes/${unitResult[1]}/results/${unitResult[2]}?${q}`)
    ).body.row;
    return key.endsWith('.rank') ? r.rank : r.total;
  }
  if (u.pathname === '/matters' && q.get('tab') === 'stats') {
    // 已清零单位: the rows of the backlog table with nothing overdue.
    const rows = (await leader.get('/api/matters/backlog')).body.items as any[];
    return rows.filter((r) => r.overdue === 0).length;
  }
  throw new Error(`未识别的链接：${link}（${key}）`);
}

describe('every number of the cockpit', () => {
  it.each([
    ['the city', ''],
    ['温县', '温县'],
  ])(
    'opens rows that add up to it: %s',
    async (_label, unitName) => {
      let q = '';
      if (unitName) {
        const all = (await leader.get('/api/cockpit')).body;
        q = `?unitId=${all.units.find((u: any) => u.name === unitName).id}`;
      }
      const c = (await leader.get(`/api/cockpit${q}`)).body;
      const problems: string[] = [];
      let checked = 0;
      for (const s of c.sections)
        for (const f of s.figures) {
          const cells = [{ ...f, unitId: null }, ...(f.byUnit ?? [])];
          for (const x of cells) {
            const where = `${s.title} · ${f.label}${x.unitId ? ` · ${x.unitId}` : ''}`;
            if (!x.link) {
              problems.push(`${where}：没有链接`);
              continue;
            }
            // Per-unit evaluation values are scores shown with the rank; the link opens the unit.
            const key = x.unitId && f.key.startsWith('eval.') ? `${f.key}.unit` : f.key;
            const rows = await behind(x.link, key);
            checked++;
            if (rows !== x.value) problems.push(`${where}：显示 ${x.value}，链接的行为 ${rows}`);
          }
        }
      const trends = (await leader.get(`/api/cockpit/trends${q}`)).body;
      for (const mo of trends.months)
        for (const [k, p] of [
          ['overdue', mo.overdue],
          ['closedOnTime', mo.closedOnTime],
        ] as const) {
          checked++;
          const rows = await behind(p.link, `trends.${k}`);
          if (rows !== p.value)
            problems.push(`趋势 ${mo.month} ${k}：显示 ${p.value}，链接的行为 ${rows}`);
        }
      console.log(`${unitName || '全市'}: checked ${checked} numbers`);
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(unitName ? 15 : 60);
    },
    240_000,
  );
});
