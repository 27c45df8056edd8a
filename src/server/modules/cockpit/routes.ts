import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { BUSINESS_ROLES } from '../../../core/enums';
import { requireAuth } from '../../auth/plugin';
import type { AuthContext } from '../../auth/session-store';
import { inScope, pathInScope, requireRolePaths } from '../../auth/scope';
import type { DbOrTx } from '../../db/connection';
import { memoTracked } from '../../db/count-memo';
import { AppError, notFound } from '../../errors';
import { todayOf } from '../../today';
import type { ModuleDeps } from '../index';
import { enterprisesSection } from './enterprises-section';
import { evaluationsSection } from './evaluations-section';
import { mattersSection } from './matters-section';
import { projectsSection } from './projects-section';
import { cockpitProviders, registerCockpitSection, type CockpitUnit } from './sections';
import { targetsSection } from './targets-section';
import { cockpitTrends } from './trends';

registerCockpitSection('targets', targetsSection);
registerCockpitSection('matters', mattersSection);
registerCockpitSection('projects', projectsSection);
registerCockpitSection('enterprises', enterprisesSection);
registerCockpitSection('evaluations', evaluationsSection, { remembered: false });

const Link = z.string().nullable();
const Figure = z.object({
  key: z.string(),
  label: z.string(),
  value: z.number().nullable(),
  display: z.string(),
  tone: z.enum(['red', 'yellow', 'green']).optional(),
  link: Link,
  byUnit: z
    .array(
      z.object({
        unitId: z.string(),
        value: z.number().nullable(),
        display: z.string(),
        link: Link,
      }),
    )
    .optional(),
  higherBetter: z.boolean().optional(),
});
const Cockpit = z.object({
  today: z.string(),
  scopeName: z.string(),
  focus: z.object({ id: z.string(), code: z.string(), name: z.string() }).nullable(),
  units: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  sections: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      subtitle: z.string().optional(),
      params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
      link: z.string(),
      figures: z.array(Figure),
    }),
  ),
  timings: z.record(z.string(), z.number()),
});

const Point = z.object({ value: z.number().nullable(), display: z.string(), link: Link });
const TrendsSchema = z.object({
  year: z.number(),
  months: z.array(
    z.object({ month: z.string(), label: z.string(), overdue: Point, closedOnTime: Point }),
  ),
  investment: z
    .object({ programme: z.string(), points: z.array(Point.extend({ month: z.string() })) })
    .nullable(),
});

const COUNTY_LEVEL = sql.raw(`('district', 'county', 'county_city', 'zone')`);

export default async function cockpitRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  /** The caller's scope, its county-level units, and the unit the cockpit is narrowed to. */
  async function resolve(req: FastifyRequest, unitId: string | undefined) {
    const auth = requireAuth(req);
    const today = todayOf(req, config);
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
    return { auth, today, scope, paths, focus, units, scopeUnits: all };
  }
  type Resolved = Awaited<ReturnType<typeof resolve>>;

  /**
   * Every section of the cockpit for the resolved caller and unit, each remembered on its own
   * until a table it read changes (memoTracked): a matter's progress report recomputes the
   * matters section and the evaluations that count matters, not the targets or the projects.
   */
  async function computeCockpit(r: Resolved, unitId: string | undefined) {
    const { auth, today, scope, paths, focus, units, scopeUnits } = r;
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

  app.get(
    '/api/cockpit/trends',
    {
      schema: {
        querystring: z.object({ unitId: z.uuid().optional().describe('单位') }),
        response: { 200: TrendsSchema },
      },
    },
    async (req, reply) => {
      const { auth, today, paths, focus } = await resolve(req, req.query.unitId);
      const timings = new Map<string, number>();
      const key = memoKey('trends', auth, req.query.unitId, today);
      const value = await cockpitTrends(db, { auth, today, paths, focus, key, timings });
      reply.header('server-timing', [...timings].map(([k, v]) => `${k};dur=${v}`).join(', '));
      return value;
    },
  );

  app.get(
    '/api/cockpit',
    {
      schema: {
        querystring: z.object({ unitId: z.uuid().optional().describe('单位') }),
        response: { 200: Cockpit },
      },
    },
    async (req, reply) => {
      const t0 = performance.now();
      const r = await resolve(req, req.query.unitId);
      const resolved = performance.now();
      const value = await computeCockpit(r, req.query.unitId);
      // Each section's own time; 0 = remembered (unchanged since it was last computed).
      reply.header(
        'server-timing',
        [
          `resolve;dur=${Math.round(resolved - t0)}`,
          ...Object.entries(value.timings).map(([k, v]) => `${k.replace(/\W/g, '_')};dur=${v}`),
          `total;dur=${Math.round(performance.now() - t0)}`,
        ].join(', '),
      );
      return value;
    },
  );
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
