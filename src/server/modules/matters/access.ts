import { sql, type SQL } from 'drizzle-orm';
import { addNaturalDays, type IsoDate } from '../../../core/dates';
import { BUSINESS_ROLES, type BusinessRole } from '../../../core/enums';
import type { ActorRole } from '../../../core/matters/lifecycle';
import { inScope, scopePaths } from '../../auth/scope';
import type { AuthContext } from '../../auth/session-store';
import type { DbOrTx } from '../../db/connection';

// Who may do what on a matter. Only business roles (supervisor, leader, liaison, viewer) see
// matters; the three administrators do not. A grant covers its unit and the subtree below.
//   supervisor (督查室)   creates, assigns, reminds, issues notices, reviews, returns, closes
//   leader (领导)         reads everything in scope; returns, closes with a rating, decides
//                         extensions and reminds (the lifecycle's leader role); no 复核
//   liaison of the lead unit       signs for, reports, asks for close-out and extensions
//   liaison of a cooperating unit  reads the matter and adds feedback (no status change)
//   viewer                reads

export const OPEN_STATUS_SQL = sql.raw(
  `('assigned', 'signed_for', 'in_progress', 'closeout_requested', 'reviewed')`,
);

export interface MatterAccess {
  roles: ActorRole[];
  cooperatingLiaison: boolean;
  canSee: boolean;
}

function covers(auth: AuthContext, role: BusinessRole, path: string): boolean {
  return auth.roles.some((g) => g.role === role && path.startsWith(g.unitPath));
}

export function accessTo(
  auth: AuthContext,
  leadPath: string,
  cooperatorPaths: readonly string[],
): MatterAccess {
  const roles: ActorRole[] = [];
  if (covers(auth, 'supervisor', leadPath)) roles.push('supervisor');
  if (covers(auth, 'leader', leadPath)) roles.push('leader');
  if (covers(auth, 'liaison', leadPath)) roles.push('lead_unit_liaison');
  const cooperatingLiaison = cooperatorPaths.some((p) => covers(auth, 'liaison', p));
  const canSee =
    roles.length > 0 ||
    cooperatingLiaison ||
    [leadPath, ...cooperatorPaths].some((p) => covers(auth, 'viewer', p));
  return { roles, cooperatingLiaison, canSee };
}

/** Unit-path prefixes through which the caller sees matters (business roles only). */
export function matterScope(auth: AuthContext, roles: readonly BusinessRole[] = BUSINESS_ROLES) {
  return scopePaths(auth, roles);
}

/** A grant on the root unit ('/id/') covers the whole workspace: no path condition needed. */
export function coversWorkspace(paths: string[]): boolean {
  return paths.some((p) => /^\/[^/]+\/$/.test(p));
}

/**
 * SQL: the matter (alias m, lead unit alias lu) is visible through the paths: its lead unit
 * or one of its cooperating units lies in them. A grant on a root unit needs no condition.
 */
export function visibleMatter(paths: string[]): SQL {
  if (coversWorkspace(paths)) return sql`true`;
  const coop = sql`exists (select 1 from matter_cooperators c join units cu
    on cu.workspace_id = c.workspace_id and cu.id = c.unit_id
    where c.workspace_id = m.workspace_id and c.matter_id = m.id and ${inScope(sql`cu.path`, paths)})`;
  return sql`(${inScope(sql`lu.path`, paths)} or ${coop})`;
}

/** SQL: ids (uuids read from the database) as one uuid[] parameter, for `= any(...)`. */
export function uuidArray(ids: readonly string[]): SQL {
  return sql`${'{' + ids.join(',') + '}'}::uuid[]`;
}

/**
 * The ids of the units in the caller's subtrees (a few dozen for a county), resolved once so
 * the matter queries can use the lead-unit and cooperator indexes; null when a root grant
 * covers the whole workspace.
 */
export async function scopeUnitIds(
  db: DbOrTx,
  ws: string,
  paths: string[],
): Promise<string[] | null> {
  if (coversWorkspace(paths)) return null;
  if (paths.length === 0) return [];
  const r = await db.execute(
    sql`select id::text as id from units where workspace_id = ${ws} and ${inScope(sql`path`, paths)}`,
  );
  return (r.rows as { id: string }[]).map((x) => x.id);
}

/**
 * SQL: the matter (alias m) is led by one of the units or has one of them as a cooperating
 * unit: the same rule as visibleMatter, given scopeUnitIds. Both halves are index conditions
 * (lead unit; matter id from the cooperator index), so PostgreSQL ORs two bitmap scans.
 */
export function visibleMatterIn(ws: string, unitIds: string[] | null): SQL {
  if (unitIds === null) return sql`true`;
  if (unitIds.length === 0) return sql`false`;
  const ids = uuidArray(unitIds);
  return sql`(m.lead_unit_id = any(${ids}) or m.id = any(array(select c.matter_id
    from matter_cooperators c where c.workspace_id = ${ws} and c.unit_id = any(${ids}))))`;
}

/** SQL: the lead unit (alias lu) lies in the paths (for counts that belong to the lead unit). */
export function leadInScope(paths: string[]): SQL {
  if (coversWorkspace(paths)) return sql`true`;
  return inScope(sql`lu.path`, paths);
}

export type Light = 'red' | 'yellow' | 'green';

/**
 * SQL: matter m has the light, by the same rule as core lightOf (see pending-deadlines):
 * red when next_due has passed, yellow within the window, else green; written as ranges on
 * next_due so the open-matter index on it applies.
 */
export function lightIs(today: IsoDate, yellowWithinDays: number, light: Light): SQL {
  const until = addNaturalDays(today, yellowWithinDays);
  const open = sql`m.status in ${OPEN_STATUS_SQL}`;
  if (light === 'red') return sql`(${open} and m.next_due < ${today}::date)`;
  if (light === 'yellow')
    return sql`(${open} and m.next_due >= ${today}::date and m.next_due <= ${until}::date)`;
  return sql`(${open} and (m.next_due is null or m.next_due > ${until}::date))`;
}
