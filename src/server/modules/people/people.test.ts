import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

let server: TestServer;
let sec: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  sec = await server.login('secadmin');
  admin = await server.login('sysadmin');
});
afterAll(() => server?.close());

async function person(client: ApiClient, username: string) {
  const res = await client.get(`/api/people?q=${username}`);
  return res.body.items.find((p: { username: string }) => p.username === username);
}

describe('people scoping', () => {
  it('gives a 温县 liaison 404 on a 武陟县 person, and lists only 温县 people', async () => {
    const wuzhi = await person(admin, 'wuzhi');
    const wenxian = await server.login('wenxian');
    const res = await wenxian.get(`/api/people/${wuzhi.id}`);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe('人员不存在或无权访问');
    const list = await wenxian.get('/api/people');
    expect(list.body.items.map((p: { username: string }) => p.username)).toEqual(['wenxian']);
  });

  it('lets the city supervisor see everyone in the city with their roles and units', async () => {
    const sup = await server.login('duchashi');
    const wuzhi = await sup.get(`/api/people/${(await person(admin, 'wuzhi')).id}`);
    expect(wuzhi.body).toMatchObject({
      displayName: '武陟县联络员',
      unitName: '武陟县',
      roles: [{ role: 'liaison', unitName: '武陟县' }],
    });
  });

  it('does not let a county liaison change another county person', async () => {
    const wenxian = await server.login('wenxian');
    const wuzhi = await person(admin, 'wuzhi');
    const res = await wenxian.patch(`/api/people/${wuzhi.id}`, { displayName: '改名' });
    expect(res.status).toBe(403);
    expect((await person(admin, 'wuzhi')).displayName).toBe('武陟县联络员');
  });
});

describe('三员分立: the three administrator roles stay apart', () => {
  it('refuses to give a second admin role to an account, in the API and in the database', async () => {
    const city = (await admin.get('/api/units/search?q=410800')).body.items[0];
    const auditor = await person(sec, 'auditadmin');
    const res = await sec.post(`/api/people/${auditor.id}/roles`, {
      role: 'system_admin',
      unitId: city.id,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(
      '三员分立：审计管理员 已是审计管理员，不能再担任系统管理员',
    );
    const again = await person(sec, 'auditadmin');
    expect(again.roles.map((r: { role: string }) => r.role)).toEqual(['audit_admin']);
  });

  it('keeps the rule even if the service check were bypassed (unique index)', async () => {
    const { sql } = await import('drizzle-orm');
    const auditor = await person(sec, 'auditadmin');
    const city = (await admin.get('/api/units/search?q=410800')).body.items[0];
    await expect(
      server.database.db.execute(
        sql`insert into role_assignments (workspace_id, user_id, role, unit_id)
            select workspace_id, id, 'security_admin', ${city.id} from users where id = ${auditor.id}`,
      ),
    ).rejects.toThrow();
  });

  it('does not let an administrator change their own roles', async () => {
    const me = await person(sec, 'secadmin');
    const city = (await admin.get('/api/units/search?q=410800')).body.items[0];
    const res = await sec.post(`/api/people/${me.id}/roles`, {
      role: 'supervisor',
      unitId: city.id,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('不能修改自己的角色');
  });

  it('splits the work: only the system admin creates accounts, only the security admin grants roles', async () => {
    const wen = (await admin.get('/api/units/search?q=410825')).body.items[0];
    const bySec = await sec.post('/api/people', {
      username: 'x_sec',
      displayName: '甲',
      unitId: wen.id,
    });
    expect(bySec.status).toBe(403);
    const created = await admin.post('/api/people', {
      username: 'wx_liaison2',
      displayName: '温县联络员二',
      unitId: wen.id,
    });
    expect(created.status).toBe(201);
    const byAdmin = await admin.post(`/api/people/${created.body.id}/roles`, {
      role: 'liaison',
      unitId: wen.id,
    });
    expect(byAdmin.status).toBe(403);
    const granted = await sec.post(`/api/people/${created.body.id}/roles`, {
      role: 'liaison',
      unitId: wen.id,
    });
    expect(granted.body.roles).toEqual([
      { id: expect.any(String), role: 'liaison', unitId: wen.id, unitName: '温县' },
    ]);
    const revoked = await sec.delete(
      `/api/people/${created.body.id}/roles/${granted.body.roles[0].id}`,
    );
    expect(revoked.body.roles).toEqual([]);
  });
});

describe('account administration', () => {
  it('rejects a username already taken, naming the field', async () => {
    const wen = (await admin.get('/api/units/search?q=410825')).body.items[0];
    const res = await admin.post('/api/people', {
      username: 'wenxian',
      displayName: '重名',
      unitId: wen.id,
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ field: 'username', message: '用户名 wenxian 已被使用' });
  });

  it('deactivating an account ends its sessions', async () => {
    const wen = (await admin.get('/api/units/search?q=410825')).body.items[0];
    const created = await admin.post('/api/people', {
      username: 'wx_temp',
      displayName: '临时',
      unitId: wen.id,
      initialPassword: 'Temp#2026ab',
    });
    const client = await server.login('wx_temp', 'Temp#2026ab');
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await admin.patch(`/api/people/${created.body.id}`, { active: false });
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const again = await server
      .anonymous()
      .post('/api/auth/login', { username: 'wx_temp', password: 'Temp#2026ab' });
    expect(again.status).toBe(401);
  });

  it('resets a password to a temporary one that must be changed', async () => {
    const target = await person(sec, 'fgw');
    const res = await sec.post(`/api/people/${target.id}/reset-password`);
    expect(res.body.mustChangePassword).toBe(true);
    const client = await server.login('fgw', res.body.temporaryPassword);
    expect((await client.get('/api/units')).status).toBe(403);
  });
});
