// Loads criteria versions and figures and runs the pure evaluators (core/enterprises).
import { and, eq, sql } from 'drizzle-orm';
import {
  EVALUATED_KINDS,
  PARAMS_SCHEMAS,
  type CriteriaVersion,
  type EvaluatedKind,
} from '../../../core/enterprises/criteria';
import { SHIPPED_CRITERIA } from '../../../core/enterprises/criteria-2022';
import type { Evaluation } from '../../../core/enterprises/evaluate';
import { evaluateFacts } from '../../../core/enterprises/evaluate-many';
import type { EnterpriseFacts, YearFigures } from '../../../core/enterprises/figures';
import type { TitleKind } from '../../../core/enterprises/criteria';
import type { DbOrTx } from '../../db/connection';
import { criteriaVersions, enterprises } from '../../db/schema';
import { figuresOf, titlesOf, type FigureRow } from './queries';

/** The shipped versions carry fixed ids; they cannot be edited, only superseded. */
export function shippedVersions(): CriteriaVersion[] {
  return EVALUATED_KINDS.map((k) => ({
    id: `builtin-${k}`,
    titleKind: k,
    ...SHIPPED_CRITERIA[k],
  })) as CriteriaVersion[];
}

export async function loadVersions(db: DbOrTx, ws: string): Promise<CriteriaVersion[]> {
  const rows = await db.select().from(criteriaVersions).where(eq(criteriaVersions.workspaceId, ws));
  const stored: CriteriaVersion[] = [];
  for (const r of rows) {
    const kind = r.titleKind as EvaluatedKind;
    const parsed = PARAMS_SCHEMAS[kind]?.safeParse(r.params);
    if (!parsed?.success) continue; // validated on entry; a broken row never evaluates
    stored.push({
      id: r.id,
      titleKind: kind,
      name: r.name,
      source: r.source,
      effectiveFrom: r.effectiveFrom,
      params: parsed.data,
    } as CriteriaVersion);
  }
  return [...shippedVersions(), ...stored];
}

export function toYearFigures(r: FigureRow): YearFigures {
  const { workspaceId: _w, enterpriseId: _e, updatedAt: _u, ...rest } = r;
  return rest;
}

export async function factsFor(
  db: DbOrTx,
  ws: string,
  ids: string[],
): Promise<Map<string, EnterpriseFacts>> {
  if (ids.length === 0) return new Map();
  const idArray = sql`${'{' + ids.join(',') + '}'}::uuid[]`;
  const [base, titles, figures] = await Promise.all([
    db
      .select({
        id: enterprises.id,
        registeredOn: enterprises.registeredOn,
        strategicEmerging: enterprises.strategicEmerging,
      })
      .from(enterprises)
      .where(and(eq(enterprises.workspaceId, ws), sql`${enterprises.id} = any(${idArray})`)),
    titlesOf(db, ws, ids),
    figuresOf(db, ws, ids),
  ]);
  return factsFromRows(base, titles, figures);
}

/** Facts per enterprise from its base row, titles and figure rows (loaded in any order). */
export function factsFromRows(
  base: { id: string; registeredOn: string | null; strategicEmerging: boolean }[],
  titles: { enterpriseId: string; kind: string; grantedOn: string; validTo: string | null }[],
  figures: FigureRow[],
): Map<string, EnterpriseFacts> {
  const out = new Map<string, EnterpriseFacts>();
  for (const b of base) {
    out.set(b.id, {
      registeredOn: b.registeredOn,
      strategicEmerging: b.strategicEmerging,
      titles: [],
      figures: new Map(),
    });
  }
  for (const t of titles) {
    out.get(t.enterpriseId)?.titles.push({
      kind: t.kind as TitleKind,
      validFrom: t.grantedOn,
      validTo: t.validTo,
    });
  }
  for (const f of figures) {
    (out.get(f.enterpriseId)?.figures as Map<number, YearFigures> | undefined)?.set(
      f.year,
      toYearFigures(f),
    );
  }
  return out;
}

export { evaluateFacts };

/** Every evaluated title for each enterprise and the year, with the version in force then. */
export async function evaluateAll(
  db: DbOrTx,
  ws: string,
  ids: string[],
  year: number,
  kinds: readonly EvaluatedKind[] = EVALUATED_KINDS,
): Promise<Map<string, Evaluation[]>> {
  const [versions, facts] = await Promise.all([loadVersions(db, ws), factsFor(db, ws, ids)]);
  return evaluateFacts(facts, year, versions, kinds);
}
