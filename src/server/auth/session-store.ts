import { createHash, randomBytes } from 'node:crypto';
import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Role } from '../../core/enums';
import type { DbOrTx } from '../db/connection';
import { roleAssignments, sessions, units } from '../db/schema';

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
  /**
   * The workspace's stored settings (key → value) as read with the session, so a request
   * needs no further round trip for them (loadSecurityPolicy, loadMatterSettings take it).
   * Absent on contexts built outside a request.
   */
  settings?: WorkspaceSettingsSnapshot;
}

export type WorkspaceSettingsSnapshot = Readonly<Record<string, unknown>>;

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

/**
 * A user's grants as JSON (RoleGrant[]), as a session carries them. The cockpit's warm-up
 * describes its callers with the same two expressions: a remembered answer is keyed by them.
 */
export function grantsJson(workspaceId: SQL, userId: SQL): SQL {
  return sql`(select coalesce(json_agg(json_build_object('role', ra.role, 'unitId', ra.unit_id,
      'unitPath', un.path, 'unitName', un.name) order by un.path, ra.role), '[]')
    from role_assignments ra
    join units un on un.workspace_id = ra.workspace_id and un.id = ra.unit_id
    where ra.workspace_id = ${workspaceId} and ra.user_id = ${userId})`;
}

/** The workspace's settings as one JSON object (WorkspaceSettingsSnapshot). */
export function settingsJson(workspaceId: SQL): SQL {
  return sql`(select coalesce(json_object_agg(ws.key, ws.value), '{}')
    from workspace_settings ws where ws.workspace_id = ${workspaceId})`;
}

export interface FoundSession {
  tokenHash: string;
  workspaceId: string;
  userId: string;
  csrfToken: string;
  lastSeenAt: Date;
  username: string;
  displayName: string;
  unitId: string;
  active: boolean;
  mustChangePassword: boolean;
  roles: RoleGrant[];
  settings: WorkspaceSettingsSnapshot;
}

/**
 * The session of a cookie token with its user, grants and the workspace settings, in ONE
 * round trip: every API request starts here, and under load each extra query costs more
 * in socket writes and process switches than the query itself.
 */
export async function findSession(db: DbOrTx, token: string): Promise<FoundSession | null> {
  const r = await db.execute(sql`
    select s.token_hash, s.workspace_id, s.user_id, s.csrf_token, s.last_seen_at,
      u.username, u.display_name, u.unit_id, u.active, u.must_change_password,
      ${grantsJson(sql`s.workspace_id`, sql`s.user_id`)} as roles,
      ${settingsJson(sql`s.workspace_id`)} as settings
    from sessions s
    join users u on u.workspace_id = s.workspace_id and u.id = s.user_id
    where s.token_hash = ${tokenHash(token)}`);
  const row = r.rows[0] as Record<string, unknown> | undefined;
  if (!row) return null;
  return {
    tokenHash: row.token_hash as string,
    workspaceId: row.workspace_id as string,
    userId: row.user_id as string,
    csrfToken: row.csrf_token as string,
    lastSeenAt: new Date(row.last_seen_at as string | Date),
    username: row.username as string,
    displayName: row.display_name as string,
    unitId: row.unit_id as string,
    active: row.active as boolean,
    mustChangePassword: row.must_change_password as boolean,
    roles: row.roles as RoleGrant[],
    settings: row.settings as WorkspaceSettingsSnapshot,
  };
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
