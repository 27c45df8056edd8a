import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/connection';
import { AppError, forbidden, unauthenticated } from '../errors';
import { securityPolicyFrom } from './policy-settings';
import {
  deleteSessions,
  findSession,
  SESSION_COOKIE,
  touchSession,
  type AuthContext,
} from './session-store';
import type { Actor } from '../audit/record';

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (sign-in, health, API docs). */
    public?: boolean;
    /** Reachable while the password must still be changed. */
    allowPendingPasswordChange?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Refreshing last_seen_at on every request would turn each read into a write.
const TOUCH_AFTER_MS = 60_000;

/**
 * Resolves the session cookie into request.auth on every /api request, enforces the idle
 * timeout, the forced password change and the CSRF header on writes.
 */
async function authPlugin(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    // Writes from another site are refused whatever they carry, sign-in included (login CSRF).
    if (!SAFE_METHODS.has(req.method) && isCrossSite(req)) {
      throw forbidden('请求校验失败：不接受来自其他网站的请求');
    }
    const token = req.cookies[SESSION_COOKIE];
    if (token) req.auth = await resolveSession(db, token);
    if (req.routeOptions.config.public) return;
    if (!req.auth) throw unauthenticated();
    if (req.auth.mustChangePassword && !req.routeOptions.config.allowPendingPasswordChange) {
      throw new AppError(403, 'password_change_required', '首次登录或密码已重置，请先修改密码');
    }
    if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== req.auth.csrfToken) {
      throw forbidden('请求校验失败（CSRF），请刷新页面后重试');
    }
  });
}

/**
 * A browser names where a request comes from: `Sec-Fetch-Site` (cross-site, same-site,
 * same-origin, none) and `Origin`. Either one pointing elsewhere refuses the write; clients
 * that send neither (scripts, tests) still need the session cookie and the CSRF header.
 */
function isCrossSite(req: FastifyRequest): boolean {
  if (req.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = req.headers.origin;
  if (!origin) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host !== req.host;
  } catch {
    return true;
  }
}

async function resolveSession(db: Db, token: string): Promise<AuthContext | null> {
  const found = await findSession(db, token);
  if (!found || !found.active) return null;
  const policy = securityPolicyFrom(found.settings);
  const idleMs = Date.now() - found.lastSeenAt.getTime();
  if (idleMs > policy.idleTimeoutMinutes * 60_000) {
    await deleteSessions(db, [found.tokenHash]);
    throw new AppError(401, 'session_expired', '长时间未操作，登录已超时，请重新登录');
  }
  if (idleMs > TOUCH_AFTER_MS) await touchSession(db, found.tokenHash);
  return {
    workspaceId: found.workspaceId,
    userId: found.userId,
    username: found.username,
    displayName: found.displayName,
    unitId: found.unitId,
    mustChangePassword: found.mustChangePassword,
    roles: found.roles,
    csrfToken: found.csrfToken,
    sessionHash: found.tokenHash,
    settings: found.settings,
  };
}

/** The signed-in caller; routes that are not public can rely on it. */
export function requireAuth(req: FastifyRequest): AuthContext {
  if (!req.auth) throw unauthenticated();
  return req.auth;
}

export function actorOf(req: FastifyRequest): Actor {
  const auth = requireAuth(req);
  return { workspaceId: auth.workspaceId, userId: auth.userId, name: auth.displayName, ip: req.ip };
}

export default fp(authPlugin, { name: 'luoshi-auth' });
