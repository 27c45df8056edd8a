import { launchBrowser } from '../e2e/support/browser';
const URL = 'http://127.0.0.1:3300';
const browser = await launchBrowser();
async function run(label: string, context: any, profile: boolean) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
  await page.addInitScript(() => {
    const seen: Record<string, number> = {}; (window as any).__seen = seen;
    new MutationObserver(() => {
      if (!seen.fig && document.querySelector('[data-testid="fig-matters.overdue"]')) seen.fig = performance.now();
      if (!seen.map && document.querySelector('[data-testid="cockpit-map"] canvas')) seen.map = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(URL + '/cockpit', { waitUntil: 'commit' });
  const seen = await (await page.waitForFunction(() => { const s = (window as any).__seen; return s.fig && s.map ? s : null; })).jsonValue();
  const res = await page.evaluate(() => performance.getEntriesByType('resource').map((e: any) => `${Math.round(e.startTime)}-${Math.round(e.responseEnd)} ${new URL(e.name).pathname}`));
  console.log(label, JSON.stringify(seen));
  if (profile) {
    const { profile: p } = await cdp.send('Profiler.stop');
    const self = new Map<string, number>();
    const byUrl = new Map<string, number>();
    const dt = new Map<number, number>();
    p.samples.forEach((id: number, i: number) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
    for (const n of p.nodes) {
      const t = (dt.get(n.id) ?? 0) / 1000;
      const cf = n.callFrame;
      const u = cf.url.split('/').pop() || '(native)';
      const k = `${cf.functionName || '(anon)'} ${u}:${cf.lineNumber}`;
      self.set(k, (self.get(k) ?? 0) + t);
      byUrl.set(u, (byUrl.get(u) ?? 0) + t);
    }
    console.log(' by url', [...byUrl].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}=${Math.round(v)}`).join(' '));
    console.log(' top', [...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${k}=${Math.round(v)}`).join('\n  '));
    console.log(' resources', res.join(' | '));
  }
  await page.close();
}
for (let i = 0; i < 2; i++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  const login = await context.request.post(URL + '/api/auth/login', { data: { username: 'leader', password: 'Luoshi@2026' } });
  if (login.status() !== 200) throw new Error('login');
  await run('cold', context, i === 1);
  await run('warm', context, i === 1);
  await context.close();
}
await browser.close();
