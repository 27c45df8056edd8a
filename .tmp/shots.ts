import { launchBrowser } from '../e2e/support/browser';
const URL = 'http://127.0.0.1:3300';
const browser = await launchBrowser();
const shots: [string, string, string][] = [
  ['leader', '/cockpit', 'zh'], ['leader', '/cockpit', 'en'], ['wenxian', '/cockpit', 'zh'], ['duchashi', '/matters', 'zh'], ['leader', '/projects', 'zh'],
];
for (const [user, path, lang] of shots) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1100 }, locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
  const r = await context.request.post(URL + '/api/auth/login', { data: { username: user, password: 'Luoshi@2026' } });
  if (r.status() !== 200) throw new Error('login ' + user);
  const page = await context.newPage();
  if (lang === 'en') await page.addInitScript(() => localStorage.setItem('luoshi.lang', 'en'));
  const t0 = Date.now();
  await page.goto(URL + path);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(800);
  const file = `/tmp/shot-${user}-${path.replace(/\//g, '_')}-${lang}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file, Date.now() - t0, 'ms');
  await context.close();
}
await browser.close();
