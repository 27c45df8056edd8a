import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../test/support/server';
import { launchBrowser, screenshotPath, signIn } from './support/browser';

// A supervisor imports a 2,000-row ledger (the most one file may hold): the page shows how far
// the import has got, then the count, and every row is there.
let server: TestServer;
let browser: Browser;
let page: Page;
let api: ApiClient;
const ROWS = 2000;

async function ledger(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('清单');
  ws.addRow(['2026年民生实事清单']);
  ws.mergeCells(1, 1, 1, 5);
  ws.addRow(['序号', '事项名称', '牵头领导', '牵头单位', '复杂程度']);
  for (let i = 1; i <= ROWS; i++) ws.addRow([i, `民生实事第${i}项`, '王市长', '温县', '一般']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  server = await startTestServer();
  api = await server.login('duchashi');
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a large ledger import', () => {
  it('shows its progress row by row, then the count, and saves every row', async () => {
    const year = new Date().getFullYear();
    const listId = (await api.post('/api/matter-lists', { title: '民生实事导入清单', year })).body
      .id as string;
    await signIn(page, server.url, 'duchashi');
    await page.goto(`${server.url}/matters?tab=lists`);
    const upload = page.getByTestId(`import-list-${listId}`);
    await upload.waitFor();
    const input = page.locator('.ant-upload', { has: upload }).locator('input[type=file]');
    await input.setInputFiles({
      name: '民生实事.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await ledger(),
    });
    const progress = page.getByTestId(`import-list-${listId}-progress`);
    await progress.waitFor({ timeout: 60_000 });
    expect(await progress.innerText()).toMatch(/正在(读取|检查|保存)/);
    await page.screenshot({ path: screenshotPath('import-progress') });

    await page.getByText(`已导入 ${ROWS} 项`).waitFor({ timeout: 120_000 });
    await expect.poll(async () => progress.count()).toBe(0);
    expect((await api.get(`/api/matters?listId=${listId}`)).body.total).toBe(ROWS);
  }, 180_000);
});
