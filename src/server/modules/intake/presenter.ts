import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection';
import { units } from '../../db/schema';
import type { IntakeViewT } from './schema';
import type { IntakeWithUnit } from './service';

export function presentSummary({ intake, unitName }: IntakeWithUnit) {
  const ps = intake.proposals;
  return {
    id: intake.id,
    title: intake.title,
    planYear: intake.planYear,
    sourceName: intake.sourceName,
    status: intake.status as 'draft' | 'committed',
    unit: { id: intake.unitId, name: unitName },
    counts: {
      total: ps.length,
      accepted: ps.filter((p) => p.status === 'accepted').length,
      rejected: ps.filter((p) => p.status === 'rejected').length,
      flagged: ps.filter((p) => p.flags.length > 0).length,
    },
    editCount: intake.editCount,
    extractionMs: intake.extractionMs,
    createdAt: intake.createdAt.toISOString(),
    committedAt: intake.committedAt?.toISOString() ?? null,
    planId: intake.planId,
    listId: intake.listId,
  };
}

/** The whole draft, with the names of every unit its proposals point at. */
export async function presentIntake(
  db: DbOrTx,
  row: IntakeWithUnit,
  existing: boolean,
): Promise<IntakeViewT> {
  const ids = new Set<string>();
  for (const p of row.intake.proposals) {
    if (p.kind !== 'task') continue;
    for (const id of [...p.leadUnitIds, ...p.cooperatingUnitIds]) ids.add(id);
  }
  const names =
    ids.size === 0
      ? []
      : await db
          .select({ id: units.id, name: units.name })
          .from(units)
          .where(and(eq(units.workspaceId, row.intake.workspaceId), inArray(units.id, [...ids])));
  return {
    ...presentSummary(row),
    text: row.intake.text,
    sections: row.intake.sections,
    proposals: row.intake.proposals,
    units: names,
    existing,
  };
}
