import { sql } from 'drizzle-orm';
import { todayInShanghai } from '../../../core/dates';
import { BUSINESS_ROLES } from '../../../core/enums';
import {
  grantsJson,
  settingsJson,
  type AuthContext,
  type RoleGrant,
} from '../../auth/session-store';
import type { Db } from '../../db/connection';
import { workspaces } from '../../db/schema';
import { listSchemes } from '../evaluations/queries';
import { rememberedEvaluation } from '../evaluations/results';
import { computeCockpit, resolveCockpit, trendsFor } from './compute';

/** At most this many callers' cockpits per workspace are computed ahead. */
const MAX_CALLERS = 10;

/**
 * Computes, once a process starts serving, what the first cockpits would otherwise compute
 * while their callers wait (in the background; requests meanwhile compute as usual):
 * - each evaluation's results, remembered for all callers (evaluations/results.ts). Without it
 *   the first cockpit after a start computed them (the demo: 0.6 s of a 0.65 s answer);
 * - the cockpit and trends of those who see the whole workspace (the leaders and supervisors
 *   at its root): their sections count every unit, 0.3–0.45 s at province scale. A county's
 *   cockpit is a small part of that and is left to its first request.
 */
export async function warmCockpit(db: Db): Promise<void> {
  const today = todayInShanghai(new Date());
  for (const { id } of await db.select({ id: workspaces.id }).from(workspaces)) {
    // A scheme that cannot be computed (its request will say why) or a failing caller leaves
    // the rest to be warmed: each is on its own.
    const schemes = await listSchemes(db, id);
    const failed = (
      await Promise.allSettled(schemes.map((scheme) => rememberedEvaluation(db, { scheme, today })))
    ).filter((r) => r.status === 'rejected').length;
    for (const auth of await wholeWorkspaceCallers(db, id)) {
      try {
        const r = await resolveCockpit(db, auth, today, undefined);
        await Promise.all([computeCockpit(db, r), trendsFor(db, r, new Map())]);
      } catch (e) {
        console.error(`warm-up: the cockpit of ${auth.username}: ${(e as Error).message}`);
      }
    }
    if (failed > 0) console.error(`warm-up: ${failed} evaluation(s) not computed`);
  }
}

/**
 * One caller per set of grants among the active users with a business role at the workspace's
 * root, as their sessions would describe them (session-store.ts findSession: the grants and
 * the workspace settings are what a cockpit answer is remembered by).
 */
async function wholeWorkspaceCallers(db: Db, ws: string): Promise<AuthContext[]> {
  const roles = `{${BUSINESS_ROLES.join(',')}}`;
  const r = await db.execute(sql`
    select u.id::text as "userId", u.username, u.display_name as "displayName",
      u.unit_id::text as "unitId",
      ${grantsJson(sql`u.workspace_id`, sql`u.id`)} as roles,
      ${settingsJson(sql`u.workspace_id`)} as settings
    from users u
    where u.workspace_id = ${ws} and u.active and exists (select 1 from role_assignments ra
      join units un on un.workspace_id = ra.workspace_id and un.id = ra.unit_id
      where ra.workspace_id = u.workspace_id and ra.user_id = u.id and un.depth = 0
        and ra.role::text = any(${roles}::text[]))
    order by u.username`);
  const seen = new Set<string>();
  const callers: AuthContext[] = [];
  for (const row of r.rows as unknown as (Omit<AuthContext, 'roles'> & { roles: RoleGrant[] })[]) {
    const grants = row.roles
      .map((g) => `${g.role}@${g.unitPath}`)
      .sort()
      .join(',');
    if (seen.has(grants)) continue;
    seen.add(grants);
    callers.push({
      ...row,
      workspaceId: ws,
      mustChangePassword: false,
      csrfToken: '',
      sessionHash: '',
    });
    if (callers.length === MAX_CALLERS) break;
  }
  return callers;
}
