// 三员分立 (separation of the three administrator roles) as rules, not as screens. The table
// in ARCHITECTURE.md ("三员分立 rules") is this file in words; change both together.
import { isAdminRole, ROLE_LABELS, type Role } from './enums';

export type PeopleAction =
  'grant_role' | 'revoke_role' | 'deactivate' | 'reset_password' | 'unlock' | 'edit';

export interface Target {
  displayName: string;
  username: string;
  roles: readonly string[];
}

export type Verdict =
  | { allowed: true; needsSecondAdmin: boolean }
  | { allowed: false; status: 403 | 409; message: string };

const ok = (needsSecondAdmin = false): Verdict => ({ allowed: true, needsSecondAdmin });
const no = (status: 403 | 409, message: string): Verdict => ({ allowed: false, status, message });
const label = (role: string) => ROLE_LABELS[role as Role]?.zh ?? role;

/** The administrator role an account holds, if any (at most one: a unique index keeps it so). */
export function adminRoleOf(roles: readonly string[]): string | undefined {
  return roles.find(isAdminRole);
}

/**
 * May an administrator do `action` to `target` (another person; acting on oneself is refused
 * before this), and does it need a second administrator's approval?
 */
export function separationRule(action: PeopleAction, target: Target, role?: string): Verdict {
  const held = adminRoleOf(target.roles);
  const name = target.displayName;
  switch (action) {
    case 'grant_role':
      if (!role) return no(409, '请选择角色');
      if (isAdminRole(role)) {
        if (held) return no(409, `三员分立：${name} 已是${label(held)}，不能再担任${label(role)}`);
        if (target.roles.length > 0) {
          return no(
            409,
            `三员分立：${name} 有业务角色，不能担任${label(role)}；管理员须使用单独的账号`,
          );
        }
        return ok(true);
      }
      if (held) return no(409, `三员分立：${name} 是${label(held)}，不能担任业务角色`);
      return ok();
    case 'revoke_role':
      return ok(role !== undefined && isAdminRole(role));
    case 'deactivate':
      if (held) {
        return no(
          403,
          `三员分立：不能停用${label(held)}账号；请先经另一名管理员批准撤销其管理员角色`,
        );
      }
      return ok();
    case 'reset_password':
      if (held) {
        return no(
          403,
          `三员分立：${label(held)}的密码不能由其他管理员重置，请在服务器上运行 luoshi reset-admin-password ${target.username}`,
        );
      }
      return ok();
    case 'unlock':
    case 'edit':
      return ok();
  }
}

/** Why `approverId` may not decide a request, or null. Any other administrator may. */
export function approvalProblem(o: {
  requestedBy: string;
  targetUserId: string;
  approverId: string;
  approverRoles: readonly string[];
}): string | null {
  if (!adminRoleOf(o.approverRoles)) return '只有管理员可以审批管理员角色的变更';
  if (o.approverId === o.requestedBy)
    return '三员分立：须由另一名管理员审批，提交人不能审批自己的申请';
  if (o.approverId === o.targetUserId) return '三员分立：不能审批涉及自己的角色变更';
  return null;
}
