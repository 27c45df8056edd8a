import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../../auth/plugin';
import type { ModuleDeps } from '../../index';
import { targetAccess } from '../access';
import { presentPlan } from '../lines';
import { IdParams, PlanView, TargetView } from '../schema';
import {
  CreatePlanBody,
  CreateTargetBody,
  DecompositionBody,
  ListPlansQuery,
  OverrideMeaningBody,
  ParseBody,
  UpdatePlanBody,
  UpdateTargetBody,
} from './schema';
import { createPlan, listPlans, planForRead, updatePlan } from './service';
import {
  createTargets,
  decompose,
  deleteTarget,
  describeReadLine,
  overrideMeaning,
  readWording,
  updateTarget,
} from './targets-service';

const TargetList = z.object({ items: z.array(TargetView) });
const ParsedLine = z.object({
  indicatorName: z.string().nullable(),
  indicatorId: z.string().nullable(),
  parsed: z.unknown(),
  meaning: z.string(),
});

export default async function planRoutes(fastify: FastifyInstance, { database }: ModuleDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const ctx = (req: FastifyRequest) => ({
    actor: actorOf(req),
    access: targetAccess(requireAuth(req)),
  });

  app.get(
    '/api/target-plans',
    {
      schema: {
        querystring: ListPlansQuery,
        response: { 200: z.object({ items: z.array(PlanView) }) },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      return { items: await listPlans(db, auth.workspaceId, targetAccess(auth), req.query.year) };
    },
  );

  app.post(
    '/api/target-plans',
    { schema: { body: CreatePlanBody, response: { 201: PlanView } } },
    async (req, reply) =>
      reply.status(201).send(await createPlan(db, { ...ctx(req), ...req.body })),
  );

  app.get(
    '/api/target-plans/:id',
    { schema: { params: IdParams, response: { 200: PlanView } } },
    async (req) => {
      const auth = requireAuth(req);
      const p = await planForRead(db, auth.workspaceId, targetAccess(auth), req.params.id);
      return presentPlan(p.plan, p.unit, p.canManage);
    },
  );

  app.patch(
    '/api/target-plans/:id',
    { schema: { params: IdParams, body: UpdatePlanBody, response: { 200: PlanView } } },
    async (req) => updatePlan(db, { ...ctx(req), id: req.params.id, ...req.body }),
  );

  app.post(
    '/api/target-plans/:id/targets',
    { schema: { params: IdParams, body: CreateTargetBody, response: { 201: TargetList } } },
    async (req, reply) => {
      const items = await createTargets(db, { ...ctx(req), planId: req.params.id, ...req.body });
      return reply.status(201).send({ items });
    },
  );

  // Preview: what Luoshi reads from the words, before anything is saved.
  app.post(
    '/api/targets/parse',
    { schema: { body: ParseBody, response: { 200: z.object({ lines: z.array(ParsedLine) }) } } },
    async (req) => {
      const auth = requireAuth(req);
      targetAccess(auth);
      const lines = await readWording(db, auth.workspaceId, req.body.wording);
      return { lines: lines.map(describeReadLine) };
    },
  );

  app.patch(
    '/api/targets/:id',
    { schema: { params: IdParams, body: UpdateTargetBody, response: { 200: TargetView } } },
    async (req) => updateTarget(db, { ...ctx(req), id: req.params.id, ...req.body }),
  );

  app.put(
    '/api/targets/:id/meaning',
    { schema: { params: IdParams, body: OverrideMeaningBody, response: { 200: TargetView } } },
    async (req) => overrideMeaning(db, { ...ctx(req), id: req.params.id, ...req.body }),
  );

  app.put(
    '/api/targets/:id/decomposition',
    { schema: { params: IdParams, body: DecompositionBody, response: { 200: TargetList } } },
    async (req) => ({
      items: await decompose(db, { ...ctx(req), id: req.params.id, ...req.body }),
    }),
  );

  app.delete('/api/targets/:id', { schema: { params: IdParams } }, async (req, reply) => {
    await deleteTarget(db, { ...ctx(req), id: req.params.id });
    return reply.status(204).send();
  });
}
