import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addNaturalDays, daysBetween } from '../../../core/dates';
import { actorOf, requireAuth } from '../../auth/plugin';
import { requireRolePaths } from '../../auth/scope';
import { badRequest } from '../../errors';
import type { ModuleDeps } from '../index';
import { listOverrides, replaceYearOverrides, workspaceCalendar } from './service';

const Year = z.object({ year: z.coerce.number().int().min(2000).max(2100).describe('年份') });
const Override = z.object({
  date: z.iso.date().describe('日期'),
  kind: z.enum(['workday', 'restday']).describe('类型'),
  name: z.string().trim().max(50).optional().describe('名称'),
});
const OverrideList = z.object({ year: z.number(), items: z.array(Override) });
const DaysQuery = z.object({
  from: z.iso.date().describe('开始日期'),
  to: z.iso.date().describe('结束日期'),
});
const DayView = z.object({
  date: z.string(),
  working: z.boolean(),
  source: z.string(),
  name: z.string().nullable(),
});

export default async function calendarRoutes(fastify: FastifyInstance, { database }: ModuleDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/calendar/overrides/:year',
    { schema: { params: Year, response: { 200: OverrideList } } },
    async (req) => {
      const auth = requireAuth(req);
      return {
        year: req.params.year,
        items: await listOverrides(db, auth.workspaceId, req.params.year),
      };
    },
  );

  app.put(
    '/api/calendar/overrides/:year',
    {
      schema: {
        params: Year,
        body: z.object({ items: z.array(Override).max(400).describe('调休安排') }),
        response: { 200: OverrideList },
      },
    },
    async (req) => {
      requireRolePaths(requireAuth(req), ['system_admin']);
      const items = await replaceYearOverrides(db, {
        actor: actorOf(req),
        year: req.params.year,
        overrides: req.body.items,
      });
      return { year: req.params.year, items };
    },
  );

  app.get(
    '/api/calendar/days',
    {
      schema: { querystring: DaysQuery, response: { 200: z.object({ items: z.array(DayView) }) } },
    },
    async (req) => {
      const auth = requireAuth(req);
      const { from, to } = req.query;
      const span = daysBetween(from, to);
      if (span < 0 || span > 366) throw badRequest('日期范围必须在一年以内', 'to');
      const cal = await workspaceCalendar(db, auth.workspaceId);
      const items = [];
      for (let d = from; d <= to; d = addNaturalDays(d, 1)) items.push(cal.dayInfo(d));
      return { items };
    },
  );
}
