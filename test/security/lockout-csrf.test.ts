/* eslint-disable @typescript-eslint/no-explicit-any -- tests read response bodies loosely */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/accounts';
import { startTestServer, type ApiClient, type TestServer } from '../support/server';
import { uploadRaw } from './helpers';

// Finding 6: lock-out told which usernames exist; password-change guesses never locked;
// attachments were read before the permission check; any role read any list's ledger title;
// the CSRF check ignored a foreign Origin.

let server: TestServer;
let sup: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  sup = await server.login('duchashi');
});
afterAll(() => server?.close());

describe('lock-out that does not reveal accounts', () => {
  it('answers a missing and a real username alike, the 5th failure and after included', async () => {
    const answers = async (username: string) => {
      const out: string[] = [];
      for (let i = 0; i < 6; i++) {
        const r = await server
          .anonymous()
          .post('/api/auth/login', { username, password: 'Wrong#1234' });
        out.push(`${r.status} ${r.body.error.message}`);
      }
      return out;
    };
    const real = await answers('kjj');
    const missing = await answers('no_such_person');
    expect(missing).toEqual(real);
    expect(real[3]).toBe('401 用户名或密码错误');
    expect(real[4]).toBe('423 密码连续错误 5 次，账号已锁定 15 分钟');
    expect(real[5]).toBe('423 账号已锁定，请 15 分钟后再试');
  });

  it('locks the account after 5 wrong current passwords on the password-change page', async () => {
    const gxj = await server.login('gxj');
    const statuses: number[] = [];
    let last: any;
    for (let i = 0; i < 5; i++) {
      last = await gxj.post('/api/auth/password', {
        currentPassword: `Guess#${i}abc`,
        newPassword: 'Another#2027x',
      });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 423]);
    expect(last.body.error.message).toBe('密码连续错误 5 次，账号已锁定 15 分钟');
    expect((await gxj.get('/api/auth/me')).status).toBe(401);
    const again = await server
      .anonymous()
      .post('/api/auth/login', { username: 'gxj', password: DEMO_PASSWORD });
    expect(again.status).toBe(423);
  });
});

describe('permission before reading an upload', () => {
  it('refuses a viewer an attachment before looking at the file', async () => {
    const viewer = await server.login('viewer');
    const matters = (await viewer.get('/api/matters?pageSize=5')).body.items;
    expect(matters.length).toBeGreaterThan(0);
    const res = await uploadRaw(
      viewer,
      `/api/matters/${matters[0].id}/attachments`,
      'setup.exe',
      Buffer.from('MZ'),
    );
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('无权上传附件');
  });

  it('refuses a viewer a list import and a report-sheet import before reading', async () => {
    const viewer = await server.login('viewer');
    const lists = (await sup.get('/api/matter-lists')).body.items;
    const r1 = await uploadRaw(
      viewer,
      `/api/matter-lists/${lists[0].id}/import`,
      'x.csv',
      Buffer.from('a'),
    );
    expect(r1.status).toBe(403);
    const plans = (await viewer.get('/api/target-plans?year=2022')).body.items;
    const r2 = await uploadRaw(
      viewer,
      `/api/target-plans/${plans[0].id}/report-sheet?period=2022-11`,
      'x.csv',
      Buffer.from('a'),
    );
    expect(r2.status).toBe(403);
    expect(r2.body.error.message).toMatch(/^只有联络员可以导入填报表/);
  });
});

describe('list ledger titles within scope', () => {
  it('answers 404 to a county liaison for a list with none of its matters', async () => {
    const created = await sup.post('/api/matter-lists', { title: '市委内部督查清单', year: 2026 });
    expect(created.status).toBe(201);
    const wenxian = await server.login('wenxian');
    const res = await wenxian.get(`/api/matter-lists/${created.body.id}/ledger.xlsx`);
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).not.toContain('市委内部督查清单');
    expect((await sup.get(`/api/matter-lists/${created.body.id}/ledger.xlsx`)).status).toBe(200);
  });
});

describe('cross-site writes', () => {
  const write = (client: ApiClient, headers: Record<string, string>) =>
    fetch(client.baseUrl + '/api/matter-lists', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: client.cookie,
        'x-csrf-token': client.csrf,
        ...headers,
      },
      body: JSON.stringify({ title: '跨站测试清单', year: 2026 }),
    });

  it('refuses a foreign Origin and Sec-Fetch-Site: cross-site, even with a valid token', async () => {
    const foreign = await write(sup, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).error.message).toBe('请求校验失败：不接受来自其他网站的请求');
    expect((await write(sup, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const login = await fetch(server.url + '/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ username: 'duchashi', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(403);
  });

  it('accepts the same origin', async () => {
    const same = await write(sup, { origin: server.url, 'sec-fetch-site': 'same-origin' });
    expect(same.status).toBe(201);
  });
});
