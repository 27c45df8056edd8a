import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/support/server';
import { launchBrowser, screenshotPath, signIn } from './support/browser';

// 文本转台账 in the browser: paste seed 001, review, create, and see the matters live.
const SEEDS = new URL('../bench/intake/seeds/', import.meta.url).pathname;
const SEED_001 = readFileSync(SEEDS + readdirSync(SEEDS).find((n) => n.startsWith('001'))!, 'utf8');

let server: TestServer;
let browser: Browser;
let sup: Page;
let intakeId = '';
let started = 0;
type P = { id: string; kind: string; title?: string; wording?: string; origin?: string };
let proposals: P[] = [];
const task = (title: string) => proposals.find((p) => p.kind === 'task' && p.title === title)!;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  sup = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('text to ledger', () => {
  it('a supervisor pastes seed 001 and gets proposals grouped by section', async () => {
    await signIn(sup, server.url, 'duchashi');
    started = Date.now();
    await sup.getByTestId('nav-/intake').click();
    await sup.getByTestId('intake-title').fill('市委经济工作会议讲话');
    await sup.getByTestId('intake-text').fill(SEED_001);
    await sup.getByTestId('intake-read').click();
    await sup.getByTestId('proposal-t1').waitFor();
    intakeId = new URL(sup.url()).pathname.split('/').pop()!;
    const api = await server.login('duchashi');
    proposals = (await api.get(`/api/intakes/${intakeId}`)).body.proposals;
    expect(await sup.getByTestId('proposal-t1').textContent()).toContain('地区生产总值增长8%左右');
    // The words behind the indicator and the value are highlighted.
    const marks = await sup.getByTestId('proposal-t1').locator('mark').allTextContents();
    expect(marks).toEqual(['地区生产总值', '增长8%左右']);
  }, 120_000);

  it('accepts with buttons and keys, assigns a unit in bulk, and creates the ledger', async () => {
    const expected = proposals.filter((p) => p.kind === 'target' && p.origin === 'expected');
    for (const p of expected.slice(0, 4)) await sup.getByTestId(`accept-${p.id}`).click();
    // Keyboard: focus t5, then a, a, a accepts t5, t6, t7 (the cursor moves on after each).
    await sup.getByTestId('proposal-t5').locator('mark').first().click();
    for (const _ of [1, 2, 3]) {
      await sup.keyboard.press('a');
      await sup.waitForTimeout(300);
    }
    await expect
      .poll(() => sup.getByTestId('proposal-t7').getAttribute('data-status'), { timeout: 30_000 })
      .toBe('accepted');

    const grain = task('扛稳粮食安全重任');
    const reform = task('深化农村改革');
    await sup.getByTestId(`proposal-${grain.id}`).locator('input[type=checkbox]').check();
    await sup.getByTestId(`proposal-${reform.id}`).locator('input[type=checkbox]').check();
    await sup.getByTestId('bulk-lead').click();
    await sup.keyboard.type('温县');
    await sup
      .locator('.ant-select-dropdown .ant-select-item-option')
      .getByText('温县', { exact: true })
      .click();
    await sup.keyboard.press('Escape');
    await sup.getByTestId('bulk-assign').click();
    await expect.poll(() => sup.getByTestId(`lead-${grain.id}`).textContent()).toBe('温县');
    expect(await sup.getByTestId(`lead-${reform.id}`).textContent()).toBe('温县');
    await sup.getByTestId(`accept-${grain.id}`).click();
    await sup.getByTestId(`proposal-${reform.id}`).scrollIntoViewIfNeeded();
    await sup.getByTestId(`accept-${reform.id}`).click();
    await sup.screenshot({ path: screenshotPath('intake-review'), fullPage: false });

    await sup.getByTestId('create-ledger').click();
    await sup.getByTestId('confirm-create').click();
    await sup.getByTestId('commit-result').waitFor({ timeout: 90_000 });
    const table = sup.getByTestId('commit-result');
    await expect.poll(() => table.textContent()).toContain('扛稳粮食安全重任');
    expect(await table.textContent()).toContain('深化农村改革');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`seed 001: paste to live ledger in the browser took ${seconds} s`);
    await table.scrollIntoViewIfNeeded();
    await sup.screenshot({ path: screenshotPath('intake-created'), fullPage: false });
  }, 240_000);

  it('温县 sees the new matters with their 13710 deadlines; the plan table has the targets', async () => {
    const liaison = await browser.newPage({
      viewport: { width: 1500, height: 950 },
      locale: 'zh-CN',
    });
    await signIn(liaison, server.url, 'wenxian');
    await liaison.getByTestId('nav-/matters').click();
    await liaison.getByTestId('my-matters').waitFor();
    const mine = (await (await server.login('wenxian')).get('/api/matters/mine')).body.items as {
      title: string;
      finalDue: string;
      status: string;
    }[];
    const grain = mine.find((m) => m.title === '扛稳粮食安全重任')!;
    expect(grain.status).toBe('assigned');
    expect(grain.finalDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect
      .poll(() => liaison.getByTestId('my-matters').textContent())
      .toContain('扛稳粮食安全重任');
    await liaison.screenshot({ path: screenshotPath('intake-liaison'), fullPage: false });

    // The intake page itself lists these targets, so read the plan table, not the body:
    // the click may land a moment after the intake page re-renders.
    await sup.getByTestId('link-plan').click();
    await sup.waitForURL(/\/targets\?/);
    const plan = sup.getByTestId('plan-table');
    await expect.poll(() => plan.textContent()).toContain('地区生产总值增长8%左右');
    expect(await plan.textContent()).toContain('社会消费品零售总额增长8.5%左右');
  }, 120_000);

  it('other roles do not see the page', async () => {
    const liaison = await browser.newPage({ locale: 'zh-CN' });
    await signIn(liaison, server.url, 'wenxian');
    expect(await liaison.getByTestId('nav-/intake').count()).toBe(0);
  });
});
