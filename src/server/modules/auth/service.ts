import { asc, eq, sql } from 'drizzle-orm';
import { DEFAULT_SECURITY_POLICY } from '../../../core/enums';
import { checkPassword } from '../../../core/password-policy';
import type { Actor } from '../../audit/record';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../auth/password';
import { phantomFailure, phantomLockedUntil } from '../../auth/phantom-lockout';
import { loadSecurityPolicy } from '../../auth/policy-settings';
import { deleteUserSessions, newToken, tokenHash } from '../../auth/session-store';
import type { Db } from '../../db/connection';
import { sessions, users, workspaces } from '../../db/schema';
import { writeTx } from '../../db/write';
import { AppError, badRequest } from '../../errors';

export interface SignInOptions {
  username: string;
  password: string;
  ip: string;
  userAgent: string | undefined;
}

const BAD_CREDENTIALS = '用户名或密码错误';

/**
 * Checks the password, counts failures towards the lock-out and opens a session. Every
 * attempt, good or bad, is audited in the same transaction as its effect.
 */
export async function signIn(db: Db, o: SignInOptions): Promise<{ token: string }> {
  const [user] = await db.select().from(users).where(eq(users.username, o.username));
  const now = Date.now();
  if (!user) {
    await verifyPassword(DUMMY_HASH, o.password);
    const workspaceId = await defaultWorkspaceId(db);
    const policy = workspaceId
      ? await loadSecurityPolicy(db, workspaceId)
      : DEFAULT_SECURITY_POLICY;
    // The same answers as for a real account, lock-out included (phantom-lockout.ts).
    const lockedUntil = phantomLockedUntil(o.username, now);
    const failure = lockedUntil ? null : phantomFailure(o.username, policy, now);
    if (workspaceId) {
      await writeTx(db, systemActor(workspaceId, o.username, o.ip), (_tx, audit) =>
        audit({
          action: 'auth.sign_in_failed',
          entityType: 'user',
          summary: `登录失败：用户名 ${o.username} 不存在`,
        }),
      );
    }
    if (lockedUntil) throw lockedError(lockedUntil, now);
    if (failure?.lockedUntil) throw lockedNowError(failure.attempts, policy.lockoutMinutes);
    throw new AppError(401, 'bad_credentials', BAD_CREDENTIALS);
  }
  const actor: Actor = {
    workspaceId: user.workspaceId,
    userId: user.id,
    name: user.displayName,
    ip: o.ip,
  };
  const policy = await loadSecurityPolicy(db, user.workspaceId);
  if (user.lockedUntil && user.lockedUntil.getTime() > now) {
    await writeTx(db, actor, (_tx, audit) =>
      audit({
        action: 'auth.sign_in_refused_locked',
        entityType: 'user',
        entityId: user.id,
        summary: `登录被拒绝：账号 ${user.username} 已锁定`,
      }),
    );
    throw lockedError(user.lockedUntil.getTime(), now);
  }
  const ok = user.active && (await verifyPassword(user.passwordHash, o.password));
  if (!ok) {
    const { locked, attempts } = await countFailure(db, actor, user, policy, now, '密码错误');
    if (locked) throw lockedNowError(attempts, policy.lockoutMinutes);
    throw new AppError(401, 'bad_credentials', BAD_CREDENTIALS);
  }
  const token = newToken();
  await writeTx(db, actor, async (tx, audit) => {
    await tx
      .update(users)
      .set({ failedAttempts: 0, lockedUntil: null, lastSignInAt: new Date(now) })
      .where(eq(users.id, user.id));
    await tx.insert(sessions).values({
      tokenHash: tokenHash(token),
      workspaceId: user.workspaceId,
      userId: user.id,
      csrfToken: newToken(),
      ip: o.ip,
      userAgent: o.userAgent?.slice(0, 300) ?? null,
    });
    await audit({
      action: 'auth.signed_in',
      entityType: 'user',
      entityId: user.id,
      summary: `${user.displayName}（${user.username}）登录成功`,
    });
  });
  return { token };
}

export async function signOut(db: Db, actor: Actor, sessionHash: string): Promise<void> {
  await writeTx(db, actor, async (tx, audit) => {
    await tx.delete(sessions).where(eq(sessions.tokenHash, sessionHash));
    await audit({
      action: 'auth.signed_out',
      entityType: 'user',
      entityId: actor.userId,
      summary: `${actor.name} 退出登录`,
    });
  });
}

export async function changePassword(
  db: Db,
  actor: Actor & { userId: string },
  o: { currentPassword: string; newPassword: string; keepSessionHash: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw badRequest('当前密码不正确', 'currentPassword');
  const policy = await loadSecurityPolicy(db, actor.workspaceId);
  if (!(await verifyPassword(user.passwordHash, o.currentPassword))) {
    // Guessing the current password from a stolen session counts like guessing at sign-in;
    // the lock ends every session of the account, this one included.
    const r = await countFailure(db, actor, user, policy, Date.now(), '修改密码时当前密码错误');
    if (r.locked) throw lockedNowError(r.attempts, policy.lockoutMinutes);
    throw badRequest('当前密码不正确', 'currentPassword');
  }
  const problem = checkPassword(o.newPassword, policy);
  if (problem) throw badRequest(`新密码：${problem}`, 'newPassword');
  if (o.newPassword === o.currentPassword)
    throw badRequest('新密码不能与当前密码相同', 'newPassword');
  const passwordHash = await hashPassword(o.newPassword);
  await writeTx(db, actor, async (tx, audit) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    // Other sessions of this account end: a changed password must lock out whoever had the old one.
    await deleteUserSessions(tx, actor.workspaceId, user.id, o.keepSessionHash);
    await audit({
      action: 'auth.password_changed',
      entityType: 'user',
      entityId: user.id,
      summary: `${user.displayName} 修改了密码`,
    });
  });
}

/** One more failed attempt; at the policy's limit the account locks and its sessions end. */
async function countFailure(
  db: Db,
  actor: Actor,
  user: typeof users.$inferSelect,
  policy: { maxFailedAttempts: number; lockoutMinutes: number },
  now: number,
  what: string,
): Promise<{ locked: boolean; attempts: number }> {
  const [row] = await db
    .select({ failedAttempts: users.failedAttempts })
    .from(users)
    .where(eq(users.id, user.id));
  const attempts = (row?.failedAttempts ?? user.failedAttempts) + 1;
  const locked = attempts >= policy.maxFailedAttempts;
  await writeTx(db, actor, async (tx, audit) => {
    await tx
      .update(users)
      .set({
        failedAttempts: locked ? 0 : attempts,
        lockedUntil: locked ? new Date(now + policy.lockoutMinutes * 60_000) : null,
      })
      .where(eq(users.id, user.id));
    if (locked) await deleteUserSessions(tx, user.workspaceId, user.id);
    await audit({
      action: locked ? 'auth.locked' : 'auth.sign_in_failed',
      entityType: 'user',
      entityId: user.id,
      summary: locked
        ? `连续 ${attempts} 次${what}，账号 ${user.username} 锁定 ${policy.lockoutMinutes} 分钟`
        : `${what}：账号 ${user.username}（第 ${attempts} 次）`,
    });
  });
  return { locked, attempts };
}

function lockedError(until: number, now: number): AppError {
  const minutes = Math.ceil((until - now) / 60_000);
  return new AppError(423, 'account_locked', `账号已锁定，请 ${minutes} 分钟后再试`);
}

function lockedNowError(attempts: number, minutes: number): AppError {
  return new AppError(
    423,
    'account_locked',
    `密码连续错误 ${attempts} 次，账号已锁定 ${minutes} 分钟`,
  );
}

async function defaultWorkspaceId(db: Db): Promise<string | null> {
  const [ws] = await db
    .select({ id: workspaces.id })
    .from(workspaces)
    .orderBy(asc(workspaces.createdAt))
    .limit(1);
  return ws?.id ?? null;
}

function systemActor(workspaceId: string, name: string, ip: string): Actor {
  return { workspaceId, userId: null, name, ip };
}
