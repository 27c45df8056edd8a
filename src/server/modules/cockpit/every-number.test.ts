// Tests read response bodies loosely, as a user reads a page; `any` keeps them short.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsBehind } from '../../../../test/support/rows-behind';
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
            const rows = await rowsBehind(leader, x.link, key);
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
          const rows = await rowsBehind(leader, p.link, `trends.${k}`);
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
