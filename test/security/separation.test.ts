/* eslint-disable @typescript-eslint/no-explicit-any -- tests read response bodies loosely */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetAdminPassword } from '../../src/server/modules/people/reset-admin-password';
import { startTestServer, type ApiClient, type TestServer } from '../support/server';

// Finding 2: 三员分立 could be bypassed (the security admin reset the audit admin's password and
// received it; granted supervisor to the system admin and audit_admin to a supervisor; the
// system admin deactivated the other admins). Each now is refused by the service.

let server: TestServer;
let sec: ApiClient;
let sys: ApiClient;
let aud: ApiClient;
let cityId: string;

async function person(client: ApiClient, username: string) {
  const res = await client.get(`/api/people?q=${username}`);
  return res.body.items.find((p: any) => p.username === username);
}

beforeAll(async () => {
  server = await startTestServer();
  sec = await server.login('secadmin');
  sys = await server.login('sysadmin');
  aud = await server.login('auditadmin');
  cityId = (await sys.get('/api/units/search?q=410800')).body.items[0].id;
});
afterAll(() => server?.close());

describe('no administrator takes over another', () => {
  it('refuses the security admin a reset of the audit admin, with no password in the answer', async () => {
    const auditor = await person(sec, 'auditadmin');
    const res = await sec.post(`/api/people/${auditor.id}/reset-password`);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      '三员分立：审计管理员的密码不能由其他管理员重置，请在服务器上运行 luoshi reset-admin-password auditadmin',
    );
    expect(JSON.stringify(res.body)).not.toContain('temporaryPassword');
    expect((await server.login('auditadmin')).cookie).not.toBe('');
  });

  it('never puts a business role and an admin role on one account', async () => {
    const sysadmin = await person(sec, 'sysadmin');
    const toAdmin = await sec.post(`/api/people/${sysadmin.id}/roles`, {
      role: 'supervisor',
      unitId: cityId,
    });
    expect(toAdmin.status).toBe(409);
    expect(toAdmin.body.error.message).toBe('三员分立：系统管理员 是系统管理员，不能担任业务角色');
    const duchashi = await person(sec, 'duchashi');
    const toSupervisor = await sec.post(`/api/people/${duchashi.id}/roles`, {
      role: 'audit_admin',
      unitId: cityId,
    });
    expect(toSupervisor.status).toBe(409);
    expect(toSupervisor.body.error.message).toBe(
      '三员分立：张督查 有业务角色，不能担任审计管理员；管理员须使用单独的账号',
    );
    expect((await person(sec, 'duchashi')).roles.map((r: any) => r.role)).toEqual(['supervisor']);
  });

  it('refuses the system admin a deactivation of the security and audit admins', async () => {
    for (const username of ['secadmin', 'auditadmin']) {
      const target = await person(sys, username);
      const res = await sys.patch(`/api/people/${target.id}`, { active: false });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/^三员分立：不能停用/);
      expect((await person(sys, username)).active).toBe(true);
    }
  });

  it('refuses a revocation of an admin role by one admin alone', async () => {
    const auditor = await person(sec, 'auditadmin');
    const res = await sec.delete(`/api/people/${auditor.id}/roles/${auditor.roles[0].id}`);
    expect(res.status).toBe(202);
    expect(res.body.message).toBe('已提交申请，须由另一名管理员批准后生效');
    expect((await person(sec, 'auditadmin')).roles.map((r: any) => r.role)).toEqual([
      'audit_admin',
    ]);
    const self = await sec.post(`/api/admin-role-requests/${res.body.request.id}/approve`);
    expect(self.status).toBe(403);
    // The audit admin is the target: they cannot decide it either; the system admin rejects it.
    expect((await aud.post(`/api/admin-role-requests/${res.body.request.id}/approve`)).status).toBe(
      403,
    );
    const rejected = await sys.post(`/api/admin-role-requests/${res.body.request.id}/reject`);
    expect(rejected.body.status).toBe('rejected');
    expect((await person(sec, 'auditadmin')).roles).toHaveLength(1);
  });
});

describe('a new administrator needs two administrators and the server console', () => {
  it('grants audit_admin only when another admin approves, voiding any known password', async () => {
    const wen = (await sys.get('/api/units/search?q=410800')).body.items[0];
    const created = await sys.post('/api/people', {
      username: 'audit2',
      displayName: '第二审计员',
      unitId: wen.id,
    });
    expect(created.status).toBe(201);
    const known = created.body.temporaryPassword as string;

    const asked = await sec.post(`/api/people/${created.body.id}/roles`, {
      role: 'audit_admin',
      unitId: cityId,
    });
    expect(asked.status).toBe(202);
    expect(asked.body.request).toMatchObject({
      kind: 'grant',
      status: 'pending',
      role: 'audit_admin',
    });
    expect((await person(sec, 'audit2')).roles).toEqual([]);
    const pending = (await aud.get('/api/admin-role-requests?status=pending')).body.items;
    expect(pending.map((r: any) => r.username)).toContain('audit2');
    const supervisor = await server.login('duchashi');
    expect((await supervisor.get('/api/admin-role-requests')).status).toBe(403);

    const bySelf = await sec.post(`/api/admin-role-requests/${asked.body.request.id}/approve`);
    expect(bySelf.status).toBe(403);
    expect(bySelf.body.error.message).toBe(
      '三员分立：须由另一名管理员审批，提交人不能审批自己的申请',
    );
    const approved = await aud.post(`/api/admin-role-requests/${asked.body.request.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decidedByName: '审计管理员' });
    expect((await person(sec, 'audit2')).roles.map((r: any) => r.role)).toEqual(['audit_admin']);

    // The system admin knew the first password: it no longer opens the account.
    const old = await server
      .anonymous()
      .post('/api/auth/login', { username: 'audit2', password: known });
    expect(old.status).toBe(401);
    const reset = await resetAdminPassword(server.database.db, 'audit2');
    if (!reset.ok) throw new Error(reset.message);
    const signedIn = await server.login('audit2', reset.password);
    expect((await signedIn.get('/api/auth/me')).body.mustChangePassword).toBe(true);

    const trail = (await aud.get('/api/audit?limit=20')).body.items.map((e: any) => e.action);
    expect(trail).toEqual(
      expect.arrayContaining([
        'person.admin_role_requested',
        'person.admin_role_approved',
        'person.admin_password_reset',
      ]),
    );
  });

  it('keeps the shown-once temporary password for business accounts reset by the security admin', async () => {
    const fgw = await person(sec, 'fgw');
    const res = await sec.post(`/api/people/${fgw.id}/reset-password`);
    expect(res.status).toBe(200);
    expect(res.body.temporaryPassword).toMatch(/^.{12}$/);
  });

  it('resets only administrator accounts from the console', async () => {
    const res = await resetAdminPassword(server.database.db, 'duchashi');
    expect(res.ok).toBe(false);
  });
});
