import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../auth/plugin';
import { requireRolePaths, scopePaths } from '../../auth/scope';
import { notFound } from '../../errors';
import type { ModuleDeps } from '../index';
import { presentUnit } from './presenter';
import { findUnitInScope, listUnitsInScope, searchUnits } from './queries';
import {
  CreateUnitBody,
  ListUnitsQuery,
  SearchUnitsQuery,
  UnitIdParams,
  UnitView,
  UpdateUnitBody,
} from './schema';
import { createUnit, setUnitActive, updateUnit } from './service';

const UnitList = z.object({ items: z.array(UnitView) });

export default async function unitRoutes(fastify: FastifyInstance, { database }: ModuleDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/units',
    { schema: { querystring: ListUnitsQuery, response: { 200: UnitList } } },
    async (req) => {
      const auth = requireAuth(req);
      const rows = await listUnitsInScope(
        db,
        auth.workspaceId,
        scopePaths(auth),
        req.query.includeInactive,
      );
      return { items: rows.map(presentUnit) };
    },
  );

  app.get(
    '/api/units/search',
    { schema: { querystring: SearchUnitsQuery, response: { 200: UnitList } } },
    async (req) => {
      const auth = requireAuth(req);
      const rows = await searchUnits(db, auth.workspaceId, scopePaths(auth), req.query.q);
      return { items: rows.map(presentUnit) };
    },
  );

  app.get(
    '/api/units/:id',
    { schema: { params: UnitIdParams, response: { 200: UnitView } } },
    async (req) => {
      const auth = requireAuth(req);
      const row = await findUnitInScope(db, auth.workspaceId, scopePaths(auth), req.params.id);
      if (!row) throw notFound('单位');
      return presentUnit(row);
    },
  );

  app.post(
    '/api/units',
    { schema: { body: CreateUnitBody, response: { 201: UnitView } } },
    async (req, reply) => {
      const scope = requireRolePaths(requireAuth(req), ['system_admin']);
      const row = await createUnit(db, { actor: actorOf(req), scope, ...req.body });
      return reply.status(201).send(presentUnit(row));
    },
  );

  app.patch(
    '/api/units/:id',
    { schema: { params: UnitIdParams, body: UpdateUnitBody, response: { 200: UnitView } } },
    async (req) => {
      const scope = requireRolePaths(requireAuth(req), ['system_admin']);
      const row = await updateUnit(db, {
        actor: actorOf(req),
        scope,
        id: req.params.id,
        ...req.body,
      });
      return presentUnit(row);
    },
  );

  for (const [action, active] of [
    ['deactivate', false],
    ['activate', true],
  ] as const) {
    app.post(
      `/api/units/:id/${action}`,
      { schema: { params: UnitIdParams, response: { 200: UnitView } } },
      async (req) => {
        const scope = requireRolePaths(requireAuth(req), ['system_admin']);
        const row = await setUnitActive(db, {
          actor: actorOf(req),
          scope,
          id: req.params.id,
          active,
        });
        return presentUnit(row);
      },
    );
  }
}
