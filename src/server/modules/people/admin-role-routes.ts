import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ADMIN_ROLES } from '../../../core/enums';
import { actorOf, requireAuth } from '../../auth/plugin';
import { requireRolePaths } from '../../auth/scope';
import type { Db } from '../../db/connection';
import { decideRequest, listRequests } from './admin-roles';
import { AdminRoleRequest, RequestIdParams, type AdminRoleRequestT } from './schema';

export function pendingResult(request: AdminRoleRequestT) {
  return {
    request,
    message: `已提交申请，须由另一名管理员批准后生效`,
  };
}

const ListQuery = z.object({
  status: z.enum(['pending', 'approved', 'rejected']).optional().describe('状态'),
});

/** 三员分立: requests to grant or revoke an administrator role, decided by a second admin. */
export function adminRoleRoutes(fastify: FastifyInstance, db: Db) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/admin-role-requests',
    {
      schema: {
        querystring: ListQuery,
        response: { 200: z.object({ items: z.array(AdminRoleRequest) }) },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      requireRolePaths(auth, ADMIN_ROLES);
      return { items: await listRequests(db, auth.workspaceId, req.query) };
    },
  );

  for (const [path, approve] of [
    ['/api/admin-role-requests/:id/approve', true],
    ['/api/admin-role-requests/:id/reject', false],
  ] as const) {
    app.post(
      path,
      { schema: { params: RequestIdParams, response: { 200: AdminRoleRequest } } },
      async (req) =>
        decideRequest(db, {
          actor: actorOf(req),
          auth: requireAuth(req),
          id: req.params.id,
          approve,
        }),
    );
  }
}
