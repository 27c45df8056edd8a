import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeUscc } from '../src/core/enterprises/uscc';
import { startTestServer, type TestServer } from '../test/support/server';
import { launchBrowser, screenshotPath, signIn } from './support/browser';

let server: TestServer;
let browser: Browser;
let page: Page;
let near: { id: string; name: string; evaluation: { gaps: string[] } };
const year = new Date().getFullYear() - 1;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const gxj = await server.login('gxj');
  const r = await gxj.get(
    `/api/enterprise-evaluations?year=${year}&kind=specialized_sme&outcome=nearly`,
  );
  near = r.body.items[0];
  page = await browser.newPage({ viewport: { width: 1500, height: 1000 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('专精特新 near miss', () => {
  it('opens an enterprise that nearly qualifies and sees what it lacks', async () => {
    await signIn(page, server.url, 'gxj');
    await page.getByTestId('nav-/enterprises').click();
    await page.getByTestId('enterprise-table').getByText(near.name).first().waitFor();
    await page.screenshot({ path: screenshotPath('enterprises-library') });
    await page.getByTestId('enterprise-table').getByText(near.name).first().click();
    await page.getByTestId('evaluation-specialized_sme').waitFor();
    expect(await page.getByTestId('outcome-specialized_sme').textContent()).toBe('接近');
    const gaps = await page
      .getByTestId('evaluation-specialized_sme')
      .getByTestId('gap')
      .allTextContents();
    expect(gaps.map((g) => g.replace('•', ''))).toEqual(near.evaluation.gaps);
    await page.screenshot({ path: screenshotPath('enterprise-nearly'), fullPage: true });
  });

  it('adds the near misses to the seed pool and finds it there', async () => {
    await page.goto(`${server.url}/enterprises?tab=evaluation`);
    await page.getByTestId('evaluation-table').getByText(near.name).first().waitFor();
    await page.getByTestId('pool-from-near').click();
    await page.getByText(/已加入 \d+ 家/).waitFor();
    await page.screenshot({ path: screenshotPath('enterprises-near-misses') });
    await page.goto(`${server.url}/enterprises?tab=pool`);
    await page.getByTestId('pool-table').getByText(near.name).waitFor();
    await page.screenshot({ path: screenshotPath('enterprises-pool') });
  });

  it('shows title counts by unit, each opening its list', async () => {
    await page.goto(`${server.url}/enterprises?tab=counts`);
    await page.getByTestId('counts-table').getByText('孟州市').waitFor();
    await page.screenshot({ path: screenshotPath('enterprises-counts') });
  });
});

describe('chains and the evaluation job', () => {
  it('lists the chains with both leaders; a chain’s count opens its enterprises', async () => {
    await page.goto(`${server.url}/enterprises?tab=chains`);
    await page.getByTestId('chains-table').getByText('多氟多新材料股份有限公司').waitFor();
    await page.screenshot({ path: screenshotPath('enterprises-chains') });
    await page.getByTestId('chain-enterprises-新能源材料').click();
    await page.getByTestId('enterprise-table').getByText('多氟多新材料股份有限公司').waitFor();
  });

  it('evaluates all enterprises in the background with progress', async () => {
    await page.goto(`${server.url}/enterprises?tab=evaluation`);
    await page.getByTestId('evaluation-run').click();
    await page.getByTestId('evaluation-progress').waitFor();
    await page.getByTestId('evaluation-done').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('evaluation-done').textContent()).toMatch(/^已评价 60 家/);
    await page.screenshot({ path: screenshotPath('enterprises-evaluation-run') });
  });
});

describe('registering an enterprise', () => {
  it('shows a wrong credit code’s error on the field, naming the character, then saves the right one', async () => {
    const p = await browser.newPage({ viewport: { width: 1500, height: 1000 }, locale: 'zh-CN' });
    await signIn(p, server.url, 'wenxian');
    await p.goto(`${server.url}/enterprises`);
    await p.getByTestId('new-enterprise').click();
    const good = composeUscc('91', '410825', 'E2E00001');
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    await p.getByTestId('ent-uscc').fill(wrong);
    await p.getByTestId('ent-name').fill('焦作浏览器测试科技有限公司（虚构）');
    await p.getByLabel('所属单位').click();
    await p.keyboard.type('温县');
    await p.getByTitle('温县', { exact: true }).click();
    await p.getByTestId('enterprise-save').click();
    const message = `统一社会信用代码第 18 位（校验码）应为“${good[17]}”，当前为“${wrong[17]}”，请核对`;
    // Under the field itself (antd's explain line of the 统一社会信用代码 item).
    await p.locator('.ant-form-item-explain-error').getByText(message).waitFor();
    await p.screenshot({ path: screenshotPath('enterprise-wrong-uscc') });
    await p.getByTestId('ent-uscc').fill(good);
    await p.getByTestId('enterprise-save').click();
    await p
      .getByTestId('enterprise-page')
      .getByText('焦作浏览器测试科技有限公司（虚构）')
      .waitFor();
    expect(await p.getByTestId('enterprise-page').textContent()).toContain(good);
    await p.close();
  });
});

describe('yearly figures batch form', () => {
  it('types a figure for a county’s enterprise on the batch page and finds it saved', async () => {
    const p = await browser.newPage({ viewport: { width: 1500, height: 1000 }, locale: 'zh-CN' });
    await signIn(p, server.url, 'wenxian');
    await p.goto(`${server.url}/enterprises?tab=figures`);
    const wenxian = await server.login('wenxian');
    const first = (await wenxian.get(`/api/enterprises/figures/batch?year=${year}&pageSize=50`))
      .body.items[0] as { id: string; name: string };
    const cell = p.getByLabel(`${first.name} 营业收入（万元）`);
    await cell.fill('8765.4');
    await p.getByTestId('batch-save').click();
    await p.getByText('已保存 1 家企业的年度数据').waitFor();
    await p.screenshot({ path: screenshotPath('enterprise-figures-batch') });
    const after = (
      await wenxian.get(`/api/enterprises/figures/batch?year=${year}&pageSize=50`)
    ).body.items.find((r: { id: string }) => r.id === first.id);
    expect(after.figures.revenue).toBe(8765.4);
    await p.close();
  });
});
