import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../../auth/plugin';
import type { ModuleDeps } from '../../index';
import { targetAccess } from '../access';
import { IdParams, IndicatorView } from '../schema';
import { CreateIndicatorBody, UpdateIndicatorBody } from './schema';
import { createIndicator, listIndicators, updateIndicator } from './service';

export default async function indicatorRoutes(fastify: FastifyInstance, { database }: ModuleDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/indicators',
    { schema: { response: { 200: z.object({ items: z.array(IndicatorView) }) } } },
    async (req) => {
      const auth = requireAuth(req);
      targetAccess(auth);
      return { items: await listIndicators(db, auth.workspaceId) };
    },
  );

  app.post(
    '/api/indicators',
    { schema: { body: CreateIndicatorBody, response: { 201: IndicatorView } } },
    async (req, reply) => {
      const access = targetAccess(requireAuth(req));
      const view = await createIndicator(db, {
        ...req.body,
        actor: actorOf(req),
        manage: access.manage,
      });
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/api/indicators/:id',
    { schema: { params: IdParams, body: UpdateIndicatorBody, response: { 200: IndicatorView } } },
    async (req) => {
      const access = targetAccess(requireAuth(req));
      return updateIndicator(db, {
        ...req.body,
        id: req.params.id,
        actor: actorOf(req),
        manage: access.manage,
      });
    },
  );
}
