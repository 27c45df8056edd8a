// Loading target lines with their indicator and units, and presenting them. Shared by every
// targets sub-module.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { describeParsed, type ParsedWording } from '../../../core/targets/wording';
import type { Direction } from '../../../core/targets/normalize';
import type { DbOrTx } from '../../db/connection';
import {
  indicators,
  targetPlans,
  targets,
  units,
  type IndicatorRow,
  type TargetPlanRow,
  type TargetRow,
} from '../../db/schema';
import type { IndicatorViewT, PlanViewT, TargetViewT } from './schema';

export interface UnitInfo {
  id: string;
  code: string;
  name: string;
  path: string;
  rankingGroup: string | null;
  sortKey: string;
}
export interface Line {
  target: TargetRow;
  indicator: IndicatorRow;
  unit: UnitInfo;
  reportingUnit: { id: string; name: string; path: string } | null;
  unitPath: string;
  reportingUnitPath: string | null;
}

const reportingUnits = alias(units, 'reporting_units');
const unitCols = {
  id: units.id,
  code: units.code,
  name: units.name,
  path: units.path,
  rankingGroup: units.rankingGroup,
  sortKey: units.sortKey,
};

/**
 * Target lines matching `where` (on targets and units), in plan order. Indicators come in a
 * second small query rather than joined onto every line: a province plan has 7,000 lines
 * and 40 indicators.
 */
export async function loadLines(db: DbOrTx, workspaceId: string, where?: SQL): Promise<Line[]> {
  const rows = await db
    .select({ target: targets, unit: unitCols })
    .from(targets)
    .innerJoin(units, and(eq(units.workspaceId, targets.workspaceId), eq(units.id, targets.unitId)))
    .where(and(eq(targets.workspaceId, workspaceId), where))
    .orderBy(asc(targets.seq), asc(targets.lineNo), asc(units.sortKey));
  if (rows.length === 0) return [];
  const indicatorRows = await db
    .select({
      indicator: indicators,
      reportingUnit: {
        id: reportingUnits.id,
        name: reportingUnits.name,
        path: reportingUnits.path,
      },
    })
    .from(indicators)
    .leftJoin(
      reportingUnits,
      and(
        eq(reportingUnits.workspaceId, indicators.workspaceId),
        eq(reportingUnits.id, indicators.reportingUnitId),
      ),
    )
    .where(
      and(
        eq(indicators.workspaceId, workspaceId),
        inArray(indicators.id, [...new Set(rows.map((r) => r.target.indicatorId))]),
      ),
    );
  const byId = new Map(
    indicatorRows.map((r) => [
      r.indicator.id,
      { indicator: r.indicator, reportingUnit: r.reportingUnit?.id ? r.reportingUnit : null },
    ]),
  );
  return rows.map((r) => {
    const ind = byId.get(r.target.indicatorId)!;
    return {
      target: r.target,
      unit: r.unit,
      indicator: ind.indicator,
      reportingUnit: ind.reportingUnit,
      unitPath: r.unit.path,
      reportingUnitPath: ind.reportingUnit?.path ?? null,
    };
  });
}

export async function loadLine(db: DbOrTx, workspaceId: string, id: string): Promise<Line | null> {
  const [line] = await loadLines(db, workspaceId, eq(targets.id, id));
  return line ?? null;
}

export async function loadPlanWithUnit(db: DbOrTx, workspaceId: string, id: string) {
  const [row] = await db
    .select({ plan: targetPlans, unit: unitCols })
    .from(targetPlans)
    .innerJoin(
      units,
      and(eq(units.workspaceId, targetPlans.workspaceId), eq(units.id, targetPlans.unitId)),
    )
    .where(and(eq(targetPlans.workspaceId, workspaceId), eq(targetPlans.id, id)));
  return row ?? null;
}

export async function loadPlansWithUnits(db: DbOrTx, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ plan: targetPlans, unit: unitCols })
    .from(targetPlans)
    .innerJoin(
      units,
      and(eq(units.workspaceId, targetPlans.workspaceId), eq(units.id, targetPlans.unitId)),
    )
    .where(and(eq(targetPlans.workspaceId, workspaceId), inArray(targetPlans.id, ids)))
    .orderBy(sql`${targetPlans.year} desc`, asc(units.sortKey), asc(targetPlans.title));
}

export function presentIndicator(
  ind: IndicatorRow,
  reportingUnit: { id: string; name: string } | null,
): IndicatorViewT {
  return {
    id: ind.id,
    name: ind.name,
    measureUnit: ind.measureUnit,
    kind: ind.kind,
    direction: ind.direction,
    cumulative: ind.cumulative,
    frequency: ind.frequency,
    reportingUnit: reportingUnit ? { id: reportingUnit.id, name: reportingUnit.name } : null,
    description: ind.description,
    active: ind.active,
  };
}

export function presentUnitRef(u: UnitInfo) {
  return { id: u.id, code: u.code, name: u.name, rankingGroup: u.rankingGroup };
}

export function presentPlan(plan: TargetPlanRow, unit: UnitInfo, canManage: boolean): PlanViewT {
  return {
    id: plan.id,
    unit: presentUnitRef(unit),
    year: plan.year,
    title: plan.title,
    source: plan.source,
    tolerance: plan.tolerance,
    reportDueDay: plan.reportDueDay,
    thresholds: {
      yellowFrom: plan.yellowFrom,
      redFrom: plan.redFrom,
      notStartedMonths: plan.notStartedMonths,
    },
    canManage,
  };
}

/** The tolerance in force for a line: its own, else the plan's, else the default. */
export function toleranceOf(line: Line, plan: TargetPlanRow): number | undefined {
  return line.target.tolerance ?? plan.tolerance ?? undefined;
}

export function presentTarget(line: Line, plan?: TargetPlanRow): TargetViewT {
  const t = line.target;
  const parsed = t.parsed as ParsedWording;
  const tolerance = plan ? toleranceOf(line, plan) : (t.tolerance ?? undefined);
  return {
    id: t.id,
    planId: t.planId,
    parentId: t.parentId,
    seq: t.seq,
    lineNo: t.lineNo,
    unit: presentUnitRef(line.unit),
    indicator: presentIndicator(line.indicator, line.reportingUnit),
    wording: t.wording,
    parsed,
    parsedAuto: t.parsedAuto,
    parsedBy: t.parsedBy === 'person' ? 'person' : 'auto',
    overrideReason: t.overrideReason,
    meaning: describeParsed(parsed, 'zh', {
      tolerance,
      direction: line.indicator.direction as Direction,
      controlValue: t.controlValue,
      measureUnit: line.indicator.measureUnit,
    }),
    needsPerson: parsed.kind === 'unreadable' || parsed.kind === 'qualitative',
    tolerance: t.tolerance,
    controlValue: t.controlValue,
    referenceValues: (t.referenceValues as (number | null)[] | null) ?? null,
  };
}
