import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireAuth } from '../../auth/plugin';
import { requireRolePaths } from '../../auth/scope';
import { workspaceSettings } from '../../db/schema';
import { writeTx } from '../../db/write';
import { badRequest } from '../../errors';
import type { ModuleDeps } from '../index';
import { runEscalation } from '../../jobs/escalation';
import { todayOf } from '../../today';
import { z } from 'zod';
import { matterScope } from './access';
import {
  loadMatterSettings,
  MATTER_SETTINGS_KEY,
  MatterSettingsSchema,
  validateMatterSettings,
  type MatterSettings,
} from './settings';

// Deadline rules, the yellow window, the escalation ladder and the notice prefix. Everyone who
// sees matters may read them; supervisors change them (the rules are the office's own).
export default async function matterSettingsRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/matters/settings',
    { schema: { response: { 200: MatterSettingsSchema } } },
    async (req) => {
      const auth = requireAuth(req);
      if (matterScope(auth).length === 0) requireRolePaths(auth, ['supervisor']);
      return loadMatterSettings(db, auth.workspaceId);
    },
  );

  app.put(
    '/api/matters/settings',
    { schema: { body: MatterSettingsSchema, response: { 200: MatterSettingsSchema } } },
    async (req) => {
      const auth = requireAuth(req);
      requireRolePaths(auth, ['supervisor']);
      const value = req.body as MatterSettings;
      const errors = validateMatterSettings(value);
      if (errors.length > 0) throw badRequest(errors.join('；'));
      const before = await loadMatterSettings(db, auth.workspaceId);
      await writeTx(db, actorOf(req), async (tx, audit) => {
        await tx
          .insert(workspaceSettings)
          .values({ workspaceId: auth.workspaceId, key: MATTER_SETTINGS_KEY, value })
          .onConflictDoUpdate({
            target: [workspaceSettings.workspaceId, workspaceSettings.key],
            set: { value, updatedAt: new Date() },
          });
        await audit({
          action: 'settings.matters_changed',
          entityType: 'settings',
          entityId: MATTER_SETTINGS_KEY,
          summary: '修改督办期限规则与提醒设置',
          before,
          after: value,
        });
      });
      return loadMatterSettings(db, auth.workspaceId);
    },
  );

  // Runs today's escalation now, for the caller's workspace (the scheduled job runs it daily).
  app.post(
    '/api/matters/escalation/run',
    {
      schema: {
        response: {
          200: z.object({
            today: z.string(),
            reminders: z.number(),
            warnings: z.number(),
            noticesDue: z.number(),
            robotSent: z.boolean(),
          }),
        },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      requireRolePaths(auth, ['supervisor']);
      return runEscalation(db, {
        today: todayOf(req, config),
        config,
        workspaceId: auth.workspaceId,
      });
    },
  );
}
