import { randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { ADMIN_ROLES, ROLE_LABELS, type Role } from '../../../core/enums';
import {
  approvalProblem,
  separationRule,
  type PeopleAction,
} from '../../../core/separation-of-duties';
import type { Actor } from '../../audit/record';
import { hashPassword } from '../../auth/password';
import { requireRolePaths } from '../../auth/scope';
import type { AuthContext } from '../../auth/session-store';
import { deleteUserSessions } from '../../auth/session-store';
import type { Db, DbOrTx, Tx } from '../../db/connection';
import { adminRoleRequests, roleAssignments, units, users } from '../../db/schema';
import { writeTx, type Audit } from '../../db/write';
import { AppError, conflict, notFound } from '../../errors';
import { findPerson } from './queries';
import type { AdminRoleRequestT, PersonViewT } from './schema';

// 三员分立: administrator roles change only when two administrators agree. The security admin
// files the request (grant or revoke); any other administrator approves or rejects it. An
// approved grant also voids the account's password: whoever knew it (the system admin who
// created the account, a security admin who reset it) must not become an administrator's
// other self. The new administrator gets a password only from the server console
// (`luoshi reset-admin-password`).

/**
 * Applies the 三员分立 table (src/core/separation-of-duties.ts) to a person; throws when the
 * action is refused, and says whether a second administrator must approve it.
 */
export function enforceSeparation(
  action: PeopleAction,
  person: PersonViewT,
  role?: string,
): { needsSecondAdmin: boolean } {
  const verdict = separationRule(
    action,
    {
      displayName: person.displayName,
      username: person.username,
      roles: person.roles.map((r) => r.role),
    },
    role,
  );
  if (!verdict.allowed) {
    throw new AppError(verdict.status, 'separation_of_duties', verdict.message, 'role');
  }
  return { needsSecondAdmin: verdict.needsSecondAdmin };
}

export async function requestAdminRoleChange(
  tx: Tx,
  audit: Audit,
  actor: Actor,
  o: {
    kind: 'grant' | 'revoke';
    person: PersonViewT;
    role: Role;
    unitId: string;
    unitName: string;
    grantId?: string;
  },
): Promise<AdminRoleRequestT> {
  const ws = actor.workspaceId;
  const [open] = await tx
    .select({ id: adminRoleRequests.id })
    .from(adminRoleRequests)
    .where(
      and(
        eq(adminRoleRequests.workspaceId, ws),
        eq(adminRoleRequests.userId, o.person.id),
        eq(adminRoleRequests.status, 'pending'),
      ),
    );
  if (open) throw conflict(`${o.person.displayName} 已有一项待审批的管理员角色变更`);
  const id = crypto.randomUUID();
  await tx.insert(adminRoleRequests).values({
    workspaceId: ws,
    id,
    kind: o.kind,
    userId: o.person.id,
    role: o.role,
    unitId: o.unitId,
    grantId: o.grantId ?? null,
    requestedBy: actor.userId!,
    requestedByName: actor.name,
  });
  const verb = o.kind === 'grant' ? '授予' : '撤销';
  await audit({
    action: 'person.admin_role_requested',
    entityType: 'user',
    entityId: o.person.id,
    summary: `申请${verb} ${o.person.displayName}（${o.person.username}）${o.unitName}${ROLE_LABELS[o.role].zh}角色，待另一名管理员审批`,
    after: { requestId: id, kind: o.kind, role: o.role, unitId: o.unitId },
  });
  return (await listRequests(tx, ws, { id }))[0]!;
}

export async function listRequests(
  db: DbOrTx,
  workspaceId: string,
  filter: { id?: string; status?: string } = {},
): Promise<AdminRoleRequestT[]> {
  const r = adminRoleRequests;
  const rows = await db
    .select({ r, username: users.username, displayName: users.displayName, unitName: units.name })
    .from(r)
    .innerJoin(users, and(eq(users.workspaceId, r.workspaceId), eq(users.id, r.userId)))
    .innerJoin(units, and(eq(units.workspaceId, r.workspaceId), eq(units.id, r.unitId)))
    .where(
      and(
        eq(r.workspaceId, workspaceId),
        filter.id ? eq(r.id, filter.id) : undefined,
        filter.status ? eq(r.status, filter.status) : undefined,
      ),
    )
    .orderBy(desc(r.createdAt))
    .limit(200);
  return rows.map(({ r: x, username, displayName, unitName }) => ({
    id: x.id,
    kind: x.kind as 'grant' | 'revoke',
    status: x.status as 'pending' | 'approved' | 'rejected',
    userId: x.userId,
    username,
    displayName,
    role: x.role,
    unitId: x.unitId,
    unitName,
    requestedByName: x.requestedByName,
    requestedAt: x.createdAt.toISOString(),
    decidedByName: x.decidedByName,
    decidedAt: x.decidedAt?.toISOString() ?? null,
  }));
}

/** Approves (or rejects) a pending request; the decider must be another administrator. */
export async function decideRequest(
  db: Db,
  o: { actor: Actor; auth: AuthContext; id: string; approve: boolean },
): Promise<AdminRoleRequestT> {
  const ws = o.actor.workspaceId;
  const scope = requireRolePaths(o.auth, ADMIN_ROLES);
  // Hashed before the transaction (argon2 is slow); nobody ever learns this password.
  const voidHash = await hashPassword(randomBytes(32).toString('base64url'));
  await writeTx(db, o.actor, async (tx, audit) => {
    const [req] = await tx
      .select()
      .from(adminRoleRequests)
      .where(and(eq(adminRoleRequests.workspaceId, ws), eq(adminRoleRequests.id, o.id)))
      .for('update');
    if (!req) throw notFound('申请');
    if (req.status !== 'pending') throw conflict('该申请已处理');
    const problem = approvalProblem({
      requestedBy: req.requestedBy,
      targetUserId: req.userId,
      approverId: o.auth.userId,
      approverRoles: o.auth.roles.map((g) => g.role),
    });
    if (problem) throw new AppError(403, 'separation_of_duties', problem);
    const person = await findPerson(tx, ws, scope, req.userId);
    if (!person) throw notFound('人员');
    const role = req.role as Role;
    const roleName = ROLE_LABELS[role].zh;
    if (o.approve) {
      if (req.kind === 'grant') {
        enforceSeparation('grant_role', person, role); // the account may have changed since
        await tx
          .insert(roleAssignments)
          .values({ workspaceId: ws, userId: req.userId, role, unitId: req.unitId });
        await tx
          .update(users)
          .set({ passwordHash: voidHash, mustChangePassword: true })
          .where(and(eq(users.workspaceId, ws), eq(users.id, req.userId)));
      } else {
        const deleted = await tx
          .delete(roleAssignments)
          .where(and(eq(roleAssignments.workspaceId, ws), eq(roleAssignments.id, req.grantId!)))
          .returning({ id: roleAssignments.id });
        if (deleted.length === 0) throw conflict(`${person.displayName} 已不再担任${roleName}`);
      }
      await deleteUserSessions(tx, ws, req.userId);
    }
    await tx
      .update(adminRoleRequests)
      .set({
        status: o.approve ? 'approved' : 'rejected',
        decidedBy: o.auth.userId,
        decidedByName: o.actor.name,
        decidedAt: new Date(),
      })
      .where(and(eq(adminRoleRequests.workspaceId, ws), eq(adminRoleRequests.id, o.id)));
    const verb = req.kind === 'grant' ? '授予' : '撤销';
    await audit({
      action: o.approve ? 'person.admin_role_approved' : 'person.admin_role_rejected',
      entityType: 'user',
      entityId: req.userId,
      summary: `${o.approve ? '批准' : '驳回'}${req.requestedByName}的申请：${verb} ${person.displayName}（${person.username}）${roleName}角色`,
      before: { requestId: req.id, requestedBy: req.requestedBy },
      after: { kind: req.kind, role, unitId: req.unitId, approved: o.approve },
    });
  });
  return (await listRequests(db, ws, { id: o.id }))[0]!;
}
