import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Role } from '../../core/enums';
import type { DbOrTx } from '../db/connection';
import { roleAssignments, sessions, units, users } from '../db/schema';

export const SESSION_COOKIE = 'luoshi_session';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface RoleGrant {
  role: Role;
  unitId: string;
  unitPath: string;
  unitName: string;
}

/** What every authenticated request knows about its caller. */
export interface AuthContext {
  workspaceId: string;
  userId: string;
  username: string;
  displayName: string;
  unitId: string;
  mustChangePassword: boolean;
  roles: RoleGrant[];
  csrfToken: string;
  sessionHash: string;
}

export async function loadGrants(
  db: DbOrTx,
  workspaceId: string,
  userId: string,
): Promise<RoleGrant[]> {
  const rows = await db
    .select({
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      unitPath: units.path,
      unitName: units.name,
    })
    .from(roleAssignments)
    .innerJoin(
      units,
      and(eq(units.workspaceId, roleAssignments.workspaceId), eq(units.id, roleAssignments.unitId)),
    )
    .where(and(eq(roleAssignments.workspaceId, workspaceId), eq(roleAssignments.userId, userId)));
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export async function findSession(db: DbOrTx, token: string) {
  const [row] = await db
    .select({
      session: sessions,
      user: {
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        unitId: users.unitId,
        active: users.active,
        mustChangePassword: users.mustChangePassword,
      },
    })
    .from(sessions)
    .innerJoin(
      users,
      and(eq(users.workspaceId, sessions.workspaceId), eq(users.id, sessions.userId)),
    )
    .where(eq(sessions.tokenHash, tokenHash(token)));
  return row ?? null;
}

export async function touchSession(db: DbOrTx, hash: string): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()` })
    .where(eq(sessions.tokenHash, hash));
}

export async function deleteSessions(db: DbOrTx, hashes: string[]): Promise<void> {
  if (hashes.length) await db.delete(sessions).where(inArray(sessions.tokenHash, hashes));
}

/** Ends every session of a user, except the one given (the caller's own, when it stays). */
export async function deleteUserSessions(
  db: DbOrTx,
  workspaceId: string,
  userId: string,
  exceptHash?: string,
) {
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.workspaceId, workspaceId),
        eq(sessions.userId, userId),
        exceptHash ? ne(sessions.tokenHash, exceptHash) : undefined,
      ),
    );
}
