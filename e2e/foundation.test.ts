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
  page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('foundation journey', () => {
  it('refuses a wrong password with a Chinese message', async () => {
    await page.goto(server.url + '/');
    await page.getByTestId('login-username').fill('duchashi');
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toBe('用户名或密码错误');
  });

  it('signs in as the demo supervisor, finds 孟州市 in the unit tree by typing mz', async () => {
    await signIn(page, server.url, 'duchashi');
    expect(await page.getByTestId('welcome').textContent()).toBe('欢迎，张督查');
    await page.getByTestId('nav-/units').click();
    await page.getByTestId('unit-node-410800').waitFor();
    await page.getByTestId('unit-search').locator('input').fill('mz');
    await page.getByTestId('unit-option-410883').click();
    await expect.poll(() => page.getByTestId('unit-detail-name').textContent()).toBe('孟州市');
    expect(await page.getByTestId('unit-detail-code').textContent()).toBe('410883');
    // The tree opened down to it and highlights it.
    await page.getByTestId('unit-node-410883').waitFor();
    await page.screenshot({ path: screenshotPath('units-mengzhou'), fullPage: true });
  });

  it('switches the interface to English and back', async () => {
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('nav').textContent()).toContain('Units');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.getByTestId('nav').textContent()).toContain('单位');
  });

  it('the system admin adds a sub-unit; a taken code is refused in Chinese and nothing typed is lost', async () => {
    const admin = await browser.newPage({
      viewport: { width: 1366, height: 900 },
      locale: 'zh-CN',
    });
    await signIn(admin, server.url, 'sysadmin');
    await admin.goto(`${server.url}/units`);
    await admin.getByTestId('unit-search').locator('input').fill('wx');
    await admin.getByTestId('unit-option-410825').click();
    await expect.poll(() => admin.getByTestId('unit-detail-name').textContent()).toBe('温县');
    await admin.getByTestId('unit-add').click();
    await admin.getByLabel('名称').fill('温县数据中心');
    await admin.getByLabel('代码').fill('410825');
    await admin.getByRole('button', { name: '保 存' }).click();
    await expect
      .poll(() => admin.getByTestId('form-error').textContent())
      .toBe('单位代码 410825 已被 温县 使用');
    expect(await admin.getByLabel('名称').inputValue()).toBe('温县数据中心');
    await admin.getByLabel('代码').fill('WX-SJZX');
    await admin.getByRole('button', { name: '保 存' }).click();
    await expect.poll(() => admin.getByRole('button', { name: '温县数据中心' }).count()).toBe(1);
    await admin.close();
  });
});
