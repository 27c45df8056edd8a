import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayInShanghai } from '../../../../core/dates';
import { actorOf, requireAuth } from '../../../auth/plugin';
import type { ModuleDeps } from '../../index';
import { targetAccess } from '../access';
import { IdParams, Period } from '../schema';
import {
  JudgeBody,
  JudgementView,
  ReportingUnitView,
  ReportsQuery,
  ReportView,
  SubmitReportBody,
} from './schema';
import { judgeTarget, listJudgements, listReports, submitReport } from './service';
import { reportingStatus } from './status-service';

export default async function reportRoutes(fastify: FastifyInstance, { database }: ModuleDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/targets/:id/reports',
    {
      schema: {
        params: IdParams,
        querystring: ReportsQuery,
        response: { 200: z.object({ items: z.array(ReportView) }) },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      const items = await listReports(db, {
        workspaceId: auth.workspaceId,
        access: targetAccess(auth),
        targetId: req.params.id,
        period: req.query.period,
      });
      return { items };
    },
  );

  app.post(
    '/api/targets/:id/reports',
    {
      schema: {
        params: IdParams,
        body: SubmitReportBody,
        response: { 201: z.object({ outcome: z.string(), report: ReportView }) },
      },
    },
    async (req, reply) => {
      const result = await submitReport(db, {
        ...req.body,
        actor: actorOf(req),
        access: targetAccess(requireAuth(req)),
        targetId: req.params.id,
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/targets/:id/judgements',
    {
      schema: { params: IdParams, response: { 200: z.object({ items: z.array(JudgementView) }) } },
    },
    async (req) => {
      const auth = requireAuth(req);
      const items = await listJudgements(db, {
        workspaceId: auth.workspaceId,
        access: targetAccess(auth),
        targetId: req.params.id,
      });
      return { items };
    },
  );

  app.post(
    '/api/targets/:id/judgements',
    { schema: { params: IdParams, body: JudgeBody, response: { 201: JudgementView } } },
    async (req, reply) => {
      const view = await judgeTarget(db, {
        ...req.body,
        actor: actorOf(req),
        access: targetAccess(requireAuth(req)),
        targetId: req.params.id,
      });
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/target-plans/:id/reporting',
    {
      schema: {
        params: IdParams,
        querystring: z.object({ period: Period }),
        response: {
          200: z.object({
            period: z.string(),
            deadline: z.string(),
            today: z.string(),
            units: z.array(ReportingUnitView),
          }),
        },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      return reportingStatus(db, {
        workspaceId: auth.workspaceId,
        access: targetAccess(auth),
        planId: req.params.id,
        period: req.query.period,
        today: todayInShanghai(new Date()),
      });
    },
  );
}
