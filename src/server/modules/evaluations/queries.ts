import { and, desc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection';
import {
  evaluationManualScores,
  evaluationSchemes,
  evaluationSchemeVersions,
  units,
} from '../../db/schema';
import { notFound } from '../../errors';
import type { DefinitionBodyT } from './schema';

export type StoredDefinition = Pick<DefinitionBodyT, 'total' | 'items' | 'adjustments' | 'units'>;

export interface SchemeRecord {
  workspaceId: string;
  id: string;
  code: string;
  name: string;
  source: string;
  defaultPeriod: string;
  organiser: { id: string; name: string; path: string };
  latestVersion: number;
}

export async function listSchemes(
  db: DbOrTx,
  ws: string,
): Promise<(SchemeRecord & { definition: StoredDefinition })[]> {
  const rows = await db
    .select({ s: evaluationSchemes, u: { id: units.id, name: units.name, path: units.path } })
    .from(evaluationSchemes)
    .innerJoin(
      units,
      and(
        eq(units.workspaceId, evaluationSchemes.workspaceId),
        eq(units.id, evaluationSchemes.organiserUnitId),
      ),
    )
    .where(eq(evaluationSchemes.workspaceId, ws))
    .orderBy(evaluationSchemes.createdAt);
  const latest = await db
    .selectDistinctOn([evaluationSchemeVersions.schemeId], {
      schemeId: evaluationSchemeVersions.schemeId,
      version: evaluationSchemeVersions.version,
      definition: evaluationSchemeVersions.definition,
    })
    .from(evaluationSchemeVersions)
    .where(eq(evaluationSchemeVersions.workspaceId, ws))
    .orderBy(evaluationSchemeVersions.schemeId, desc(evaluationSchemeVersions.version));
  const byScheme = new Map(latest.map((v) => [v.schemeId, v]));
  return rows.map(({ s, u }) => ({
    workspaceId: s.workspaceId,
    id: s.id,
    code: s.code,
    name: s.name,
    source: s.source,
    defaultPeriod: s.defaultPeriod,
    organiser: u,
    latestVersion: byScheme.get(s.id)?.version ?? 0,
    definition: byScheme.get(s.id)?.definition as StoredDefinition,
  }));
}

export async function findScheme(db: DbOrTx, ws: string, id: string): Promise<SchemeRecord> {
  const all = await db
    .select({ s: evaluationSchemes, u: { id: units.id, name: units.name, path: units.path } })
    .from(evaluationSchemes)
    .innerJoin(
      units,
      and(
        eq(units.workspaceId, evaluationSchemes.workspaceId),
        eq(units.id, evaluationSchemes.organiserUnitId),
      ),
    )
    .where(and(eq(evaluationSchemes.workspaceId, ws), eq(evaluationSchemes.id, id)));
  const row = all[0];
  if (!row) throw notFound('考核方案');
  const [v] = await db
    .select({ version: evaluationSchemeVersions.version })
    .from(evaluationSchemeVersions)
    .where(
      and(eq(evaluationSchemeVersions.workspaceId, ws), eq(evaluationSchemeVersions.schemeId, id)),
    )
    .orderBy(desc(evaluationSchemeVersions.version))
    .limit(1);
  return {
    workspaceId: row.s.workspaceId,
    id: row.s.id,
    code: row.s.code,
    name: row.s.name,
    source: row.s.source,
    defaultPeriod: row.s.defaultPeriod,
    organiser: row.u,
    latestVersion: v?.version ?? 0,
  };
}

export async function versionsOf(db: DbOrTx, ws: string, schemeId: string) {
  return db
    .select()
    .from(evaluationSchemeVersions)
    .where(
      and(
        eq(evaluationSchemeVersions.workspaceId, ws),
        eq(evaluationSchemeVersions.schemeId, schemeId),
      ),
    )
    .orderBy(evaluationSchemeVersions.version);
}

export async function loadVersion(db: DbOrTx, ws: string, schemeId: string, version: number) {
  const [v] = await db
    .select()
    .from(evaluationSchemeVersions)
    .where(
      and(
        eq(evaluationSchemeVersions.workspaceId, ws),
        eq(evaluationSchemeVersions.schemeId, schemeId),
        eq(evaluationSchemeVersions.version, version),
      ),
    );
  if (!v) throw notFound('方案版本');
  return { version: v.version, definition: v.definition as StoredDefinition };
}

export interface UnitInfo {
  id: string;
  name: string;
  path: string;
  rankingGroup: string | null;
  sortKey: string;
}

export async function unitsByIds(
  db: DbOrTx,
  ws: string,
  ids: string[],
): Promise<Map<string, UnitInfo>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: units.id,
      name: units.name,
      path: units.path,
      rankingGroup: units.rankingGroup,
      sortKey: units.sortKey,
    })
    .from(units)
    .where(and(eq(units.workspaceId, ws), inArray(units.id, ids)));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function manualHistory(
  db: DbOrTx,
  ws: string,
  schemeId: string,
  period: string,
  unitId: string,
) {
  return db
    .select()
    .from(evaluationManualScores)
    .where(
      and(
        eq(evaluationManualScores.workspaceId, ws),
        eq(evaluationManualScores.schemeId, schemeId),
        eq(evaluationManualScores.period, period),
        eq(evaluationManualScores.unitId, unitId),
      ),
    )
    .orderBy(desc(evaluationManualScores.enteredAt));
}
