import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/support/server';
import { DEMO_PASSWORD } from '../src/server/demo/accounts';
import { launchBrowser, screenshotPath } from './support/browser';

// The leader opens the cockpit, goes to one county, clicks its overdue count and lands on
// exactly those matters; clicks a 三个一批 rate and lands on its projects; then reads the
// evaluation ranking and one unit's breakdown.

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  page.on('pageerror', (e) => console.log('page error:', e.message));
  // The shared CI machine can be slow; the load time is logged, the journey judged on content.
  page.setDefaultTimeout(90_000);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('leaders cockpit journey', () => {
  it('shows the city with the map, and every module present', async () => {
    // Signed in through the API (the sign-in form has its own journey in foundation.test.ts).
    const login = await page.request.post(server.url + '/api/auth/login', {
      data: { username: 'leader', password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    const t0 = Date.now();
    await page.goto(server.url + '/cockpit');
    await page.getByTestId('section-matters').waitFor();
    await page.getByTestId('cockpit-map').locator('canvas').first().waitFor();
    const loadMs = Date.now() - t0;
    console.log('cockpit page load', loadMs, 'ms');
    await page.waitForTimeout(600);
    await page.screenshot({ path: screenshotPath('cockpit-city'), fullPage: true });
    expect(await page.getByTestId('section-targets').count()).toBe(1);
    expect(await page.getByTestId('section-eval.jz-county').count()).toBe(1);
  }, 240_000);

  it('opens the projects behind a 三个一批 rate, and shows enterprise titles', async () => {
    await page.getByTestId('section-projects').waitFor();
    expect(await page.getByTestId('section-enterprises').count()).toBe(1);
    const fig = page.getByTestId('fig-projects.start.started');
    const href = (await fig.getAttribute('href'))!;
    const behind = await page.request.get(
      server.url + href.replace('/projects?tab=list&', '/api/projects?'),
    );
    const n = (await behind.json()).total as number;
    expect(n).toBeGreaterThan(0);
    await fig.click();
    await expect.poll(() => page.getByTestId('project-total').textContent()).toBe(`共 ${n} 个项目`);
    expect(await page.getByTestId('list-filter').textContent()).toContain('开工');
    await page.screenshot({ path: screenshotPath('cockpit-project-rows'), fullPage: true });
    await page.goto(server.url + '/cockpit');
    await page.getByTestId('section-matters').waitFor();
  }, 240_000);

  it('goes to 温县 and its overdue count opens exactly those matters', async () => {
    await page.getByRole('link', { name: '温县', exact: true }).first().click();
    await expect.poll(() => page.getByTestId('cockpit-scope').textContent()).toContain('温县');
    const fig = page.getByTestId('fig-matters.overdue');
    const shown = Number(await fig.textContent());
    await page.screenshot({ path: screenshotPath('cockpit-wenxian'), fullPage: true });
    await fig.click();
    await expect
      .poll(() => page.getByTestId('list-total').getAttribute('data-total'))
      .toBe(String(shown));
    expect(await page.getByTestId('list-extra-filters').textContent()).toContain('超期未办结');
    await page.screenshot({ path: screenshotPath('cockpit-overdue-rows'), fullPage: true });
  }, 240_000);

  it('shows the county assessment by group and one unit’s breakdown', async () => {
    await page.goto(server.url + '/evaluations');
    await page.getByTestId('scheme-jz-county').click();
    await page.getByTestId('results-county_group').waitFor();
    await page.screenshot({ path: screenshotPath('evaluation-results'), fullPage: true });
    await page.getByTestId('result-孟州市').click();
    await page.getByTestId('breakdown-leaves').waitFor();
    await page.screenshot({ path: screenshotPath('evaluation-breakdown'), fullPage: true });
    await page.goto(server.url + '/evaluations');
    await page.getByTestId('scheme-torch-2021').click();
    await page.getByRole('tab', { name: '指标体系' }).click();
    await page.getByTestId('scheme-tree').waitFor();
    await page.screenshot({ path: screenshotPath('evaluation-torch-tree'), fullPage: true });
  }, 240_000);
});
