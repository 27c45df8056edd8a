import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../../../auth/plugin';
import type { ModuleDeps } from '../../index';
import { targetAccess } from '../access';
import { IdParams, PeriodQuery } from '../schema';
import { ranking } from './ranking';
import {
  PlanTableView,
  RankingQuery,
  RankingView,
  TableQuery,
  TargetPageView,
  UnitTargetsQuery,
  UnitTargetsView,
} from './schema';
import { planTable, targetPage, unitTargets } from './service';

export default async function viewRoutes(fastify: FastifyInstance, { database }: ModuleDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/target-plans/:id/table',
    { schema: { params: IdParams, querystring: TableQuery, response: { 200: PlanTableView } } },
    async (req) => {
      const auth = requireAuth(req);
      return planTable(db, {
        workspaceId: auth.workspaceId,
        access: targetAccess(auth),
        ownUnitId: auth.unitId,
        planId: req.params.id,
        ...req.query,
      });
    },
  );

  app.get(
    '/api/targets/:id',
    { schema: { params: IdParams, querystring: PeriodQuery, response: { 200: TargetPageView } } },
    async (req) => {
      const auth = requireAuth(req);
      return targetPage(db, {
        workspaceId: auth.workspaceId,
        access: targetAccess(auth),
        targetId: req.params.id,
        period: req.query.period,
      });
    },
  );

  app.get(
    '/api/targets/:id/ranking',
    { schema: { params: IdParams, querystring: RankingQuery, response: { 200: RankingView } } },
    async (req) => {
      const auth = requireAuth(req);
      return ranking(db, {
        workspaceId: auth.workspaceId,
        access: targetAccess(auth),
        targetId: req.params.id,
        ...req.query,
      });
    },
  );

  app.get(
    '/api/units/:id/targets',
    {
      schema: {
        params: z.object({ id: z.uuid().describe('单位') }),
        querystring: UnitTargetsQuery,
        response: { 200: UnitTargetsView },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      return unitTargets(db, {
        workspaceId: auth.workspaceId,
        access: targetAccess(auth),
        unitId: req.params.id,
        ...req.query,
      });
    },
  );
}
