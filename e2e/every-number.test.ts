// Walks every number on the pages a city's supervisor, its leader and a county's liaison open
// (home, 督办看板, 统计与清零, 清单与立项, the programme dashboard, 培育目标, 考核评价): a count or
// a rate that is not a link fails, and so does a link whose rows do not add up to the number
// shown. Numbers that are neither (万元 amounts, ranks, years, weights and points, targets) are
// told apart by their column or title and left out. The cockpit's numbers are walked by
// src/server/modules/cockpit/every-number.test.ts.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsBehind } from '../test/support/rows-behind';
import { startTestServer, type TestServer } from '../test/support/server';
import { launchBrowser, signIn } from './support/browser';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ env: { LUOSHI_DEMO: 'true' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = [
  '/',
  '/matters?tab=board',
  '/matters?tab=stats',
  '/matters?tab=lists',
  '/projects',
  '/enterprises?tab=counts',
  '/evaluations',
  '/targets',
];

/** A column or title that says the number is not a count or a rate of rows. */
const NOT_A_COUNT = /万元|排名|名次|序号|年度|年份|权重|分值|得分|版本|目标$|期次|Rank|Year/;

/** The targets' light counts (the home page's): what rowsBehind reads for each. */
const LIGHTS: Record<string, string> = {
  绿灯: 'targets.green',
  黄灯: 'targets.yellow',
  红灯: 'targets.red',
  未报送: 'targets.notReported',
  未判定: 'targets.none',
};

interface Shown {
  text: string;
  href: string | null;
  /** A figure that opens its reports in a drawer (a target's value), not a list. */
  opens: string | null;
  /** The column header or statistic title the number stands under. */
  heading: string;
}

/** Every leaf element of the page's content whose text is a number, a rate or "n / m". */
async function numbersOn(page: Page): Promise<Shown[]> {
  return page.evaluate(() => {
    const out: { text: string; href: string | null; opens: string | null; heading: string }[] = [];
    const main = document.querySelector('main') ?? document.body;
    for (const el of Array.from(main.querySelectorAll('*'))) {
      if (el.children.length > 0) continue;
      const text = (el.textContent ?? '').trim();
      if (!/^(\d[\d,]*|\d+(\.\d+)?%)$/.test(text)) continue;
      if ((el as HTMLElement).getClientRects().length === 0) continue;
      if (el.closest('.ant-pagination,.ant-picker,.ant-select,.ant-tabs-nav')) continue;
      const td = el.closest('td');
      let heading = '';
      if (td) {
        // The column's own header: the deepest header cell over the column, with grouped
        // headers (开工一批 › 开工率 | 排名) laid out by their colspan and rowspan.
        const table = td.closest('table')!;
        const grid: string[][] = [];
        Array.from(table.querySelectorAll('thead tr')).forEach((tr, r) => {
          grid[r] ??= [];
          let c = 0;
          for (const th of Array.from(tr.children) as HTMLTableCellElement[]) {
            while (grid[r]![c] !== undefined) c++;
            for (let dr = 0; dr < th.rowSpan; dr++)
              for (let dc = 0; dc < th.colSpan; dc++) {
                grid[r + dr] ??= [];
                grid[r + dr]![c + dc] = th.textContent ?? '';
              }
            c += th.colSpan;
          }
        });
        const i = Array.from(td.parentElement!.children).indexOf(td);
        heading = grid.length ? (grid[grid.length - 1]![i] ?? '') : '';
      }
      const stat = el.closest('.ant-statistic');
      if (stat) heading = stat.querySelector('.ant-statistic-title')?.textContent ?? '';
      out.push({
        text,
        href: el.closest('a[href]')?.getAttribute('href') ?? null,
        opens: el.closest('[data-opens]')?.getAttribute('data-opens') ?? null,
        heading,
      });
    }
    return out;
  });
}

describe('every number opens the rows behind it', () => {
  it.each([
    // The fewest numbers each must find: the city's pages hold many, a county's its own.
    ['the supervisor', 'duchashi', 200],
    ['the leader', 'leader', 200],
    ['温县’s liaison', 'wenxian', 60],
  ])(
    'on every page %s opens',
    async (_who, username, fewest) => {
      const page = await browser.newPage({
        viewport: { width: 1500, height: 950 },
        locale: 'zh-CN',
      });
      await signIn(page, server.url, username);
      const api = await server.login(username);
      const problems: string[] = [];
      let checked = 0;
      for (const path of PAGES) {
        await page.goto(server.url + path);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300); // the last table renders after its data arrives
        const shown = (await numbersOn(page)).filter((n) => !NOT_A_COUNT.test(n.heading));
        for (const n of shown) {
          const where = `${path} · ${n.heading || '—'} · ${n.text}`;
          // A target's reported figure opens the reports behind it (targets.test.ts).
          if (n.opens === 'reports') continue;
          if (!n.href) {
            problems.push(`${where}：不是链接`);
            continue;
          }
          const light = /^\/targets\?.*light=(\w+)/.exec(n.href)?.[1];
          if (light) {
            // The plan table narrowed to the rows holding those figures: count them there.
            const there = await browser.newPage({ viewport: { width: 1500, height: 950 } });
            await there.context().addCookies(await page.context().cookies());
            await there.goto(server.url + n.href);
            await there.getByTestId('table-only').waitFor();
            const cells = await there.locator(`[data-counted-as="${light}"]`).count();
            await there.close();
            checked++;
            if (cells !== Number(n.text)) problems.push(`${where}：表中为 ${cells} 项`);
            continue;
          }
          const value = Number(n.text.replace(/[,%]/g, ''));
          const key = n.text.endsWith('%')
            ? /投资完成|Investment|^%$/.test(n.heading)
              ? 'investment'
              : 'rate'
            : (LIGHTS[n.heading] ?? 'count');
          // The 考核评价 list: 参评单位 opens the results, one row per unit; 待补充 the tree.
          if (n.href.includes('tab=tree')) continue;
          const rows = await rowsBehind(api, n.href, key);
          checked++;
          if (rows !== value) problems.push(`${where}：链接的行为 ${rows}（${n.href}）`);
        }
      }
      console.log(`${username}: checked ${checked} numbers on ${PAGES.length} pages`);
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThanOrEqual(fewest);
      await page.close();
    },
    300_000,
  );
});
