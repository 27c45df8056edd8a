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

  it('opens the map and clicks a county, landing on its projects', async () => {
    const units = (await (await page.request.get(`${server.url}/api/units`)).json()).items as {
      id: string;
      name: string;
    }[];
    const wenxian = units.find((u) => u.name === '温县')!;
    const map = page.getByTestId('project-map');
    await map.scrollIntoViewIfNeeded();
    const canvas = map.locator('canvas').first();
    await canvas.waitFor();
    await expect.poll(() => map.getAttribute('data-unit-pixels')).toBeTruthy();
    const pixels = JSON.parse((await map.getAttribute('data-unit-pixels'))!) as Record<
      string,
      [number, number]
    >;
    const box = (await canvas.boundingBox())!;
    const [x, y] = pixels[wenxian.id]!;
    await page.screenshot({ path: screenshotPath('projects-map'), fullPage: true });
    await page.mouse.click(box.x + x, box.y + y); // a real click where 温县 is drawn
    await expect.poll(() => page.url(), { timeout: 30_000 }).toContain(`unitId=${wenxian.id}`);
    await expect
      .poll(() => page.getByTestId('list-filter').textContent(), { timeout: 30_000 })
      .toContain('温县');
    await page.goBack();
    await page.getByTestId('rate-cards').waitFor();
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

  it('creates a project on the form, the stage order refused on the field', async () => {
    await page.goto(`${server.url}/projects?tab=list`);
    await page.getByTestId('new-project').click();
    await page.getByTestId('project-form-name').fill('温县测试表单项目');
    await page.getByLabel('单位', { exact: true }).click();
    await page.keyboard.type('温县');
    await page.locator('.ant-select-tree').getByText('温县', { exact: true }).click();
    const date = async (label: string, value: string) => {
      const input = page.getByLabel(label, { exact: true });
      await input.click();
      await input.fill(value);
      await input.press('Enter');
    };
    await date('签约日期', '2026-03-01');
    await date('开工日期', '2026-02-01');
    await page.getByTestId('project-form-ok').click();
    const error = page.locator('.ant-form-item-explain-error', { hasText: '不能早于签约日期' });
    await expect
      .poll(() => error.first().textContent(), { timeout: 15_000 })
      .toBe('开工日期（2026-02-01）不能早于签约日期（2026-03-01）');
    await page.screenshot({ path: screenshotPath('projects-form-order'), fullPage: false });
    await date('开工日期', '2026-03-10');
    await page.getByLabel('专班 · 负责人').fill('温县分管副县长（示例）');
    await page.getByTestId('project-form-ok').click();
    await expect
      .poll(() => page.getByTestId('project-name').textContent(), { timeout: 30_000 })
      .toBe('温县测试表单项目');
    expect(await page.getByText('温县分管副县长（示例）').count()).toBe(1);
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
    // One input per project of its county, and no other county's project.
    const api = await server.login('wenxian');
    const d = new Date();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() - 1); // the page opens on last month
    const month = d.toISOString().slice(0, 7);
    const form = (await api.get(`/api/projects/investment-form?month=${month}`)).body as {
      items: { unit: string }[];
    };
    expect(form.items.length).toBeGreaterThan(0);
    expect(new Set(form.items.map((i) => i.unit))).toEqual(new Set(['温县']));
    expect(await liaison.locator('input[data-testid^="ytd-"]').count()).toBe(form.items.length);

    // Its dashboard ranks 温县 among every county, and shows no row of other counties' dashes.
    await liaison.goto(`${server.url}/projects`);
    const ranking = liaison.getByTestId('ranking-table');
    await ranking.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await ranking.locator('tbody tr.ant-table-row').allInnerTexts()).toEqual([
      expect.stringContaining('温县'),
    ]);
    expect(await liaison.getByTestId('ranking-peers').textContent()).toContain('全市 11 个单位');
  });
});
