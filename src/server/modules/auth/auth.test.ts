import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('sign-in', () => {
  it('signs in with the demo password, sets an HttpOnly SameSite cookie and tells who you are', async () => {
    const client = server.anonymous();
    const res = await client.post('/api/auth/login', {
      username: 'duchashi',
      password: 'Luoshi@2026',
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/luoshi_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await client.get('/api/auth/me');
    expect(me.body).toMatchObject({ username: 'duchashi', displayName: '张督查' });
    expect(me.body.roles).toEqual([
      { role: 'supervisor', unitId: expect.any(String), unitName: '焦作市' },
    ]);
  });

  it('refuses a wrong password with a Chinese message that does not say which part was wrong', async () => {
    const res = await server
      .anonymous()
      .post('/api/auth/login', { username: 'duchashi', password: 'nope' });
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('用户名或密码错误');
    const unknown = await server
      .anonymous()
      .post('/api/auth/login', { username: 'nobody', password: 'nope' });
    expect(unknown.body.error.message).toBe('用户名或密码错误');
  });

  it('locks the account on the 5th bad password; the 6th attempt, even correct, is refused', async () => {
    for (let i = 1; i <= 4; i++) {
      const r = await server
        .anonymous()
        .post('/api/auth/login', { username: 'viewer', password: `bad${i}` });
      expect(r.status).toBe(401);
    }
    const fifth = await server
      .anonymous()
      .post('/api/auth/login', { username: 'viewer', password: 'bad5' });
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.message).toBe('密码连续错误 5 次，账号已锁定 15 分钟');
    const sixth = await server
      .anonymous()
      .post('/api/auth/login', { username: 'viewer', password: 'Luoshi@2026' });
    expect(sixth.status).toBe(423);
    expect(sixth.body.error.message).toMatch(/^账号已锁定，请 1[45] 分钟后再试$/);

    // The security admin can unlock it.
    const sec = await server.login('secadmin');
    const people = await sec.get('/api/people?q=viewer');
    const viewer = people.body.items.find((p: { username: string }) => p.username === 'viewer');
    expect(viewer.locked).toBe(true);
    expect((await sec.post(`/api/people/${viewer.id}/unlock`)).body.locked).toBe(false);
    expect(
      (
        await server
          .anonymous()
          .post('/api/auth/login', { username: 'viewer', password: 'Luoshi@2026' })
      ).status,
    ).toBe(200);
  });

  it('requires a session for the API', async () => {
    const res = await server.anonymous().get('/api/units');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('请先登录');
  });

  it('refuses a write without the CSRF token', async () => {
    const client = await server.login('sysadmin');
    client.csrf = '';
    const res = await client.post('/api/auth/logout');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('CSRF');
  });

  it('ends a session idle for longer than 30 minutes', async () => {
    const client = await server.login('leader');
    await server.database.db.execute(
      sql`update sessions set last_seen_at = now() - interval '31 minutes'`,
    );
    const res = await client.get('/api/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('长时间未操作，登录已超时，请重新登录');
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('signs out', async () => {
    const client = await server.login('mengzhou');
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});

describe('first sign-in and passwords', () => {
  it('makes a new account change its password first, by the policy, before anything else', async () => {
    const admin = await server.login('sysadmin');
    const units = await admin.get('/api/units/search?q=410825');
    const created = await admin.post('/api/people', {
      username: 'wx_new',
      displayName: '温县新人',
      unitId: units.body.items[0].id,
    });
    expect(created.status).toBe(201);
    expect(created.body.mustChangePassword).toBe(true);
    const temp = created.body.temporaryPassword as string;
    expect(temp.length).toBeGreaterThanOrEqual(12);

    const newcomer = await server.login('wx_new', temp);
    const blocked = await newcomer.get('/api/units');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.message).toBe('首次登录或密码已重置，请先修改密码');

    const weak = await newcomer.post('/api/auth/password', {
      currentPassword: temp,
      newPassword: 'short1',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({
      field: 'newPassword',
      message: '新密码：密码至少需要 8 个字符',
    });
    const twoClasses = await newcomer.post('/api/auth/password', {
      currentPassword: temp,
      newPassword: 'abcdefgh12',
    });
    expect(twoClasses.body.error.message).toContain('至少 3 类');
    const wrong = await newcomer.post('/api/auth/password', {
      currentPassword: 'wrong',
      newPassword: 'Abcdefg12',
    });
    expect(wrong.body.error.message).toBe('当前密码不正确');

    const ok = await newcomer.post('/api/auth/password', {
      currentPassword: temp,
      newPassword: 'Wenxian#2026',
    });
    expect(ok.status).toBe(200);
    expect((await newcomer.get('/api/units')).status).toBe(200);
    expect(
      (await server.anonymous().post('/api/auth/login', { username: 'wx_new', password: temp }))
        .status,
    ).toBe(401);
  });

  it('lets the security admin change the policy, and the new policy applies', async () => {
    const sec = await server.login('secadmin');
    const policy = (await sec.get('/api/settings/security')).body;
    expect(policy).toEqual({
      passwordMinLength: 8,
      passwordMinClasses: 3,
      maxFailedAttempts: 5,
      lockoutMinutes: 15,
      idleTimeoutMinutes: 30,
      forcePasswordChangeOnFirstSignIn: true,
    });
    const changed = await sec.put('/api/settings/security', { ...policy, passwordMinLength: 12 });
    expect(changed.body.passwordMinLength).toBe(12);
    const bad = await sec.put('/api/settings/security', { ...policy, passwordMinLength: 4 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('密码最小长度：不能小于 8');

    const admin = await server.login('sysadmin');
    const units = await admin.get('/api/units/search?q=410825');
    const res = await admin.post('/api/people', {
      username: 'wx_policy',
      displayName: '策略测试',
      unitId: units.body.items[0].id,
      initialPassword: 'Abcdefg123!',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('初始密码：密码至少需要 12 个字符');
    await sec.put('/api/settings/security', policy);
  });

  it('keeps the policy away from everyone but the security admin', async () => {
    const admin = await server.login('sysadmin');
    expect((await admin.get('/api/settings/security')).status).toBe(403);
  });
});
