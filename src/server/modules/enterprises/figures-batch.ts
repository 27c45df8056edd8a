// The batch form of yearly figures (issue 11 point 2): one screen, a unit's enterprises for a
// year, a page at a time (a county can hold tens of thousands). Reading the sheet here; saving
// is POST /api/enterprises/figures/batch (all-or-nothing, the faulty rows named).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LIMITS } from '../../../core/enums';
import { pathInScope } from '../../auth/scope';
import type { ModuleDeps } from '../index';
import { contextOf } from './context';
import { toYearFigures } from './evaluation';
import { figuresOf, listEnterprises } from './queries';

const SheetQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).describe('年度'),
  unitId: z.uuid().optional().describe('所属单位'),
  page: z.coerce.number().int().min(1).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50).describe('每页条数'),
});

export default async function figuresBatchRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/enterprises/figures/batch',
    { schema: { querystring: SheetQuery } },
    async (req) => {
      const { c, today } = await contextOf(req, db, config);
      const { year, unitId, page, pageSize } = req.query;
      const list = await listEnterprises(db, c.ws, c.scope, { unitId, page, pageSize }, today);
      const figures = new Map(
        (
          await figuresOf(
            db,
            c.ws,
            list.rows.map((r) => r.id),
          )
        )
          .filter((f) => f.year === year)
          .map((f) => [f.enterpriseId, toYearFigures(f)]),
      );
      return {
        year,
        total: list.total,
        totalEstimated: list.totalEstimated,
        items: list.rows.map((r) => ({
          id: r.id,
          name: r.name,
          uscc: r.uscc,
          unitName: r.unitName,
          canEdit: c.scope.writeAll || pathInScope(r.unitPath, c.scope.writePaths),
          figures: figures.get(r.id) ?? null,
        })),
      };
    },
  );
}
