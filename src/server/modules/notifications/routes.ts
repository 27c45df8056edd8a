import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../auth/plugin';
import { writeTx } from '../../db/write';
import { notFound } from '../../errors';
import type { ModuleDeps } from '../index';
import { listNotifications, markRead, ownsNotification } from './service';

const NotificationView = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  matterId: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});

export default async function notificationRoutes(
  fastify: FastifyInstance,
  { database }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/notifications',
    {
      schema: {
        querystring: z.object({
          unread: z.enum(['true', 'false']).optional().describe('只看未读'),
          limit: z.coerce.number().int().min(1).max(200).default(50).describe('条数'),
        }),
        response: { 200: z.object({ items: z.array(NotificationView), unread: z.number() }) },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      const r = await listNotifications(db, auth.workspaceId, auth.userId, {
        unreadOnly: req.query.unread === 'true',
        limit: req.query.limit,
      });
      return {
        unread: r.unread,
        items: r.items.map((n) => ({
          id: n.id,
          kind: n.kind,
          title: n.title,
          body: n.body,
          matterId: n.matterId,
          createdAt: n.createdAt.toISOString(),
          read: n.readAt !== null,
        })),
      };
    },
  );

  app.post(
    '/api/notifications/:id/read',
    {
      schema: {
        params: z.object({ id: z.uuid().describe('通知') }),
        response: { 200: z.object({ updated: z.number() }) },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      const id = req.params.id;
      const updated = await writeTx(db, actorOf(req), async (tx, audit) => {
        if (!(await ownsNotification(tx, auth.workspaceId, auth.userId, id)))
          throw notFound('通知');
        const n = await markRead(tx, auth.workspaceId, auth.userId, id);
        if (n > 0) {
          await audit({
            action: 'notification.read',
            entityType: 'notification',
            entityId: id,
            summary: '标记通知已读',
          });
        }
        return n;
      });
      return { updated };
    },
  );

  app.post(
    '/api/notifications/read-all',
    { schema: { response: { 200: z.object({ updated: z.number() }) } } },
    async (req) => {
      const auth = requireAuth(req);
      const updated = await writeTx(db, actorOf(req), async (tx, audit) => {
        const n = await markRead(tx, auth.workspaceId, auth.userId);
        if (n > 0) {
          await audit({
            action: 'notification.read_all',
            entityType: 'notification',
            summary: `全部标记已读（${n} 条）`,
          });
        }
        return n;
      });
      return { updated };
    },
  );
}
