import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/support/server';
import { DEMO_PASSWORD } from '../src/server/demo/accounts';
import { launchBrowser, screenshotPath } from './support/browser';

// The leader opens the cockpit, clicks a 三个一批 rate and lands on its projects; clicks 温县
// on the map canvas, sees 温县's figures, clicks its overdue count and lands on exactly those
// matters; opens a month of the trends; then reads the evaluation ranking and one unit's
// breakdown and downloads its 通报.

let server: TestServer;

/** The rows of the ledger an export button downloads, as the signed-in page gets it. */
async function ledgerRowCount(page: Page, testId: string): Promise<number> {
  const href = (await page.getByTestId(testId).getAttribute('href'))!;
  const res = await page.request.get(server.url + href);
  expect(res.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  // ExcelJS declares an older Buffer type than Node 20 returns; the bytes are the same.
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  let n = 0;
  wb.worksheets[0]!.eachRow((row) => {
    if (typeof row.getCell(1).value === 'number') n++; // numbered by 序号
  });
  return n;
}
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
    // Warm: the bundle cached, the server's statements prepared; what a leader sees daily.
    const t1 = Date.now();
    await page.reload();
    await page.getByTestId('section-matters').waitFor();
    await page.getByTestId('cockpit-map').locator('canvas').first().waitFor();
    console.log('cockpit page load', loadMs, 'ms cold,', Date.now() - t1, 'ms warm');
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
    // …and exports exactly those projects.
    expect(await ledgerRowCount(page, 'list-export')).toBe(n);
    await page.screenshot({ path: screenshotPath('cockpit-project-rows'), fullPage: true });
    await page.goto(server.url + '/cockpit');
    await page.getByTestId('section-matters').waitFor();
  }, 240_000);

  it('clicks 温县 on the map, sees its figures, and its overdue count opens exactly those matters', async () => {
    // The city page's map is coloured by 超期未办结 by default; the table beside it says 温县's.
    await page.getByTestId('cockpit-map').locator('canvas').first().waitFor();
    const cityWen = (await page.getByTestId('unit-figure-410825').textContent())!.trim();
    const cityOverdue = (await page.getByTestId('fig-matters.overdue').textContent())!.trim();
    // 温县's centre (the geojson's cp) in canvas pixels, from the chart itself; then a real
    // mouse click at that point of the canvas.
    await page.waitForTimeout(800); // let the map finish its first animation
    const at = await page.getByTestId('cockpit-map').evaluate((el) => {
      const chart = (
        el as unknown as { echarts: { convertToPixel(f: object, c: number[]): number[] } }
      ).echarts;
      return chart.convertToPixel({ geoIndex: 0 }, [113.08053, 34.940189]);
    });
    const canvas = await page.getByTestId('cockpit-map').locator('canvas').first().boundingBox();
    await page.mouse.click(canvas!.x + at[0]!, canvas!.y + at[1]! + 8);
    await expect.poll(() => page.getByTestId('cockpit-scope').textContent()).toContain('温县');
    expect(page.url()).toContain('/cockpit?unit=');
    const fig = page.getByTestId('fig-matters.overdue');
    await fig.waitFor();
    const shown = (await fig.textContent())!.trim();
    // The county's figure is the one the city page gave 温县, not the city's.
    expect(shown).toBe(cityWen);
    console.log('city overdue', cityOverdue, '温县', shown);
    await page.getByTestId('cockpit-trends').waitFor();
    await page.screenshot({ path: screenshotPath('cockpit-wenxian'), fullPage: true });
    await fig.click();
    await expect.poll(() => page.getByTestId('list-total').getAttribute('data-total')).toBe(shown);
    expect(await page.getByTestId('list-extra-filters').textContent()).toContain('超期未办结');
    expect(await ledgerRowCount(page, 'list-export')).toBe(Number(shown));
    await page.screenshot({ path: screenshotPath('cockpit-overdue-rows'), fullPage: true });
  }, 240_000);

  it('opens the matters closed on time in a month from the trends', async () => {
    await page.goto(server.url + '/cockpit');
    await page.getByTestId('cockpit-trends').waitFor();
    const links = page.locator('[data-testid^="trend-closedOnTime-"]');
    await links.first().waitFor();
    // The month with the most matters closed on time.
    const texts = await links.allTextContents();
    const i = texts.map(Number).reduce((b, v, j, a) => (v > a[b]! ? j : b), 0);
    const n = texts[i]!;
    expect(Number(n)).toBeGreaterThan(0);
    await links.nth(i).click();
    await expect.poll(() => page.getByTestId('list-total').getAttribute('data-total')).toBe(n);
    await page.screenshot({ path: screenshotPath('cockpit-trend-rows'), fullPage: true });
  }, 240_000);

  it('shows the county assessment by group and one unit’s breakdown', async () => {
    await page.goto(server.url + '/evaluations');
    await page.getByTestId('scheme-jz-county').click();
    await page.getByTestId('results-county_group').waitFor();
    await page.screenshot({ path: screenshotPath('evaluation-results'), fullPage: true });
    // The 通报 button downloads the Word circular of the period on screen.
    const href = (await page.getByTestId('eval-circular').getAttribute('href'))!;
    expect(href).toContain('/circular.docx?period=');
    const doc = await page.request.get(server.url + href);
    expect(doc.status()).toBe(200);
    expect(doc.headers()['content-type']).toContain('wordprocessingml');
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
