import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { inScope } from '../../auth/scope';
import type { DbOrTx } from '../../db/connection';
import { roleAssignments, units, users } from '../../db/schema';
import type { PersonViewT } from './schema';

/** People whose home unit lies in the caller's subtrees, with their role grants. */
export async function listPeople(
  db: DbOrTx,
  workspaceId: string,
  paths: string[],
  filter: { unitId?: string; q?: string; id?: string; limit?: number },
): Promise<PersonViewT[]> {
  const q = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => '\\' + c)}%` : null;
  const rows = await db
    .select({ user: users, unitName: units.name, unitPath: units.path })
    .from(users)
    .innerJoin(units, and(eq(units.workspaceId, users.workspaceId), eq(units.id, users.unitId)))
    .where(
      and(
        eq(users.workspaceId, workspaceId),
        inScope(units.path, paths),
        filter.id ? eq(users.id, filter.id) : undefined,
        filter.unitId ? eq(users.unitId, filter.unitId) : undefined,
        q ? or(sql`${users.displayName} like ${q}`, sql`${users.username} like ${q}`) : undefined,
      ),
    )
    .orderBy(asc(units.sortKey), asc(users.username))
    .limit(filter.limit ?? 500);
  if (rows.length === 0) return [];
  const grants = await db
    .select({
      id: roleAssignments.id,
      userId: roleAssignments.userId,
      role: roleAssignments.role,
      unitId: roleAssignments.unitId,
      unitName: units.name,
    })
    .from(roleAssignments)
    .innerJoin(
      units,
      and(eq(units.workspaceId, roleAssignments.workspaceId), eq(units.id, roleAssignments.unitId)),
    )
    .where(
      and(
        eq(roleAssignments.workspaceId, workspaceId),
        inArray(
          roleAssignments.userId,
          rows.map((r) => r.user.id),
        ),
      ),
    );
  const now = Date.now();
  return rows.map(({ user, unitName }) => ({
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    unitId: user.unitId,
    unitName,
    active: user.active,
    locked: !!user.lockedUntil && user.lockedUntil.getTime() > now,
    mustChangePassword: user.mustChangePassword,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    roles: grants
      .filter((g) => g.userId === user.id)
      .map(({ id, role, unitId, unitName: n }) => ({ id, role, unitId, unitName: n })),
  }));
}

export async function findPerson(db: DbOrTx, workspaceId: string, paths: string[], id: string) {
  const [p] = await listPeople(db, workspaceId, paths, { id, limit: 1 });
  return p ?? null;
}
