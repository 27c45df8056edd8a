import { and, asc, eq, sql } from 'drizzle-orm';
import { inScope } from '../../auth/scope';
import type { DbOrTx } from '../../db/connection';
import { units } from '../../db/schema';

export type UnitRow = typeof units.$inferSelect;

/** The columns a unit list shows: paths and pinyin stay in the database (they double the bytes). */
const listColumns = {
  id: units.id,
  code: units.code,
  name: units.name,
  kind: units.kind,
  parentId: units.parentId,
  depth: units.depth,
  rankingGroup: units.rankingGroup,
  active: units.active,
};
export type UnitListRow = Pick<UnitRow, keyof typeof listColumns>;

export async function listUnitsInScope(
  db: DbOrTx,
  workspaceId: string,
  paths: string[],
  includeInactive: boolean,
): Promise<UnitListRow[]> {
  return db
    .select(listColumns)
    .from(units)
    .where(
      and(
        eq(units.workspaceId, workspaceId),
        inScope(units.path, paths),
        includeInactive ? undefined : eq(units.active, true),
      ),
    )
    .orderBy(asc(units.depth), asc(units.sortKey));
}

export async function findUnitInScope(
  db: DbOrTx,
  workspaceId: string,
  paths: string[],
  id: string,
): Promise<UnitRow | null> {
  const [row] = await db
    .select()
    .from(units)
    .where(and(eq(units.workspaceId, workspaceId), eq(units.id, id), inScope(units.path, paths)));
  return row ?? null;
}

/**
 * Name substring (pg_trgm-indexed), code prefix, pinyin-initials prefix or full-pinyin prefix.
 * Ranked: exact initials or name first, then shallower units, then by code.
 */
export async function searchUnits(
  db: DbOrTx,
  workspaceId: string,
  paths: string[],
  q: string,
  limit = 20,
): Promise<UnitRow[]> {
  const lower = q.toLowerCase();
  const like = `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  const prefix = `${lower.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  return db
    .select()
    .from(units)
    .where(
      and(
        eq(units.workspaceId, workspaceId),
        eq(units.active, true),
        inScope(units.path, paths),
        sql`(${units.name} like ${like} or ${units.code} like ${prefix}
          or ${units.pinyinInitials} like ${prefix} or ${units.pinyin} like ${prefix})`,
      ),
    )
    .orderBy(
      sql`case when ${units.name} = ${q} or ${units.pinyinInitials} = ${lower} then 0 else 1 end`,
      asc(units.depth),
      asc(units.sortKey),
    )
    .limit(limit);
}

export async function countActiveChildren(db: DbOrTx, workspaceId: string, id: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(units)
    .where(and(eq(units.workspaceId, workspaceId), eq(units.parentId, id), eq(units.active, true)));
  return row?.n ?? 0;
}
