// Issue 9 point 12: with the English switch on, no page shows Chinese interface text. Every
// page of the menu is visited as each role that sees it (and every tab on it, and the detail
// pages a supervisor opens from them); the interface chrome — menu, titles, headings, column
// headers, buttons, form labels, placeholders, empty states, alerts — must hold no Chinese.
// Data stays as entered (unit names, matter titles, people), so table bodies, trees, the
// chosen value of a select, its options and the signed-in person's name are not checked, and
// a page marks any other entered text inside chrome with data-user-text.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/support/server';
import { launchBrowser, screenshotPath, signIn } from './support/browser';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ env: { LUOSHI_DEMO: 'true' } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Interface chrome: what the program itself writes on the page. */
const CHROME = [
  '[data-testid=nav] .ant-menu-title-content',
  'h1, h2, h3, h4, h5, h6',
  '.ant-card-head-title',
  '.ant-tabs-tab',
  'thead th',
  'button',
  'label',
  '.ant-form-item-label',
  '.ant-statistic-title',
  '.ant-select-selection-placeholder',
  '.ant-picker-input',
  '.ant-empty-description',
  '.ant-modal-title',
  '.ant-modal-footer',
  '.ant-drawer-title',
  '.ant-alert-message',
  '.ant-alert-description',
  '.ant-descriptions-item-label',
  '.ant-descriptions-title',
  '.ant-radio-button-wrapper',
  '.ant-segmented-item-label',
  '.ant-checkbox-wrapper',
  '.ant-radio-wrapper',
  '.ant-pagination',
  '.ant-result-title',
  '.ant-result-subtitle',
  '.ant-divider-inner-text',
  '.ant-steps-item-title',
  '.ant-list-header',
  '.ant-typography-secondary',
  '.ant-dropdown-menu-title-content',
  '[role=tooltip]',
].join(', ');

/**
 * Entered data, allowed in any language: table bodies (rows of data), unit trees, the value
 * chosen in a select and the options it offers, the person's own name, and text a page marks
 * as data with data-user-text (a unit's name in a heading, a matter's title in a modal title).
 */
const DATA = [
  'tbody',
  '.ant-tree',
  '.ant-select-selection-item',
  '.ant-select-dropdown',
  '.ant-cascader-dropdown',
  '[data-testid=user-menu]',
  // The switch back names the other language in that language, as every site does.
  '[data-testid=lang-switch]',
  '[data-user-text]',
].join(', ');

/** The Chinese interface strings on the page: chrome elements (and placeholders) holding CJK. */
async function chineseChrome(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ chrome, data }) => {
      const cjk = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/;
      const hasCjk = /[\u3400-\u9fff\uf900-\ufaff]/;
      const visible = (el: Element) => (el as HTMLElement).getClientRects().length > 0;
      const found = new Set<string>();
      for (const el of Array.from(document.querySelectorAll(chrome))) {
        if (el.closest(data) || !visible(el)) continue;
        // The element's own text, leaving out any data marked inside it.
        let text = '';
        const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
          if (!n.parentElement?.closest(data)) text += n.textContent;
        }
        if (hasCjk.test(text))
          found.add(
            `${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).split(' ')[0] ?? ''}: ${text.trim().slice(0, 80)}`,
          );
      }
      for (const el of Array.from(
        document.querySelectorAll('input[placeholder], textarea[placeholder]'),
      )) {
        const p = el.getAttribute('placeholder') ?? '';
        if (!el.closest(data) && visible(el) && hasCjk.test(p)) found.add(`placeholder: ${p}`);
      }
      void cjk;
      return [...found];
    },
    { chrome: CHROME, data: DATA },
  );
}

/** Waits until the page has fetched what it shows (no request for half a second, no spinner). */
async function settle(page: Page) {
  // Bounded: a page that polls (the bell, the exports tray) never goes network-idle, and a
  // 30 s wait per page and tab made the supervisor's walk overrun on a busy machine.
  await page.waitForLoadState('networkidle', { timeout: 3_000 }).catch(() => undefined);
  await page
    .waitForFunction(
      () => document.querySelectorAll('.ant-spin-spinning, .ant-skeleton-active').length === 0,
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
}

async function english(username: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'en-US' });
  await signIn(page, server.url, username);
  await page.getByTestId('lang-switch').click();
  await page.getByTestId('nav').getByText('Home').waitFor();
  return page;
}

/** Checks the current page and each of its tabs; returns the offences, named by where. */
async function checkPageAndTabs(page: Page, where: string): Promise<string[]> {
  await settle(page);
  const offences = (await chineseChrome(page)).map((s) => `${where} → ${s}`);
  const tabs = page.locator('.ant-layout-content .ant-tabs-nav .ant-tabs-tab');
  const n = await tabs.count();
  for (let i = 1; i < n; i++) {
    const tab = tabs.nth(i);
    const name = ((await tab.textContent()) ?? '').trim();
    await tab.click();
    await settle(page);
    offences.push(...(await chineseChrome(page)).map((s) => `${where} [${name}] → ${s}`));
  }
  return offences;
}

async function navPaths(page: Page): Promise<string[]> {
  const ids = await page
    .getByTestId('nav')
    .locator('[data-testid^="nav-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('nav-'.length)));
  return ids;
}

const ROLES = [
  { username: 'duchashi', role: 'supervisor' },
  { username: 'wenxian', role: 'liaison' },
  { username: 'leader', role: 'leader' },
  { username: 'sysadmin', role: 'system admin' },
  { username: 'secadmin', role: 'security admin' },
  { username: 'auditadmin', role: 'audit admin' },
];

describe('English on every page', () => {
  for (const { username, role } of ROLES) {
    it(`the ${role} (${username}) sees no Chinese interface text on any page of the menu`, async () => {
      const page = await english(username);
      const paths = await navPaths(page);
      expect(paths.length).toBeGreaterThan(1);
      const offences: string[] = [];
      for (const path of paths) {
        await page.goto(server.url + path);
        offences.push(...(await checkPageAndTabs(page, path)));
      }
      await page.screenshot({ path: screenshotPath(`english-${username}`), fullPage: true });
      await page.close();
      expect(offences).toEqual([]);
    }, 600_000);
  }

  it('the supervisor sees no Chinese interface text on detail pages and lists', async () => {
    const api = await server.login('duchashi');
    const matter = (await api.get('/api/matters?pageSize=1')).body.items[0];
    const project = (await api.get('/api/projects?pageSize=1')).body.items[0];
    const enterprise = (await api.get('/api/enterprises?pageSize=1')).body.items[0];
    const scheme = (await api.get('/api/evaluations/schemes')).body.items[0];
    const pages = [
      `/matters/m/${matter.id}`,
      '/matters/list?overdue=true',
      `/projects/p/${project.id}`,
      `/enterprises/e/${enterprise.id}`,
      `/evaluations/s/${scheme.id}`,
    ];
    const page = await english('duchashi');
    const offences: string[] = [];
    for (const path of pages) {
      await page.goto(server.url + path);
      offences.push(...(await checkPageAndTabs(page, path)));
    }
    // A target page, opened from the plan table as a supervisor would.
    await page.goto(server.url + '/targets');
    await settle(page);
    await page.locator('[data-testid^="target-"][data-testid$="-1"]').first().click();
    await page.getByTestId('target-title').waitFor();
    offences.push(...(await checkPageAndTabs(page, 'target page')));
    // The supervisor's dialogs on a target page, and the reports behind a number.
    for (const action of ['action-meaning', 'action-decompose', 'action-control', 'action-judge']) {
      if ((await page.getByTestId(action).count()) === 0) continue;
      await page.getByTestId(action).click();
      await page.locator('.ant-modal').last().waitFor();
      await settle(page);
      offences.push(...(await chineseChrome(page)).map((x) => `target page ${action} → ${x}`));
      await page.locator('.ant-modal-footer button').first().click();
      await page.locator('.ant-modal').last().waitFor({ state: 'hidden' });
    }
    await page.getByTestId('action-delete').click();
    await page.getByTestId('delete-confirm').waitFor();
    offences.push(...(await chineseChrome(page)).map((x) => `target page delete → ${x}`));
    await page.keyboard.press('Escape');
    // The value in the status cell opens the reports behind it.
    const value = page.locator('.ant-descriptions a.ant-typography').first();
    expect(await value.count()).toBe(1);
    await value.click();
    await page.getByTestId('reports-drawer').waitFor();
    await settle(page);
    offences.push(...(await chineseChrome(page)).map((x) => `reports drawer → ${x}`));
    await page.close();
    expect(offences).toEqual([]);
  }, 600_000);
});
