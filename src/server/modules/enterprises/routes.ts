import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../index';
import { callerOf } from '../matters/detail';
import { requireWriter } from './access';
import { EXPIRY_WARN_DAYS, contextOf, enterpriseDetail } from './context';
import chainRoutes from './chains';
import cultivationRoutes from './cultivation-routes';
import evaluationJobRoutes from './evaluation-job';
import figuresBatchRoutes from './figures-batch';
import figuresExcelRoutes from './figures-excel';
import { presentSummary } from './presenter';
import { raiseProblem } from './problems';
import { listEnterprises } from './queries';
import {
  BatchFiguresBody,
  EnterpriseBody,
  FiguresBody,
  IdParams,
  ListQuery,
  ProblemBody,
  TitleBody,
  YearParams,
} from './schema';
import {
  addTitle,
  createEnterprise,
  removeTitle,
  updateTitle,
  saveFigures,
  saveFiguresBatch,
  updateEnterprise,
} from './service';

export default async function enterpriseRoutes(fastify: FastifyInstance, deps: ModuleDeps) {
  const { database, config } = deps;
  await cultivationRoutes(fastify, deps);
  await figuresExcelRoutes(fastify, deps);
  await figuresBatchRoutes(fastify, deps);
  await chainRoutes(fastify, deps);
  await evaluationJobRoutes(fastify, deps);
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get('/api/enterprises', { schema: { querystring: ListQuery } }, async (req) => {
    const { c, today } = await contextOf(req, db, config);
    const r = await listEnterprises(db, c.ws, c.scope, req.query, today);
    return {
      items: r.rows.map((x) => presentSummary(x, today, EXPIRY_WARN_DAYS)),
      total: r.total,
      totalEstimated: r.totalEstimated,
      page: req.query.page,
      pageSize: req.query.pageSize,
    };
  });

  app.post('/api/enterprises', { schema: { body: EnterpriseBody } }, async (req, reply) => {
    const { c, today } = await contextOf(req, db, config);
    requireWriter(c.scope);
    const id = await createEnterprise(c, req.body);
    reply.code(201);
    return enterpriseDetail(db, c, today, id);
  });

  app.get(
    '/api/enterprises/:id',
    {
      schema: {
        params: IdParams,
        querystring: z.object({
          year: z.coerce.number().int().min(2000).max(2100).optional().describe('评价年度'),
        }),
      },
    },
    async (req) => {
      const { c, today } = await contextOf(req, db, config);
      return enterpriseDetail(db, c, today, req.params.id, req.query.year);
    },
  );

  app.put(
    '/api/enterprises/:id',
    { schema: { params: IdParams, body: EnterpriseBody } },
    async (req) => {
      const { c, today } = await contextOf(req, db, config);
      await updateEnterprise(c, req.params.id, req.body);
      return enterpriseDetail(db, c, today, req.params.id);
    },
  );

  app.post(
    '/api/enterprises/:id/titles',
    { schema: { params: IdParams, body: TitleBody } },
    async (req, reply) => {
      const { c, today } = await contextOf(req, db, config);
      await addTitle(c, req.params.id, req.body);
      reply.code(201);
      return enterpriseDetail(db, c, today, req.params.id);
    },
  );

  app.put(
    '/api/enterprises/:id/titles/:titleId',
    {
      schema: { params: IdParams.extend({ titleId: z.uuid().describe('称号') }), body: TitleBody },
    },
    async (req) => {
      const { c, today } = await contextOf(req, db, config);
      await updateTitle(c, req.params.id, req.params.titleId, req.body);
      return enterpriseDetail(db, c, today, req.params.id);
    },
  );

  app.delete(
    '/api/enterprises/:id/titles/:titleId',
    { schema: { params: IdParams.extend({ titleId: z.uuid().describe('称号') }) } },
    async (req) => {
      const { c, today } = await contextOf(req, db, config);
      await removeTitle(c, req.params.id, req.params.titleId);
      return enterpriseDetail(db, c, today, req.params.id);
    },
  );

  app.put(
    '/api/enterprises/:id/figures/:year',
    { schema: { params: YearParams, body: FiguresBody } },
    async (req) => {
      const { c, today } = await contextOf(req, db, config);
      await saveFigures(c, req.params.id, req.params.year, req.body);
      return enterpriseDetail(db, c, today, req.params.id, req.params.year);
    },
  );

  app.post(
    '/api/enterprises/figures/batch',
    { schema: { body: BatchFiguresBody } },
    async (req) => {
      const { c } = await contextOf(req, db, config);
      requireWriter(c.scope);
      const saved = await saveFiguresBatch(c, req.body.year, req.body.rows, 'batch');
      return { saved };
    },
  );

  app.post(
    '/api/enterprises/:id/problems',
    { schema: { params: IdParams, body: ProblemBody } },
    async (req, reply) => {
      const { c } = await contextOf(req, db, config);
      const matterId = await raiseProblem(db, callerOf(req, config), c, req.params.id, req.body);
      reply.code(201);
      return { matterId };
    },
  );
}
