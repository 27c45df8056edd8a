import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, requireAuth } from '../../auth/plugin';
import { SESSION_COOKIE, type AuthContext } from '../../auth/session-store';
import type { ModuleDeps } from '../index';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo/accounts';
import { DEMO_DEPARTMENT_LIAISONS } from '../../demo/matters-data';
import { ChangePasswordBody, LoginBody, MeResponse, SessionResponse } from './schema';
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

  // Public: answers 200 whether or not someone is signed in, so loading the sign-in page
  // logs no 401; in demo mode it lists the demo accounts for the sign-in page.
  app.get(
    '/api/auth/session',
    { schema: { response: { 200: SessionResponse } }, config: { public: true } },
    async (req) => {
      const auth = req.auth;
      return {
        me: auth ? presentMe(auth) : null,
        demo: config.LUOSHI_DEMO
          ? {
              password: DEMO_PASSWORD,
              accounts: [
                ...DEMO_ACCOUNTS.map((a) => ({
                  username: a.username,
                  displayName: a.displayName,
                  roles: [...new Set(a.roles.map((r) => r.role as string))],
                })),
                // The department liaisons the matters demo adds (seed-matters.ts).
                ...DEMO_DEPARTMENT_LIAISONS.map((a) => ({
                  username: a.username,
                  displayName: a.displayName,
                  roles: ['liaison'],
                })),
              ],
            }
          : null,
      };
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { response: { 200: MeResponse } }, config: { allowPendingPasswordChange: true } },
    async (req) => presentMe(requireAuth(req)),
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

function presentMe(auth: AuthContext) {
  return {
    id: auth.userId,
    username: auth.username,
    displayName: auth.displayName,
    unitId: auth.unitId,
    mustChangePassword: auth.mustChangePassword,
    csrfToken: auth.csrfToken,
    roles: auth.roles.map((g) => ({ role: g.role, unitId: g.unitId, unitName: g.unitName })),
  };
}
