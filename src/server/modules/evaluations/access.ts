import { BUSINESS_ROLES } from '../../../core/enums';
import { pathInScope, requireRolePaths, scopePaths } from '../../auth/scope';
import type { AuthContext } from '../../auth/session-store';
import { forbidden } from '../../errors';

// Who may do what with evaluations. Reading schemes: every business role. Results: a caller
// sees the rows of units in their subtrees (a county liaison sees its own unit's score and
// rank, not its peers'); ranks are always computed over every unit of the scheme. Building
// schemes, new versions, imports and manual scores: supervisors whose subtree holds the
// scheme's organiser unit. The three administrators hold no business role: 403.

export interface EvalAccess {
  read: string[];
  manage: string[];
}

export function evalAccess(auth: AuthContext): EvalAccess {
  return { read: requireRolePaths(auth, BUSINESS_ROLES), manage: scopePaths(auth, ['supervisor']) };
}

export function canManage(access: EvalAccess, organiserPath: string): boolean {
  return pathInScope(organiserPath, access.manage);
}

export function requireManager(access: EvalAccess): void {
  if (access.manage.length === 0) throw forbidden('只有督查人员可以管理考核方案');
}
