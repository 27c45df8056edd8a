import { launchBrowser } from '../e2e/support/browser';
const URL = 'http://127.0.0.1:3300';
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1440, height: 1100 }, locale: 'zh-CN' });
await context.request.post(URL + '/api/auth/login', { data: { username: 'duchashi', password: 'Luoshi@2026' } });
const page = await context.newPage();
for (const [path, file] of [['/matters', 'board'], ['/matters?tab=stats', 'stats'], ['/enterprises/e/5947cfd4-891e-4dc5-8690-45a75255eaef', 'ent']]) {
  await page.goto(URL + path);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/${file}.png`, fullPage: true });
}
await browser.close();
