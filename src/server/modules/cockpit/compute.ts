// The cockpit for one caller: their scope resolved, every section computed (each remembered on
// its own), the trends. Used by the routes for a request and by the warm-up (warm-up.ts) for
// the callers who see the whole workspace, before any of them asks.
import { sql } from 'drizzle-orm';
import type { IsoDate } from '../../../core/dates';
import { BUSINESS_ROLES } from '../../../core/enums';
import type { AuthContext } from '../../auth/session-store';
import { inScope, pathInScope, requireRolePaths } from '../../auth/scope';
import type { Db, DbOrTx } from '../../db/connection';
import { memoTracked } from '../../db/count-memo';
import { AppError, notFound } from '../../errors';
import { cockpitProviders, type CockpitUnit } from './sections';
import { cockpitTrends } from './trends';

const COUNTY_LEVEL = sql.raw(`('district', 'county', 'county_city', 'zone')`);

/** The caller's scope, its county-level units, and the unit the cockpit is narrowed to. */
export async function resolveCockpit(
  db: Db,
  auth: AuthContext,
  today: IsoDate,
  unitId: string | undefined,
) {
  const scope = requireRolePaths(auth, BUSINESS_ROLES);
  const ws = auth.workspaceId;
  // The two reads are independent: side by side.
  const [r, f] = await Promise.all([
    db.execute(sql`select id::text, code, name, path, kind from units
      where workspace_id = ${ws} and active and kind in ${COUNTY_LEVEL} and ${inScope(sql`path`, scope)}
      order by sort_key`),
    unitId
      ? db.execute(sql`select id::text, code, name, path from units
          where workspace_id = ${ws} and id = ${unitId}`)
      : null,
  ]);
  const all = r.rows as unknown as (CockpitUnit & { kind: string })[];
  let focus: CockpitUnit | null = null;
  if (f) {
    focus = (f.rows[0] as unknown as CockpitUnit | undefined) ?? null;
    if (!focus || !pathInScope(focus.path, scope)) throw notFound('单位');
  }
  const paths = focus ? [focus.path] : scope;
  const units = focus ? all.filter((u) => u.id === focus!.id) : all;
  return { auth, today, unitId, scope, paths, focus, units, scopeUnits: all };
}
export type ResolvedCockpit = Awaited<ReturnType<typeof resolveCockpit>>;

/**
 * Every section of the cockpit for the resolved caller and unit, each remembered on its own
 * until a table it read changes (memoTracked): a matter's progress report recomputes the
 * matters section and the evaluations that count matters, not the targets or the projects.
 */
export async function computeCockpit(db: Db, r: ResolvedCockpit) {
  const { auth, today, unitId, scope, paths, focus, units, scopeUnits } = r;
  const ws = auth.workspaceId;
  const timings: Record<string, number> = {};
  const scopeNames = db.execute(
    sql`select name from units where workspace_id = ${ws} and path = any(${'{' + scope.join(',') + '}'}::text[]) order by depth`,
  );
  const forCaller = async <T>(name: string, compute: (tx: DbOrTx) => Promise<T>) =>
    (await memoTracked(db, memoKey(`cockpit-caller.${name}`, auth, undefined, today), compute))
      .value;
  const results = await Promise.all(
    cockpitProviders().map(async (p) => {
      const t0 = performance.now();
      // A section the caller cannot read (say, a plan outside a liaison's view) is left out.
      const provide = (tx: DbOrTx) =>
        p
          .provide({
            db: tx,
            shared: db,
            auth,
            today,
            paths,
            focus,
            units,
            scopeUnits,
            forCaller,
          })
          .catch((e: unknown) => {
            if (e instanceof AppError && (e.status === 403 || e.status === 404)) return [];
            throw e;
          });
      // The evaluations section remembers each scheme's results itself (shared by every
      // caller); its own work is a few lines over them.
      const { value, remembered } = p.remembered
        ? await memoTracked(db, memoKey(`cockpit.${p.key}`, auth, unitId, today), provide)
        : { value: await provide(db), remembered: false };
      timings[p.key] = remembered ? 0 : Math.round(performance.now() - t0);
      return value;
    }),
  );
  const names = await scopeNames;
  return {
    today,
    scopeName: focus?.name ?? (names.rows as { name: string }[]).map((x) => x.name).join('、'),
    focus: focus ? { id: focus.id, code: focus.code, name: focus.name } : null,
    units: units.map((u) => ({ id: u.id, code: u.code, name: u.name })),
    sections: results.flat(),
    timings,
  };
}

/** The cockpit's monthly trends for the resolved caller and unit; `timings` gets each part's. */
export function trendsFor(db: Db, r: ResolvedCockpit, timings: Map<string, number>) {
  const { auth, today, paths, focus, unitId } = r;
  const key = memoKey('trends', auth, unitId, today);
  return cockpitTrends(db, { auth, today, paths, focus, key, timings });
}

/**
 * What a cockpit answer depends on besides the data: the workspace, the caller's grants
 * (their scope and which sections they may read), the unit it is narrowed to and the day.
 */
function memoKey(
  what: string,
  auth: AuthContext,
  unitId: string | undefined,
  today: string,
): string {
  const grants = auth.roles.map((g) => `${g.role}@${g.unitPath}`).sort();
  // The settings read with the session (light thresholds …) are not read in the section's
  // transaction, so they are part of the key.
  const settings = JSON.stringify(auth.settings ?? null);
  return [what, auth.workspaceId, grants.join(','), unitId ?? '', today, settings].join('|');
}
