import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireAuth } from '../../auth/plugin';
import {
  loadSecurityPolicy,
  SECURITY_POLICY_KEY,
  SecurityPolicySchema,
} from '../../auth/policy-settings';
import { requireRolePaths } from '../../auth/scope';
import { workspaceSettings } from '../../db/schema';
import { writeTx } from '../../db/write';
import type { ModuleDeps } from '../index';

export default async function settingsRoutes(fastify: FastifyInstance, { database }: ModuleDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/settings/security',
    { schema: { response: { 200: SecurityPolicySchema } } },
    async (req) => {
      const auth = requireAuth(req);
      requireRolePaths(auth, ['security_admin']);
      return loadSecurityPolicy(db, auth.workspaceId);
    },
  );

  app.put(
    '/api/settings/security',
    { schema: { body: SecurityPolicySchema, response: { 200: SecurityPolicySchema } } },
    async (req) => {
      const auth = requireAuth(req);
      requireRolePaths(auth, ['security_admin']);
      const before = await loadSecurityPolicy(db, auth.workspaceId);
      await writeTx(db, actorOf(req), async (tx, audit) => {
        await tx
          .insert(workspaceSettings)
          .values({ workspaceId: auth.workspaceId, key: SECURITY_POLICY_KEY, value: req.body })
          .onConflictDoUpdate({
            target: [workspaceSettings.workspaceId, workspaceSettings.key],
            set: { value: req.body, updatedAt: new Date() },
          });
        await audit({
          action: 'settings.security_changed',
          entityType: 'settings',
          entityId: SECURITY_POLICY_KEY,
          summary: '修改安全策略',
          before,
          after: req.body,
        });
      });
      return loadSecurityPolicy(db, auth.workspaceId);
    },
  );
}
