// Read models: the plan table with lights, a target's page with its trend, a unit's page.
// Everything is computed from the reports at request time (core/targets/assess).
import { and, eq, inArray } from 'drizzle-orm';
import { todayInShanghai } from '../../../../core/dates';
import type { ReportFrequency } from '../../../../core/enums';
import {
  parsePeriodKey,
  periodKey,
  periodLabel,
  periodMonths,
} from '../../../../core/targets/periods';
import type { ParsedWording } from '../../../../core/targets/wording';
import { pathInScope } from '../../../auth/scope';
import type { DbOrTx } from '../../../db/connection';
import { targetPlans, targets, units } from '../../../db/schema';
import { badRequest, notFound } from '../../../errors';
import { canManagePlan, canReportLine, canSeeLine, type TargetAccess } from '../access';
import {
  loadLines,
  loadPlansWithUnits,
  presentPlan,
  presentTarget,
  presentUnitRef,
  type Line,
} from '../lines';
import { planForRead, type PlanAccess } from '../plans/service';
import { lineForRead } from '../plans/targets-service';
import { effectiveMonths, latestReportedMonth, loadFacts, reportKey, statusOf } from '../status';

export const SYNTHETIC_NOTE = '含合成的演示数据，不是真实统计数字';

/** The month to show: the one asked for, else the latest with reports, else the current one. */
export async function viewMonth(
  db: DbOrTx,
  workspaceId: string,
  year: number,
  lines: Line[],
  period?: string,
): Promise<number> {
  if (period) {
    const p = parsePeriodKey(period);
    if (!p || p.year !== year) throw badRequest(`报告期应在计划年度 ${year} 年内`, 'period');
    return p.month;
  }
  const latest = await latestReportedMonth(db, workspaceId, year, lines);
  if (latest) return latest;
  const today = todayInShanghai(new Date());
  return Number(today.slice(0, 4)) > year ? 12 : Math.max(1, Number(today.slice(5, 7)));
}

/**
 * Lights of every figure the caller sees. 未报送 (no report yet) is its own count: drawn red
 * it would read as a missed target.
 */
function lightCounts(statuses: { light: string | null; verdict: string }[]) {
  const c = { green: 0, yellow: 0, red: 0, notReported: 0, none: 0 };
  for (const s of statuses) {
    if (s.verdict === 'no_data') c.notReported++;
    else c[(s.light ?? 'none') as 'green' | 'yellow' | 'red' | 'none']++;
  }
  return c;
}

function rowUnitOf(p: PlanAccess, lines: Line[], unitId: string | undefined, ownUnit: string) {
  if (unitId) return unitId;
  const has = (id: string) => lines.some((l) => l.unit.id === id);
  if (has(p.plan.unitId)) return p.plan.unitId;
  if (has(ownUnit)) return ownUnit;
  return lines[0]?.unit.id ?? p.plan.unitId;
}

export async function planTable(
  db: DbOrTx,
  o: {
    workspaceId: string;
    access: TargetAccess;
    ownUnitId: string;
    planId: string;
    period?: string;
    unitId?: string;
  },
) {
  const p = await planForRead(db, o.workspaceId, o.access, o.planId);
  const all = (await loadLines(db, o.workspaceId, eq(targets.planId, p.plan.id))).filter((l) =>
    canSeeLine(o.access.read, l),
  );
  const rowUnit = rowUnitOf(p, all, o.unitId, o.ownUnitId);
  const rows = all.filter((l) => l.unit.id === rowUnit);
  if (o.unitId && rows.length === 0) throw notFound('该单位的目标');
  const rowIds = new Set(rows.map((r) => r.target.id));
  const children = all.filter((l) => l.target.parentId && rowIds.has(l.target.parentId));
  const used = [...rows, ...children];
  const month = await viewMonth(db, o.workspaceId, p.plan.year, used, o.period);
  const facts = await loadFacts(db, o.workspaceId, p.plan.year, used, effectiveMonths(used, month));
  const unitList = new Map(children.map((c) => [c.unit.id, c.unit]));
  const out = rows.map((line) => ({
    target: presentTarget(line, p.plan),
    status: statusOf(p.plan, line, month, facts),
    units: children
      .filter((c) => c.target.parentId === line.target.id)
      .map((c) => ({
        unitId: c.unit.id,
        targetId: c.target.id,
        wording: c.target.wording,
        meaning: presentTarget(c, p.plan).meaning,
        status: statusOf(p.plan, c, month, facts),
      })),
  }));
  const synthetic = out.some((r) => r.status.synthetic || r.units.some((u) => u.status.synthetic));
  return {
    plan: presentPlan(p.plan, p.unit, p.canManage),
    period: periodKey(p.plan.year, month),
    periodLabel: periodLabel(p.plan.year, month, { cumulative: true, frequency: 'monthly' }),
    unit: presentUnitRef(rows[0]?.unit ?? p.unit),
    units: [...unitList.values()]
      .sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1))
      .map(presentUnitRef),
    rows: out,
    counts: lightCounts(out.flatMap((r) => [r.status, ...r.units.map((u) => u.status)])),
    /** Whether the caller may report figures on any line of this table (import offered). */
    canReport: used.some((l) => canReportLine(o.access, l)),
    synthetic,
    syntheticNote: synthetic ? SYNTHETIC_NOTE : null,
  };
}

function targetLine(line: Line) {
  const p = line.target.parsed as ParsedWording;
  if (p.kind === 'numeric') {
    return p.comparator === 'range'
      ? { value: null, low: p.low ?? null, high: p.high ?? null }
      : { value: p.value, low: null, high: null };
  }
  if (p.kind === 'control' && line.target.controlValue !== null) {
    return { value: line.target.controlValue, low: null, high: null };
  }
  return null;
}

export async function targetPage(
  db: DbOrTx,
  o: { workspaceId: string; access: TargetAccess; targetId: string; period?: string },
) {
  const { line, plan } = await lineForRead(db, o.workspaceId, o.access, o.targetId);
  const family = (
    await loadLines(
      db,
      o.workspaceId,
      and(eq(targets.planId, plan.plan.id), eq(targets.indicatorId, line.indicator.id)),
    )
  ).filter((l) => canSeeLine(o.access.read, l));
  const self = family.find((l) => l.target.id === line.target.id)!;
  const children = family.filter((l) => l.target.parentId === line.target.id);
  const parent = family.find((l) => l.target.id === line.target.parentId) ?? null;
  const series = [self, ...children];
  const facts = await loadFacts(db, o.workspaceId, plan.plan.year, series);
  const months = periodMonths(line.indicator.frequency as ReportFrequency);
  const month = await viewMonth(db, o.workspaceId, plan.plan.year, series, o.period);
  const fmt = {
    cumulative: line.indicator.cumulative,
    frequency: line.indicator.frequency as ReportFrequency,
  };
  return {
    plan: presentPlan(plan.plan, plan.unit, plan.canManage),
    target: presentTarget(self, plan.plan),
    parent: parent ? presentTarget(parent, plan.plan) : null,
    period: periodKey(plan.plan.year, month),
    status: statusOf(plan.plan, self, month, facts),
    history: months.map((m) => statusOf(plan.plan, self, m, facts)),
    units: children.map((c) => ({
      target: presentTarget(c, plan.plan),
      status: statusOf(plan.plan, c, month, facts),
    })),
    trend: {
      periods: months.map((m) => periodKey(plan.plan.year, m)),
      labels: months.map((m) => periodLabel(plan.plan.year, m, fmt)),
      measureUnit: line.indicator.measureUnit,
      targetLine: targetLine(self),
      series: series.map((l) => ({
        targetId: l.target.id,
        unit: presentUnitRef(l.unit),
        self: l.target.id === self.target.id,
        targetLine: targetLine(l),
        values: months.map(
          (m) => facts.reports.get(reportKey(l.unit.id, l.indicator.id, m))?.value ?? null,
        ),
        reportIds: months.map(
          (m) => facts.reports.get(reportKey(l.unit.id, l.indicator.id, m))?.id ?? null,
        ),
      })),
    },
  };
}

export async function unitTargets(
  db: DbOrTx,
  o: { workspaceId: string; access: TargetAccess; unitId: string; year: number; period?: string },
) {
  const [unit] = await db
    .select()
    .from(units)
    .where(and(eq(units.workspaceId, o.workspaceId), eq(units.id, o.unitId)));
  if (!unit || !pathInScope(unit.path, o.access.read)) throw notFound('单位');
  const planRows = await db
    .select({ id: targetPlans.id })
    .from(targetPlans)
    .where(and(eq(targetPlans.workspaceId, o.workspaceId), eq(targetPlans.year, o.year)));
  const lines =
    planRows.length === 0
      ? []
      : await loadLines(
          db,
          o.workspaceId,
          and(
            eq(targets.unitId, unit.id),
            inArray(
              targets.planId,
              planRows.map((r) => r.id),
            ),
          ),
        );
  const plans = new Map(
    (
      await loadPlansWithUnits(db, o.workspaceId, [...new Set(lines.map((l) => l.target.planId))])
    ).map((r) => [r.plan.id, r]),
  );
  const month = await viewMonth(db, o.workspaceId, o.year, lines, o.period ?? undefined);
  const facts = await loadFacts(db, o.workspaceId, o.year, lines, effectiveMonths(lines, month));
  const rows = lines.map((l) => {
    const p = plans.get(l.target.planId)!;
    return {
      plan: presentPlan(p.plan, p.unit, canManagePlan(o.access, p.unit.path)),
      target: presentTarget(l, p.plan),
      status: statusOf(p.plan, l, month, facts),
    };
  });
  return {
    unit: { id: unit.id, code: unit.code, name: unit.name, rankingGroup: unit.rankingGroup },
    year: o.year,
    period: periodKey(o.year, month),
    rows,
    counts: lightCounts(rows.map((r) => r.status)),
  };
}
