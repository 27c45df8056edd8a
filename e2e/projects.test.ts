import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/support/server';
import { launchBrowser, screenshotPath, signIn } from './support/browser';

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1500, height: 1000 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('key projects journey', () => {
  it('shows the 三个一批 dashboard with the four seed rates and the funnel', async () => {
    await signIn(page, server.url, 'duchashi');
    await page.getByTestId('nav-/projects').click();
    await page.getByTestId('rate-cards').waitFor();
    expect(await page.getByTestId('rate-sign-started').textContent()).toBe('98.8%');
    expect(await page.getByTestId('rate-start-started').textContent()).toBe('100.0%');
    expect(await page.getByTestId('rate-start-producing').textContent()).toBe('44.0%');
    expect(await page.getByTestId('rate-produce-performing').textContent()).toBe('79.6%');
    await page.getByTestId('funnel').locator('canvas').waitFor();
    await page.screenshot({ path: screenshotPath('projects-dashboard'), fullPage: true });
  });

  it('opens the projects behind 开工率 and one project page', async () => {
    await page.getByTestId('rate-sign-started').click();
    await expect
      .poll(() => page.getByTestId('project-total').textContent(), { timeout: 30_000 })
      .toBe('共 83 个项目');
    await page.screenshot({ path: screenshotPath('projects-list'), fullPage: true });
    await page.locator('[data-testid^="project-link-"]').first().click();
    await page.getByTestId('project-name').waitFor();
    await page.screenshot({ path: screenshotPath('projects-detail'), fullPage: true });
  });

  it('gives a county liaison its monthly batch form', async () => {
    const liaison = await browser.newPage({
      viewport: { width: 1500, height: 1000 },
      locale: 'zh-CN',
    });
    await signIn(liaison, server.url, 'wenxian');
    await liaison.goto(`${server.url}/projects?tab=investment`);
    await liaison.getByTestId('batch-table').waitFor();
    await liaison.screenshot({ path: screenshotPath('projects-investment-batch'), fullPage: true });
  });
});
