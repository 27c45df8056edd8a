import { describe, expect, it } from 'vitest';
import { approvalProblem, separationRule, type Target } from './separation-of-duties';

const auditor: Target = {
  displayName: '审计管理员',
  username: 'auditadmin',
  roles: ['audit_admin'],
};
const supervisor: Target = { displayName: '张督查', username: 'duchashi', roles: ['supervisor'] };
const fresh: Target = { displayName: '新人', username: 'xinren', roles: [] };

describe('三员分立 rules', () => {
  it('never puts a business role and an admin role on one account', () => {
    expect(separationRule('grant_role', auditor, 'supervisor')).toMatchObject({
      allowed: false,
      status: 409,
      message: '三员分立：审计管理员 是审计管理员，不能担任业务角色',
    });
    expect(separationRule('grant_role', supervisor, 'audit_admin')).toMatchObject({
      allowed: false,
      message: '三员分立：张督查 有业务角色，不能担任审计管理员；管理员须使用单独的账号',
    });
    expect(separationRule('grant_role', auditor, 'system_admin')).toMatchObject({
      allowed: false,
    });
  });
  it('lets admin roles change only with a second administrator', () => {
    expect(separationRule('grant_role', fresh, 'audit_admin')).toEqual({
      allowed: true,
      needsSecondAdmin: true,
    });
    expect(separationRule('revoke_role', auditor, 'audit_admin')).toEqual({
      allowed: true,
      needsSecondAdmin: true,
    });
    expect(separationRule('grant_role', fresh, 'liaison')).toEqual({
      allowed: true,
      needsSecondAdmin: false,
    });
  });
  it('refuses to reset or deactivate an administrator account', () => {
    expect(separationRule('reset_password', auditor)).toMatchObject({
      allowed: false,
      status: 403,
      message:
        '三员分立：审计管理员的密码不能由其他管理员重置，请在服务器上运行 luoshi reset-admin-password auditadmin',
    });
    expect(separationRule('deactivate', auditor)).toMatchObject({ allowed: false, status: 403 });
    expect(separationRule('reset_password', supervisor)).toMatchObject({ allowed: true });
  });
  it('wants the approver to be another administrator, not the requester or the target', () => {
    const base = { requestedBy: 'sec', targetUserId: 'new', approverRoles: ['system_admin'] };
    expect(approvalProblem({ ...base, approverId: 'sys' })).toBeNull();
    expect(approvalProblem({ ...base, approverId: 'sec' })).toContain('提交人不能审批');
    expect(approvalProblem({ ...base, approverId: 'x', approverRoles: ['supervisor'] })).toBe(
      '只有管理员可以审批管理员角色的变更',
    );
  });
});
