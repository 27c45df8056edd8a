import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../test/support/server';
import { launchBrowser, screenshotPath, signIn } from './support/browser';

// A supervisor exports a 30,000-matter ledger: the export runs in the background with a
// progress bar, and the supervisor keeps working on other pages meanwhile.
let server: TestServer;
let browser: Browser;
let page: Page;
let api: ApiClient;
let listId = '';
const EXTRA = 30_000;

beforeAll(async () => {
  server = await startTestServer();
  api = await server.login('duchashi');
  listId = (await api.get('/api/matter-lists')).body.items[0].id;
  await server.database.db.execute(sql`
    insert into matters (workspace_id, id, list_id, seq, title, content, source, lead_leader,
      lead_unit_id, status, created_by, assigned_on, final_due, next_due)
    select m.workspace_id, gen_random_uuid(), m.list_id, 1000 + g, m.title || ' 第' || g || '项',
      m.content, m.source, m.lead_leader, m.lead_unit_id, m.status, m.created_by, m.assigned_on,
      m.final_due, m.next_due
    from (select * from matters where list_id = ${listId} limit 1) m, generate_series(1, ${EXTRA}) g`);
  await server.database.db.execute(sql`analyze matters`);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1500, height: 950 }, locale: 'zh-CN' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a large ledger export', () => {
  it('shows its progress and lets the supervisor open another page while it runs', async () => {
    await signIn(page, server.url, 'duchashi');
    await page.goto(`${server.url}/matters?tab=lists`);
    await page.getByTestId(`export-ledger-${listId}`).click();
    await page.getByTestId('export-tray').click();
    await page.getByTestId('export-progress').waitFor();
    await page.screenshot({ path: screenshotPath('export-progress') });

    // Another page, while the export is still running.
    // (How long it takes is measured in bench/, not here: this machine may be busy.)
    await page.getByTestId('nav-/').click();
    await page.getByTestId('welcome').waitFor();
    const job = (await api.get('/api/exports')).body.items[0];
    expect(['queued', 'running']).toContain(job.status);

    // The file, when ready.
    await page.getByTestId('export-download-now').waitFor({ timeout: 120_000 });
    const done = (await api.get('/api/exports')).body.items[0];
    expect(done).toMatchObject({ status: 'done', done: done.total });
    expect(done.total).toBeGreaterThan(EXTRA);
    await page.screenshot({ path: screenshotPath('export-done') });
  }, 180_000);
});
