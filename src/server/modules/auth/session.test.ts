/* eslint-disable @typescript-eslint/no-explicit-any -- tests read bodies loosely */
// GET /api/auth/session: what the sign-in page asks before anyone signs in (issue 9, point 13).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server';

let demo: TestServer;

beforeAll(async () => {
  demo = await startTestServer({ env: { LUOSHI_DEMO: 'true' } });
});
afterAll(() => demo?.close());

describe('the sign-in page’s question', () => {
  it('answers 200 without a session, and lists the demo accounts in demo mode', async () => {
    const r = await demo.anonymous().get('/api/auth/session');
    expect(r.status).toBe(200);
    expect(r.body.me).toBeNull();
    expect(r.body.demo.password).toBe('Luoshi@2026');
    const names = r.body.demo.accounts.map((a: any) => a.username);
    expect(names).toEqual(expect.arrayContaining(['duchashi', 'leader', 'wenxian', 'fgw']));
    expect(r.body.demo.accounts.find((a: any) => a.username === 'duchashi')).toMatchObject({
      displayName: '张督查',
      roles: ['supervisor'],
    });
  });
  it('gives the signed-in person, and demo accounts need no password change', async () => {
    const client = await demo.login('wenxian');
    const r = await client.get('/api/auth/session');
    expect(r.body.me).toMatchObject({ username: 'wenxian', mustChangePassword: false });
  });
  it('says nothing of demo accounts outside demo mode', async () => {
    const plain = await startTestServer({ seedDemo: false });
    try {
      const r = await plain.anonymous().get('/api/auth/session');
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ me: null, demo: null });
    } finally {
      await plain.close();
    }
  });
});
