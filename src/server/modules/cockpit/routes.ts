import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../../auth/plugin';
import { todayOf } from '../../today';
import type { ModuleDeps } from '../index';
import { enterprisesSection } from './enterprises-section';
import { evaluationsSection } from './evaluations-section';
import { mattersSection } from './matters-section';
import { projectsSection } from './projects-section';
import { computeCockpit, resolveCockpit, trendsFor } from './compute';
import { registerCockpitSection } from './sections';
import { targetsSection } from './targets-section';

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

export default async function cockpitRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  /** The caller's scope and the unit asked for (cockpit/compute.ts). */
  const resolve = (req: FastifyRequest, unitId: string | undefined) =>
    resolveCockpit(db, requireAuth(req), todayOf(req, config), unitId);

  app.get(
    '/api/cockpit/trends',
    {
      schema: {
        querystring: z.object({ unitId: z.uuid().optional().describe('单位') }),
        response: { 200: TrendsSchema },
      },
    },
    async (req, reply) => {
      const timings = new Map<string, number>();
      const value = await trendsFor(db, await resolve(req, req.query.unitId), timings);
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
      const value = await computeCockpit(db, r);
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
