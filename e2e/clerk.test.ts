// What a clerk tripped over (issue 9): counts that open the matters behind them, 未报送 apart
// from red, loading apart from empty, the demo accounts on the sign-in page, 领导批示, limits
// that are explained, and English on every page.
/* eslint-disable @typescript-eslint/no-explicit-any -- tests read bodies loosely */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/support/server';
import { launchBrowser, screenshotPath, signIn } from './support/browser';

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

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'zh-CN' });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
}
const text = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).first().textContent()) ?? '').trim();
const listTotal = async (page: Page) => {
  await page.getByTestId('list-total').waitFor();
  return Number(await page.getByTestId('list-total').getAttribute('data-total'));
};

describe('sign-in page', () => {
  it('offers the demo accounts and logs no 401 on load', async () => {
    const { page, errors } = await newPage();
    await page.goto(server.url + '/');
    await page.getByTestId('demo-accounts').waitFor();
    expect(await text(page, 'demo-accounts')).toContain('Luoshi@2026');
    await page.getByTestId('demo-duchashi').click();
    expect(await page.getByTestId('login-username').inputValue()).toBe('duchashi');
    await page.screenshot({ path: screenshotPath('clerk-login') });
    await page.getByTestId('login-submit').click();
    await page.getByTestId('user-menu').waitFor({ timeout: 90_000 });
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
});

describe('targets as the supervisor', () => {
  it('shows loading, never 暂无目标计划, while the plans are on their way', async () => {
    const { page } = await newPage();
    await signIn(page, server.url, 'duchashi');
    await page.route('**/api/target-plans', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(server.url + '/targets');
    await page.getByTestId('plans-loading').waitFor();
    expect(await page.getByTestId('no-plans').count()).toBe(0);
    expect(await page.getByTestId('new-plan').count()).toBe(0);
    await page.getByTestId('plan-table').waitFor();
    await page.close();
  }, 150_000);

  it('counts every cell, with 未报送 apart, and offers no import to the supervisor', async () => {
    const { page } = await newPage();
    await signIn(page, server.url, 'duchashi');
    await page.goto(server.url + '/targets');
    await page.getByTestId('plan-table').waitFor();
    const api = await server.login('duchashi');
    const plans = (await api.get('/api/target-plans')).body.items;
    const table = (await api.get(`/api/target-plans/${plans[0].id}/table`)).body;
    expect(table.counts.notReported).toBeGreaterThan(0);
    for (const k of ['green', 'yellow', 'red', 'notReported'])
      expect(await text(page, `count-${k}`), k).toContain(String(table.counts[k]));
    const cells = table.rows.reduce((n: number, r: any) => n + 1 + r.units.length, 0);
    const shown = Object.values(table.counts as Record<string, number>).reduce((a, b) => a + b);
    expect(shown).toBe(cells);
    expect(await page.locator('[data-light="not_reported"]').count()).toBe(
      table.counts.notReported,
    );
    expect(await page.getByTestId('import-report-sheet').count()).toBe(0);
    // The county's own target shows under its figure.
    expect(await page.locator('[data-testid^="cell-target-1-1-"]').count()).toBeGreaterThan(5);
    await page.screenshot({ path: screenshotPath('clerk-targets-supervisor'), fullPage: true });
    await page.close();
  }, 150_000);

  it('a liaison’s plan table names the indicator and its target page logs no error', async () => {
    const { page, errors } = await newPage();
    await signIn(page, server.url, 'wenxian');
    await page.goto(server.url + '/targets');
    await page.getByTestId('plan-table').waitFor();
    expect(await page.getByTestId('row-indicator').count()).toBeGreaterThan(3);
    expect(await page.getByTestId('import-report-sheet').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('clerk-targets-liaison'), fullPage: true });
    await page.getByTestId('target-1-1').click();
    await page.getByTestId('target-title').waitFor();
    await page.getByTestId('own-rank').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);
});

describe('every number opens the matters behind it', () => {
  it('温县 home: 5 open (1 cooperating), each opening a list of that size', async () => {
    const { page } = await newPage();
    await signIn(page, server.url, 'wenxian');
    await page.getByTestId('home-matters-open').waitFor();
    expect(await text(page, 'home-matters-open')).toContain('5');
    expect(await text(page, 'home-matters-cooperating')).toContain('1');
    await page.screenshot({ path: screenshotPath('clerk-home-liaison'), fullPage: true });
    await page.getByTestId('home-matters-open').click();
    expect(await listTotal(page)).toBe(5);
    await page.goto(server.url + '/');
    await page.getByTestId('home-matters-cooperating').click();
    expect(await listTotal(page)).toBe(1);
    await page.close();
  });

  it('市发改委 home counts the matter it cooperates on', async () => {
    const { page } = await newPage();
    await signIn(page, server.url, 'fgw');
    await page.getByTestId('home-matters-open').waitFor();
    expect(await text(page, 'home-matters-open')).toContain('1');
    await page.close();
  });

  it('the board: totals and 明细 cells open lists with the same totals', async () => {
    const { page } = await newPage();
    await signIn(page, server.url, 'duchashi');
    const board = (await (await server.login('duchashi')).get('/api/matters/board')).body;
    await page.goto(server.url + '/matters?tab=board');
    await page.getByTestId('board-totals').waitFor();
    await page.screenshot({ path: screenshotPath('clerk-board'), fullPage: true });
    for (const k of ['open', 'red', 'overdue']) {
      await page.goto(server.url + '/matters?tab=board');
      await page.getByTestId(`board-total-${k}`).click();
      expect(await listTotal(page), k).toBe(board.total[k]);
    }
    const wen = board.byUnit.find((g: any) => g.name === '温县');
    await page.goto(server.url + '/matters?tab=board');
    await page.getByTestId(`board-byUnit-${wen.id}-overdue`).click();
    expect(await listTotal(page)).toBe(wen.overdue);
    await page.goto(server.url + '/matters?tab=board');
    await page.getByTestId(`board-byUnit-${wen.id}-open`).click();
    expect(await listTotal(page)).toBe(wen.open);
    await page.screenshot({ path: screenshotPath('clerk-matters-list'), fullPage: true });
    await page.close();
  });

  it('statistics, backlog and lists', async () => {
    const { page } = await newPage();
    await signIn(page, server.url, 'duchashi');
    const api = await server.login('duchashi');
    const { items } = (await api.get('/api/matters/backlog')).body;
    const row = items.find((r: any) => r.open > 0);
    await page.goto(server.url + '/matters?tab=stats');
    await page.getByTestId(`backlog-${row.unitId}-open`).click();
    expect(await listTotal(page)).toBe(row.open);
    await page.goto(server.url + '/matters?tab=stats');
    const { today } = (await api.get('/api/matters/board')).body;
    const stats = (await api.get(`/api/matters/stats?month=${today.slice(0, 7)}`)).body;
    await page.getByTestId('stat-total-backlog').click();
    expect(await listTotal(page)).toBe(stats.total.backlog);
    const lists = (await api.get('/api/matter-lists')).body.items;
    await page.goto(server.url + '/matters?tab=lists');
    await page.getByTestId(`list-${lists[0].id}-open`).click();
    expect(await listTotal(page)).toBe(lists[0].counts.open);
    await page.close();
  });
});

describe('领导批示 and explained limits', () => {
  it('the leader writes an instruction; it shows in the timeline', async () => {
    const { page } = await newPage();
    const mine = (await (await server.login('wenxian')).get('/api/matters/mine')).body.items;
    const m = mine.find((x: any) => x.myRole === 'lead' && x.status === 'in_progress');
    await signIn(page, server.url, 'leader');
    await page.goto(`${server.url}/matters/m/${m.id}`);
    await page.getByTestId('action-instruct').click();
    await page.getByTestId('field-instruction').fill('请本月底前完成验收，并报告实效。');
    await page.getByTestId('action-confirm').click();
    await expect
      .poll(() => page.getByTestId('matter-timeline').textContent())
      .toContain('请本月底前完成验收，并报告实效。');
    expect(await page.getByTestId('matter-timeline').textContent()).toContain('领导批示');
    await page.screenshot({ path: screenshotPath('clerk-instruction-leader'), fullPage: true });
    await page.close();
  });

  it('a 300-character title is refused with the limit named, not cut', async () => {
    const { page } = await newPage();
    await signIn(page, server.url, 'duchashi');
    await page.goto(`${server.url}/matters?tab=lists`);
    await page.getByTestId('new-matter').click();
    await page.getByTestId('matter-title-input').fill('长'.repeat(300));
    expect((await page.getByTestId('matter-title-input').inputValue()).length).toBe(300);
    await page.getByRole('button', { name: '立 项' }).click();
    await expect
      .poll(() => page.getByText('事项名称最多 200 个字，现在 300 个字').count())
      .toBeGreaterThan(0);
    await page.close();
  });

  it('添加目标 says why it cannot save', async () => {
    const { page } = await newPage();
    await signIn(page, server.url, 'duchashi');
    await page.goto(`${server.url}/targets`);
    await page.getByTestId('add-target').click();
    expect(await text(page, 'add-target-why')).toBe('请先输入目标原文');
    await page.close();
  });

  it('a 督办单 with both fields empty asks before issuing', async () => {
    const { page } = await newPage();
    const mine = (await (await server.login('wenxian')).get('/api/matters/mine')).body.items;
    const m = mine.find((x: any) => x.myRole === 'lead' && x.status === 'in_progress');
    await signIn(page, server.url, 'duchashi');
    await page.goto(`${server.url}/matters/m/${m.id}`);
    await page.getByTestId('action-issue_notice').click();
    await page.getByTestId('action-confirm').click();
    const ask = page.locator('.ant-modal-confirm').filter({ hasText: '督办要求和反馈时限都未填写' });
    await ask.waitFor();
    expect(await page.getByTestId('notice-doc').count()).toBe(0);
    await page.getByTestId('notice-defaults-confirm').click();
    await page.getByTestId('notice-doc').waitFor();
    await page.close();
  });
});

describe('English', () => {
  it('switches the targets and matters pages, not only the menu', async () => {
    const { page } = await newPage();
    await signIn(page, server.url, 'duchashi');
    await page.getByTestId('lang-switch').click();
    await page.goto(`${server.url}/matters?tab=board`);
    await page.getByTestId('board-totals').waitFor();
    expect(await text(page, 'board-totals')).toContain('Open matters');
    await page.screenshot({ path: screenshotPath('clerk-board-en'), fullPage: true });
    await page.goto(`${server.url}/targets`);
    await page.getByTestId('plan-counts').waitFor();
    expect(await text(page, 'plan-counts')).toContain('Not reported');
    await page.screenshot({ path: screenshotPath('clerk-targets-en'), fullPage: true });
    await page.close();
  });
});
