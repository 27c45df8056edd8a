import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireAuth } from '../../auth/plugin';
import { SESSION_COOKIE } from '../../auth/session-store';
import type { ModuleDeps } from '../index';
import { ChangePasswordBody, LoginBody, MeResponse } from './schema';
import { changePassword, signIn, signOut } from './service';

export default async function authRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.post(
    '/api/auth/login',
    {
      schema: { body: LoginBody },
      config: {
        public: true,
        rateLimit: { max: config.LOGIN_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' },
      },
    },
    async (req, reply) => {
      const { token } = await signIn(db, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https',
      });
      return { ok: true };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { allowPendingPasswordChange: true } },
    async (req, reply) => {
      await signOut(db, actorOf(req), requireAuth(req).sessionHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { response: { 200: MeResponse } }, config: { allowPendingPasswordChange: true } },
    async (req) => {
      const auth = requireAuth(req);
      return {
        id: auth.userId,
        username: auth.username,
        displayName: auth.displayName,
        unitId: auth.unitId,
        mustChangePassword: auth.mustChangePassword,
        csrfToken: auth.csrfToken,
        roles: auth.roles.map((g) => ({ role: g.role, unitId: g.unitId, unitName: g.unitName })),
      };
    },
  );

  app.post(
    '/api/auth/password',
    { schema: { body: ChangePasswordBody }, config: { allowPendingPasswordChange: true } },
    async (req) => {
      const actor = actorOf(req);
      await changePassword(
        db,
        { ...actor, userId: requireAuth(req).userId },
        {
          ...req.body,
          keepSessionHash: requireAuth(req).sessionHash,
        },
      );
      return { ok: true };
    },
  );
}
