import { BUSINESS_ROLES, type BusinessRole } from '../../../core/enums';
import { pathInScope, scopePaths } from '../../auth/scope';
import type { AuthContext } from '../../auth/session-store';
import { forbidden } from '../../errors';

// Who may do what with key projects. Business roles see the projects of the units in their
// subtrees; the three administrators see none.
//   supervisor (督查室)  edits projects, programmes and lists; raises problems as matters
//   liaison             edits its units' projects and reports their monthly investment
//   leader, viewer      read

export function projectScope(auth: AuthContext, roles: readonly BusinessRole[] = BUSINESS_ROLES) {
  return scopePaths(auth, roles);
}

export function covers(auth: AuthContext, roles: readonly BusinessRole[], unitPath: string) {
  return pathInScope(unitPath, projectScope(auth, roles));
}

/** What the caller may do on a project of the unit. */
export function projectActions(auth: AuthContext, unitPath: string): string[] {
  const out: string[] = [];
  if (covers(auth, ['supervisor', 'liaison'], unitPath)) out.push('edit', 'report_investment');
  if (covers(auth, ['supervisor'], unitPath)) out.push('raise_problem');
  return out;
}

/** 403 for a caller without the roles anywhere; the paths where they hold them otherwise. */
export function requirePaths(auth: AuthContext, roles: readonly BusinessRole[], message: string) {
  const paths = projectScope(auth, roles);
  if (paths.length === 0) throw forbidden(message);
  return paths;
}
