import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/support/server';
import { launchBrowser, screenshotPath, signIn } from './support/browser';

let server: TestServer;
let browser: Browser;
let liaison: Page;
let red: { id: string; title: string };
let other: { id: string; title: string };

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  // The demo gives 温县 a red matter in progress and other open ones it can report on.
  const mine = (await (await server.login('wenxian')).get('/api/matters/mine')).body.items as {
    id: string;
    title: string;
    light: string;
    status: string;
    myRole: string;
  }[];
  red = mine.find((m) => m.light === 'red' && m.status === 'in_progress' && m.myRole === 'lead')!;
  other = mine.find((m) => m.id !== red.id && ['signed_for', 'in_progress'].includes(m.status))!;
  liaison = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const lightOf = (page: Page, id: string) =>
  page.getByTestId(`light-${id}`).getAttribute('data-light');

describe('supervision journey', () => {
  it('a 温县 liaison sees a red matter among the unit’s open matters', async () => {
    expect(red.title).toBe('打造美丽乡村示范村、样板村');
    await signIn(liaison, server.url, 'wenxian');
    await liaison.getByTestId('nav-/matters').click();
    await liaison.getByTestId('my-matters').waitFor();
    expect(await lightOf(liaison, red.id)).toBe('red');
    // A supervisor's link to a tab the liaison does not have lands on its own matters.
    await liaison.goto(`${server.url}/matters?tab=lists`);
    await liaison.getByTestId('my-matters').waitFor();
  });

  it('reports progress on two matters at once', async () => {
    await liaison.getByTestId(`select-${red.id}`).check();
    await liaison.getByTestId(`select-${other.id}`).check();
    await liaison.getByTestId('batch-report').click();
    await liaison
      .getByTestId(`report-content-${red.id}`)
      .fill('示范村改厕、污水和垃圾处理已全部完工，村容村貌验收合格。');
    await liaison
      .getByTestId(`report-content-${other.id}`)
      .fill('已召开专题会议部署，正在按节点推进。');
    await liaison.getByTestId('batch-report-submit').click();
    await expect.poll(() => liaison.getByText('反馈已提交').count()).toBeGreaterThan(0);

    const api = await server.login('duchashi');
    for (const m of [red, other]) {
      const timeline = (await api.get(`/api/matters/${m.id}/timeline`)).body.items as {
        kind: string;
        actorName: string;
      }[];
      expect(timeline.at(-1)).toMatchObject({ actorName: '温县联络员' });
    }
  });

  it('requests close-out, and the red light turns green', async () => {
    await liaison.getByTestId(`closeout-${red.id}`).click();
    await expect
      .poll(() => liaison.getByTestId(`status-${red.id}`).textContent())
      .toBe('已申请办结');
    expect(await lightOf(liaison, red.id)).toBe('green');
    await liaison.screenshot({ path: screenshotPath('matters-liaison'), fullPage: true });
  });

  it('the supervisor reviews and closes it with a rating', async () => {
    const sup = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'zh-CN' });
    await signIn(sup, server.url, 'duchashi');
    await sup.goto(`${server.url}/matters/m/${red.id}`);
    await expect.poll(() => sup.getByTestId('matter-title').textContent()).toBe(red.title);
    await sup.getByTestId('action-review_pass').click();
    await sup.getByTestId('action-confirm').click();
    await expect.poll(() => sup.getByTestId('matter-status').textContent()).toBe('已复核');
    await sup.getByTestId('action-close').click();
    await sup.getByTestId('field-rating').click();
    await sup.getByTitle('良好').click();
    await sup.getByTestId('action-confirm').click();
    await expect.poll(() => sup.getByTestId('matter-status').textContent()).toContain('已办结');
    expect(await sup.getByTestId('matter-status').locator('..').textContent()).toContain('良好');
    expect(await sup.getByTestId('matter-timeline').textContent()).toContain('办结');
    await sup.screenshot({ path: screenshotPath('matters-closed'), fullPage: true });
  });

  it('the supervisor files a new matter and assigns it; the 13710 deadlines appear', async () => {
    const sup = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'zh-CN' });
    await signIn(sup, server.url, 'duchashi');
    await sup.goto(`${server.url}/matters?tab=lists`);
    await sup.getByTestId('new-matter').click();
    await sup.getByLabel('事项名称').fill('整治城区占道经营');
    await sup.getByLabel('牵头单位').click();
    await sup.keyboard.type('解放区');
    await sup.getByTitle('解放区', { exact: true }).click();
    await sup.getByRole('button', { name: '立 项' }).click();
    await expect.poll(() => sup.getByTestId('matter-status').textContent()).toBe('已立项');
    await sup.getByTestId('action-assign').click();
    await expect.poll(() => sup.getByTestId('matter-status').textContent()).toBe('已交办');
    const deadlines = await sup.getByText('3天内反馈办理情况').textContent();
    expect(deadlines).toMatch(/^3天内反馈办理情况：\d{4}年\d{1,2}月\d{1,2}日$/);
  });
});
