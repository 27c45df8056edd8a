import { randomInt } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { ROLE_LABELS, type Role } from '../../../core/enums';
import { checkPassword } from '../../../core/password-policy';
import type { Actor } from '../../audit/record';
import { hashPassword } from '../../auth/password';
import { loadSecurityPolicy } from '../../auth/policy-settings';
import { deleteUserSessions } from '../../auth/session-store';
import type { Db } from '../../db/connection';
import { roleAssignments, users } from '../../db/schema';
import { writeTx } from '../../db/write';
import { badRequest, conflict, notFound } from '../../errors';
import { findUnitInScope } from '../units/queries';
import { enforceSeparation, requestAdminRoleChange } from './admin-roles';
import { findPerson } from './queries';
import type { AdminRoleRequestT, PersonViewT } from './schema';

interface Scoped {
  actor: Actor;
  /** Subtrees the caller administers. */
  scope: string[];
}

/** A random password that meets any policy up to 4 classes: shown once to the administrator. */
export function temporaryPassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!@#$%*?'];
  const chars = sets.map((s) => s[randomInt(s.length)]!);
  const all = sets.join('');
  while (chars.length < 12) chars.push(all[randomInt(all.length)]!);
  return chars.sort(() => randomInt(3) - 1).join('');
}

export async function createPerson(
  db: Db,
  o: Scoped & { username: string; displayName: string; unitId: string; initialPassword?: string },
): Promise<{ person: PersonViewT; temporaryPassword?: string }> {
  const ws = o.actor.workspaceId;
  const policy = await loadSecurityPolicy(db, ws);
  const generated = o.initialPassword ? undefined : temporaryPassword();
  const password = o.initialPassword ?? generated!;
  const problem = checkPassword(password, policy);
  if (problem) throw badRequest(`初始密码：${problem}`, 'initialPassword');
  const passwordHash = await hashPassword(password);
  const id = await writeTx(db, o.actor, async (tx, audit) => {
    const unit = await findUnitInScope(tx, ws, o.scope, o.unitId);
    if (!unit || !unit.active) throw notFound('所在单位');
    const [taken] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, o.username));
    if (taken) throw conflict(`用户名 ${o.username} 已被使用`, 'username');
    const id = crypto.randomUUID();
    await tx.insert(users).values({
      workspaceId: ws,
      id,
      username: o.username,
      displayName: o.displayName,
      unitId: unit.id,
      passwordHash,
      mustChangePassword: policy.forcePasswordChangeOnFirstSignIn,
    });
    await audit({
      action: 'person.created',
      entityType: 'user',
      entityId: id,
      summary: `新增人员 ${o.displayName}（${o.username}），单位 ${unit.name}`,
      after: { username: o.username, displayName: o.displayName, unitId: unit.id },
    });
    return id;
  });
  const person = (await findPerson(db, ws, o.scope, id))!;
  return { person, temporaryPassword: generated };
}

export async function updatePerson(
  db: Db,
  o: Scoped & { id: string; displayName?: string; unitId?: string; active?: boolean },
): Promise<PersonViewT> {
  const ws = o.actor.workspaceId;
  await writeTx(db, o.actor, async (tx, audit) => {
    const before = await findPerson(tx, ws, o.scope, o.id);
    if (!before) throw notFound('人员');
    if (o.active === false && o.id === o.actor.userId)
      throw badRequest('不能停用自己的账号', 'active');
    if (o.active === false) enforceSeparation('deactivate', before);
    if (o.unitId) {
      const unit = await findUnitInScope(tx, ws, o.scope, o.unitId);
      if (!unit || !unit.active) throw notFound('所在单位');
    }
    await tx
      .update(users)
      .set({
        displayName: o.displayName,
        unitId: o.unitId,
        active: o.active,
        updatedAt: sql`now()`,
      })
      .where(and(eq(users.workspaceId, ws), eq(users.id, o.id)));
    if (o.active === false) await deleteUserSessions(tx, ws, o.id);
    const after = (await findPerson(tx, ws, o.scope, o.id))!;
    await audit({
      action: 'person.updated',
      entityType: 'user',
      entityId: o.id,
      summary: `修改人员 ${before.displayName}（${before.username}）`,
      before: { displayName: before.displayName, unitId: before.unitId, active: before.active },
      after: { displayName: after.displayName, unitId: after.unitId, active: after.active },
    });
  });
  return (await findPerson(db, ws, o.scope, o.id))!;
}

/**
 * Grants a role on a unit's subtree. 三员分立: a business role never goes to an administrator,
 * an administrator role only to an account with no role, and only as a request that a second
 * administrator approves (admin-roles.ts); nobody changes their own roles.
 */
export async function grantRole(
  db: Db,
  o: Scoped & { id: string; role: Role; unitId: string },
): Promise<{ person: PersonViewT; request?: AdminRoleRequestT }> {
  const ws = o.actor.workspaceId;
  const request = await writeTx(db, o.actor, async (tx, audit) => {
    const person = await findPerson(tx, ws, o.scope, o.id);
    if (!person) throw notFound('人员');
    if (o.id === o.actor.userId) throw badRequest('不能修改自己的角色', 'role');
    const unit = await findUnitInScope(tx, ws, o.scope, o.unitId);
    if (!unit) throw notFound('角色适用单位');
    if (person.roles.some((r) => r.role === o.role && r.unitId === o.unitId)) {
      throw conflict(`${person.displayName} 已在 ${unit.name} 担任${ROLE_LABELS[o.role].zh}`);
    }
    const { needsSecondAdmin } = enforceSeparation('grant_role', person, o.role);
    if (needsSecondAdmin) {
      return requestAdminRoleChange(tx, audit, o.actor, {
        kind: 'grant',
        person,
        role: o.role,
        unitId: unit.id,
        unitName: unit.name,
      });
    }
    const id = crypto.randomUUID();
    await tx
      .insert(roleAssignments)
      .values({ workspaceId: ws, id, userId: o.id, role: o.role, unitId: unit.id });
    await audit({
      action: 'person.role_granted',
      entityType: 'user',
      entityId: o.id,
      summary: `授予 ${person.displayName} ${unit.name}${ROLE_LABELS[o.role].zh}角色`,
      after: { grantId: id, role: o.role, unitId: unit.id },
    });
    return undefined;
  });
  return { person: (await findPerson(db, ws, o.scope, o.id))!, request };
}

export async function revokeRole(
  db: Db,
  o: Scoped & { id: string; grantId: string },
): Promise<{ person: PersonViewT; request?: AdminRoleRequestT }> {
  const ws = o.actor.workspaceId;
  const request = await writeTx(db, o.actor, async (tx, audit) => {
    const person = await findPerson(tx, ws, o.scope, o.id);
    const grant = person?.roles.find((r) => r.id === o.grantId);
    if (!person || !grant) throw notFound('角色');
    if (o.id === o.actor.userId) throw badRequest('不能修改自己的角色', 'role');
    if (enforceSeparation('revoke_role', person, grant.role).needsSecondAdmin) {
      return requestAdminRoleChange(tx, audit, o.actor, {
        kind: 'revoke',
        person,
        role: grant.role as Role,
        unitId: grant.unitId,
        unitName: grant.unitName,
        grantId: grant.id,
      });
    }
    await tx
      .delete(roleAssignments)
      .where(and(eq(roleAssignments.workspaceId, ws), eq(roleAssignments.id, o.grantId)));
    await audit({
      action: 'person.role_revoked',
      entityType: 'user',
      entityId: o.id,
      summary: `撤销 ${person.displayName} ${grant.unitName}${ROLE_LABELS[grant.role as Role].zh}角色`,
      before: grant,
    });
    return undefined;
  });
  return { person: (await findPerson(db, ws, o.scope, o.id))!, request };
}

export async function unlockPerson(db: Db, o: Scoped & { id: string }) {
  const ws = o.actor.workspaceId;
  await writeTx(db, o.actor, async (tx, audit) => {
    const person = await findPerson(tx, ws, o.scope, o.id);
    if (!person) throw notFound('人员');
    await tx
      .update(users)
      .set({ lockedUntil: null, failedAttempts: 0 })
      .where(and(eq(users.workspaceId, ws), eq(users.id, o.id)));
    await audit({
      action: 'person.unlocked',
      entityType: 'user',
      entityId: o.id,
      summary: `解锁账号 ${person.username}`,
    });
  });
  return (await findPerson(db, ws, o.scope, o.id))!;
}

/** Sets a temporary password that must be changed at the next sign-in; ends open sessions. */
export async function resetPassword(db: Db, o: Scoped & { id: string }) {
  const ws = o.actor.workspaceId;
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await writeTx(db, o.actor, async (tx, audit) => {
    const person = await findPerson(tx, ws, o.scope, o.id);
    if (!person) throw notFound('人员');
    if (o.id === o.actor.userId) throw badRequest('请在“修改密码”中修改自己的密码');
    enforceSeparation('reset_password', person);
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, lockedUntil: null, failedAttempts: 0 })
      .where(and(eq(users.workspaceId, ws), eq(users.id, o.id)));
    await deleteUserSessions(tx, ws, o.id);
    await audit({
      action: 'person.password_reset',
      entityType: 'user',
      entityId: o.id,
      summary: `重置 ${person.username} 的密码`,
    });
  });
  return { person: (await findPerson(db, ws, o.scope, o.id))!, temporaryPassword: password };
}
