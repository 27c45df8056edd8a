import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../auth/plugin';
import { requireRolePaths, scopePaths } from '../../auth/scope';
import { notFound } from '../../errors';
import type { ModuleDeps } from '../index';
import { findPerson, listPeople } from './queries';
import {
  CreatePersonBody,
  GrantParams,
  GrantRoleBody,
  ListPeopleQuery,
  PersonIdParams,
  PersonView,
  PersonWithPassword,
  RoleChangeResult,
  UpdatePersonBody,
} from './schema';
import { adminRoleRoutes, pendingResult } from './admin-role-routes';
import {
  createPerson,
  grantRole,
  resetPassword,
  revokeRole,
  unlockPerson,
  updatePerson,
} from './service';

// 三员分立: the system admin manages accounts, the security admin manages roles, locks and
// passwords, the audit admin only reads the audit trail.
export default async function peopleRoutes(fastify: FastifyInstance, { database }: ModuleDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const scoped = (req: Parameters<typeof actorOf>[0], role: 'system_admin' | 'security_admin') => ({
    actor: actorOf(req),
    scope: requireRolePaths(requireAuth(req), [role]),
  });

  app.get(
    '/api/people',
    {
      schema: {
        querystring: ListPeopleQuery,
        response: { 200: z.object({ items: z.array(PersonView) }) },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      return { items: await listPeople(db, auth.workspaceId, scopePaths(auth), req.query) };
    },
  );

  app.get(
    '/api/people/:id',
    { schema: { params: PersonIdParams, response: { 200: PersonView } } },
    async (req) => {
      const auth = requireAuth(req);
      const person = await findPerson(db, auth.workspaceId, scopePaths(auth), req.params.id);
      if (!person) throw notFound('人员');
      return person;
    },
  );

  app.post(
    '/api/people',
    { schema: { body: CreatePersonBody, response: { 201: PersonWithPassword } } },
    async (req, reply) => {
      const r = await createPerson(db, { ...scoped(req, 'system_admin'), ...req.body });
      return reply.status(201).send({ ...r.person, temporaryPassword: r.temporaryPassword });
    },
  );

  app.patch(
    '/api/people/:id',
    { schema: { params: PersonIdParams, body: UpdatePersonBody, response: { 200: PersonView } } },
    async (req) =>
      updatePerson(db, { ...scoped(req, 'system_admin'), id: req.params.id, ...req.body }),
  );

  // An administrator role is not granted or revoked at once: 202 with the request that a
  // second administrator must approve (admin-role-routes.ts).
  app.post(
    '/api/people/:id/roles',
    {
      schema: {
        params: PersonIdParams,
        body: GrantRoleBody,
        response: { 200: PersonView, 202: RoleChangeResult },
      },
    },
    async (req, reply) => {
      const r = await grantRole(db, {
        ...scoped(req, 'security_admin'),
        id: req.params.id,
        ...req.body,
      });
      if (r.request) return reply.status(202).send(pendingResult(r.request));
      return r.person;
    },
  );

  app.delete(
    '/api/people/:id/roles/:grantId',
    { schema: { params: GrantParams, response: { 200: PersonView, 202: RoleChangeResult } } },
    async (req, reply) => {
      const r = await revokeRole(db, { ...scoped(req, 'security_admin'), ...req.params });
      if (r.request) return reply.status(202).send(pendingResult(r.request));
      return r.person;
    },
  );

  adminRoleRoutes(app, db);

  app.post(
    '/api/people/:id/unlock',
    { schema: { params: PersonIdParams, response: { 200: PersonView } } },
    async (req) => unlockPerson(db, { ...scoped(req, 'security_admin'), id: req.params.id }),
  );

  app.post(
    '/api/people/:id/reset-password',
    { schema: { params: PersonIdParams, response: { 200: PersonWithPassword } } },
    async (req) => {
      const r = await resetPassword(db, { ...scoped(req, 'security_admin'), id: req.params.id });
      return { ...r.person, temporaryPassword: r.temporaryPassword };
    },
  );
}
