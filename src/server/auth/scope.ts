import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import { isAdminRole, type Role } from '../../core/enums';
import type { AuthContext } from './session-store';
import { forbidden } from '../errors';

// Authorisation in one place. A caller sees a unit's data when one of their role grants is on
// that unit or an ancestor of it; everything else is "not found".

/** The unit-path prefixes the caller may see, optionally only through the given roles. */
export function scopePaths(auth: AuthContext, roles?: readonly Role[]): string[] {
  const grants = roles ? auth.roles.filter((g) => roles.includes(g.role)) : auth.roles;
  const paths = [...new Set(grants.map((g) => g.unitPath))].sort();
  // Drop paths already covered by a shorter one, so SQL conditions stay few.
  return paths.filter((p, i) => !paths.slice(0, i).some((q) => p.startsWith(q)));
}

/** SQL condition: the unit path column lies in one of the caller's subtrees. */
export function inScope(pathColumn: AnyColumn | SQL, paths: string[]): SQL {
  if (paths.length === 0) return sql`false`;
  const parts = paths.map((p) => sql`${pathColumn} like ${escapeLike(p) + '%'}`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

export function pathInScope(path: string, paths: string[]): boolean {
  return paths.some((p) => path.startsWith(p));
}

export function hasRole(auth: AuthContext, role: Role): boolean {
  return auth.roles.some((g) => g.role === role);
}

export function hasAnyRole(auth: AuthContext, roles: readonly Role[]): boolean {
  return auth.roles.some((g) => roles.includes(g.role));
}

export function isAdmin(auth: AuthContext): boolean {
  return auth.roles.some((g) => isAdminRole(g.role));
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}

/**
 * The subtrees in which the caller holds one of `roles`; a caller with none of them at all
 * gets 403 (they know they are not, say, an administrator), anything outside gets 404.
 */
export function requireRolePaths(auth: AuthContext, roles: readonly Role[]): string[] {
  const paths = scopePaths(auth, roles);
  if (paths.length === 0) throw forbidden();
  return paths;
}
