import ExcelJS from 'exceljs';
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
  page = await browser.newPage({
    viewport: { width: 1600, height: 1000 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// The nine expected targets of seed 001 (Jiaozuo 2022), as the plan words them.
const SEED_001 = [
  '地区生产总值增长8%左右',
  '研发经费投入强度2%以上',
  '居民收入与经济增长协调同步',
  '规上工业增加值增长8.5%以上',
  '固定资产投资增长10%以上',
  '社会消费品零售总额增长8.5%左右',
  '进出口总额保持平稳增长',
  '一般公共预算收入增长5%以上',
  '城镇调查失业率、节能减排、CPI涨幅等完成省控目标',
];

describe('targets journey', () => {
  it('opens the demo 2022 plan and sees the nine seed-001 targets with lights', async () => {
    await signIn(page, server.url, 'duchashi');
    await page.getByTestId('nav-/targets').click();
    await page.getByTestId('plan-table').waitFor();
    // The month picker: type the month as a person would and confirm.
    const picker = page.getByTestId('period-picker');
    await picker.click();
    await picker.fill('2022-06');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('目标完成情况（2022年1-6月）').count()).toBe(1);

    for (let seq = 1; seq <= 9; seq++) {
      expect(await page.getByTestId(`target-${seq}-1`).textContent()).toBe(SEED_001[seq - 1]);
    }
    // GDP 8.3% against 8%左右 is on pace (green); 规上工业 8.1% against 8.5%以上 is behind (yellow).
    expect(
      await page.getByTestId('status-1-1').locator('[data-light]').getAttribute('data-light'),
    ).toBe('green');
    expect(await page.getByTestId('status-1-1-value').textContent()).toBe('8.3%');
    expect(
      await page.getByTestId('status-4-1').locator('[data-light]').getAttribute('data-light'),
    ).toBe('yellow');
    // A qualitative target waits for a person instead of a light.
    expect(await page.getByTestId('status-3-1').textContent()).toContain('待人工判定');
    await page.screenshot({ path: screenshotPath('targets-plan-2022'), fullPage: true });
  });

  it('opens the reports behind a number', async () => {
    await page.getByTestId('status-1-1-value').click();
    await page.getByTestId('reports-drawer').waitFor();
    await expect.poll(() => page.getByTestId('reports-drawer').textContent()).toContain('演示数据');
    await page.keyboard.press('Escape');
  });

  it('exports the plan ledger as .xlsx in the ledger layout', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-ledger').click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await download.path())!);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toContain('经济社会发展主要预期目标');
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value ?? ''))));
    expect(texts).toContain('序号');
    expect(texts).toContain('地区生产总值增长8%左右');
  });

  it('shows a target page with its trend chart and ranking', async () => {
    await page.getByTestId('target-1-1').click();
    await expect
      .poll(() => page.getByTestId('target-title').textContent())
      .toBe('地区生产总值增长8%左右');
    await page.getByTestId('trend-chart').locator('canvas').waitFor();
    await page.getByTestId('ranking-chart').locator('canvas').waitFor();
    await page.waitForTimeout(1500); // let ECharts finish its grow-in animation for the screenshot
    await page.screenshot({ path: screenshotPath('targets-gdp'), fullPage: true });
  });
});
