import { and, eq } from 'drizzle-orm';
import { isAdminRole, ROLE_LABELS, type Role } from '../../../core/enums';
import { hashPassword } from '../../auth/password';
import { deleteUserSessions } from '../../auth/session-store';
import type { Db } from '../../db/connection';
import { roleAssignments, users } from '../../db/schema';
import { writeTx } from '../../db/write';
import { temporaryPassword } from './service';

// 三员分立: an administrator's password is never reset through another administrator's API
// call (that call would hand over the account). It is reset on the server itself by whoever
// operates it: `luoshi reset-admin-password <username>` prints a temporary password once,
// which must be changed at the next sign-in. The reset is audited.

export async function resetAdminPassword(
  db: Db,
  username: string,
): Promise<{ ok: true; password: string; role: string } | { ok: false; message: string }> {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  if (!user) return { ok: false, message: `no account named ${username}` };
  const grants = await db
    .select({ role: roleAssignments.role })
    .from(roleAssignments)
    .where(
      and(eq(roleAssignments.workspaceId, user.workspaceId), eq(roleAssignments.userId, user.id)),
    );
  const admin = grants.map((g) => g.role).find(isAdminRole);
  if (!admin) {
    return {
      ok: false,
      message: `${username} holds no administrator role: the security admin resets business accounts`,
    };
  }
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const actor = { workspaceId: user.workspaceId, userId: null, name: '服务器命令行', ip: null };
  await writeTx(db, actor, async (tx, audit) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, lockedUntil: null, failedAttempts: 0 })
      .where(and(eq(users.workspaceId, user.workspaceId), eq(users.id, user.id)));
    await deleteUserSessions(tx, user.workspaceId, user.id);
    await audit({
      action: 'person.admin_password_reset',
      entityType: 'user',
      entityId: user.id,
      summary: `在服务器上重置${ROLE_LABELS[admin as Role].zh} ${user.displayName}（${user.username}）的密码`,
    });
  });
  return { ok: true, password, role: admin };
}
