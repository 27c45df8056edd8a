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
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const previewText = () => page.getByTestId('add-target-preview').textContent();

// A supervisor maintains the demo 2022 plan: every demo indicator already has a line in it,
// so the journey first deletes 进出口总额保持平稳增长 and then words that target anew.
describe('targets editing journey', () => {
  it('deletes a target from its page after confirming', async () => {
    await signIn(page, server.url, 'duchashi');
    await page.getByTestId('nav-/targets').click();
    await page.getByTestId('plan-table').waitFor();
    expect(await page.getByTestId('target-7-1').textContent()).toBe('进出口总额保持平稳增长');
    await page.getByTestId('target-7-1').click();
    await page.getByTestId('action-delete').click();
    await page.getByTestId('delete-confirm').click();
    await page.getByTestId('plan-table').waitFor();
    await expect.poll(() => page.getByTestId('target-7-1').count()).toBe(0);
  });

  it('adds a target and sees, while typing, what Luoshi reads from the words', async () => {
    await page.getByTestId('add-target').click();
    const wording = page.getByTestId('add-target-wording');
    const submit = page.getByTestId('add-target-submit');

    // An indicator Luoshi does not know: flagged, and the target cannot be saved as it is.
    await wording.fill('新建5G基站2000个以上');
    await expect.poll(previewText).toContain('未找到指标“新建5G基站”');
    expect(await submit.isDisabled()).toBe(true);

    // Wording it cannot read is flagged for a person, not guessed.
    await wording.fill('进出口总额增长五个点');
    await expect.poll(previewText).toContain('无法识别');
    await page.getByTestId('preview-unreadable').waitFor();

    await wording.fill('进出口总额增长5%以上');
    await expect.poll(previewText).toContain('增速 ≥ 5%');
    expect(await page.getByTestId('preview-unreadable').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('targets-add-target') });
    await expect.poll(() => submit.isDisabled()).toBe(false);
    await submit.click();

    await expect
      .poll(() => page.getByTestId('target-10-1').textContent())
      .toBe('进出口总额增长5%以上');
    const row = page
      .getByTestId('plan-table')
      .locator('tr', { has: page.getByTestId('target-10-1') });
    expect(await row.textContent()).toContain('增速 ≥ 5%');
  });

  it('corrects the meaning with a reason and sees （人工） in the plan table', async () => {
    await page.getByTestId('target-10-1').click();
    await expect.poll(() => page.getByTestId('target-meaning').textContent()).toBe('增速 ≥ 5%');
    await page.getByTestId('action-meaning').click();
    expect(await page.getByTestId('meaning-auto').textContent()).toBe('增速 ≥ 5%');

    await page.getByTestId('meaning-comparator').click();
    await page.locator('.ant-select-dropdown').getByText('约（左右）').click();
    await expect
      .poll(() => page.getByTestId('meaning-next').textContent())
      .toBe('增速 约 5%（±0.5）');
    // The reason is required.
    await page.getByTestId('meaning-submit').click();
    await page.getByText('请填写修正理由').waitFor();
    await page.getByTestId('meaning-reason').fill('市政府常务会议明确按5%左右考核');
    await page.getByTestId('meaning-submit').click();
    await expect
      .poll(() => page.getByTestId('target-meaning').textContent())
      .toBe('增速 约 5%（±0.5） · 人工修正：市政府常务会议明确按5%左右考核');

    await page.getByText('返回计划').click();
    const row = page
      .getByTestId('plan-table')
      .locator('tr', { has: page.getByTestId('target-10-1') });
    await expect.poll(() => row.textContent()).toContain('增速 约 5%（±0.5）（人工）');
    await page.screenshot({ path: screenshotPath('targets-edited'), fullPage: true });
  });

  it('decomposes the new target to a county and sees its share on the target page', async () => {
    await page.getByTestId('target-10-1').click();
    await page.getByTestId('action-decompose').click();
    await page.getByTestId('decompose-410802').fill('增长6%以上');
    await page.getByTestId('decompose-submit').click();
    await page.getByTestId('unit-target-410802').waitFor();
    const row = page.locator('tr', { has: page.getByTestId('unit-target-410802') });
    expect(await row.textContent()).toContain('增长6%以上');
    expect(await row.textContent()).toContain('增速 ≥ 6%');
    await page.getByText('返回计划').click();
    await page.getByTestId('plan-table').waitFor();
  });

  it('enters the control value for 节能减排 that the province sets later', async () => {
    const status = page.getByTestId('status-9-2');
    expect(await status.textContent()).toContain('待录入控制值');
    await page.getByTestId('target-9-2').click();
    await page.getByTestId('action-control').click();
    await page.getByTestId('control-value').fill('-3');
    await page.getByTestId('control-submit').click();
    await expect.poll(() => page.getByTestId('target-detail').textContent()).toContain('-3');
    await page.getByText('返回计划').click();
    await expect.poll(() => status.locator('[data-light]').count()).toBe(1);
  });

  it("judges a county's qualitative target with a written reason", async () => {
    await page.getByTestId('target-3-1').click();
    await page.getByTestId('unit-target-410802').click();
    await expect.poll(() => page.getByTestId('target-detail').textContent()).toContain('人工判定');
    await page.getByTestId('action-judge').click();
    await page.getByTestId('judge-verdict').getByText('完成', { exact: true }).click();
    await page.getByTestId('judge-reason').fill('居民收入增速7.1%，与经济增速基本同步');
    await page.getByTestId('judge-submit').click();
    await expect
      .poll(() => page.getByTestId('target-detail').textContent())
      .toContain('居民收入增速7.1%，与经济增速基本同步');
  });
});
