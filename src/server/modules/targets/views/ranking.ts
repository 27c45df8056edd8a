// Rankings of units on a target's indicator (ties share a rank), overall and within the
// 县(市)组 / 城区组 peer groups. Ranks are computed over every unit of the plan line; a caller
// sees the rows of units in their scope (a county learns its own rank, not others' figures).
import { and, eq } from 'drizzle-orm';
import { RANKING_GROUP_LABELS, type RankingGroup } from '../../../../core/enums';
import type { ReportFrequency } from '../../../../core/enums';
import { rankUnits, rankWithinGroups } from '../../../../core/ranking';
import { periodKey, periodLabel } from '../../../../core/targets/periods';
import type { ParsedWording } from '../../../../core/targets/wording';
import type { DbOrTx } from '../../../db/connection';
import { targets } from '../../../db/schema';
import { canSeeLine, type TargetAccess } from '../access';
import { loadLines, presentTarget, presentUnitRef, type Line } from '../lines';
import { lineForRead } from '../plans/targets-service';
import { effectiveMonths, loadFacts, statusOf } from '../status';
import { viewMonth } from './service';

export type RankingBasis = 'actual' | 'completion';
export const BASIS_LABELS: Record<RankingBasis, string> = {
  actual: '按实际值',
  completion: '按完成目标的百分比',
};

function ownTarget(line: Line): number | null {
  const p = line.target.parsed as ParsedWording;
  return p.kind === 'numeric' && p.comparator !== 'range' && p.value > 0 ? p.value : null;
}

export async function ranking(
  db: DbOrTx,
  o: {
    workspaceId: string;
    access: TargetAccess;
    targetId: string;
    period?: string;
    basis?: RankingBasis;
  },
) {
  const { line, plan } = await lineForRead(db, o.workspaceId, o.access, o.targetId);
  const baseId = line.target.parentId ?? line.target.id;
  const lines = await loadLines(
    db,
    o.workspaceId,
    and(eq(targets.planId, plan.plan.id), eq(targets.indicatorId, line.indicator.id)),
  );
  const base = lines.find((l) => l.target.id === baseId)!;
  const units = lines.filter((l) => l.target.parentId === baseId);
  const month = await viewMonth(db, o.workspaceId, plan.plan.year, units, o.period);
  const facts = await loadFacts(
    db,
    o.workspaceId,
    plan.plan.year,
    units,
    effectiveMonths(units, month),
  );
  const ind = line.indicator;
  const basis: RankingBasis =
    o.basis ??
    (ind.cumulative && (ind.kind === 'level' || ind.kind === 'count') ? 'completion' : 'actual');
  const items = units.map((l) => {
    const status = statusOf(plan.plan, l, month, facts);
    const goal = ownTarget(l);
    const value =
      basis === 'actual'
        ? status.actual
        : status.actual !== null && goal !== null
          ? Math.round((status.actual / goal) * 1000) / 10
          : null;
    return { line: l, status, value };
  });
  const direction =
    basis === 'completion' ? 'higher_better' : (ind.direction as 'higher_better' | 'lower_better');
  const overall = new Map(
    rankUnits(items, (i) => i.value, direction).map((r) => [r.line.target.id, r.rank]),
  );
  const grouped = rankWithinGroups(
    items,
    (i) => i.line.unit.rankingGroup,
    (i) => i.value,
    direction,
  );
  const fmt = { cumulative: ind.cumulative, frequency: ind.frequency as ReportFrequency };
  const rows = grouped
    .filter((r) => canSeeLine(o.access.read, r.line))
    .map((r) => ({
      unit: presentUnitRef(r.line.unit),
      targetId: r.line.target.id,
      wording: r.line.target.wording,
      value: r.value,
      actual: r.status.actual,
      reportId: r.status.reportId,
      groupRank: r.line.unit.rankingGroup ? r.rank : null,
      overallRank: overall.get(r.line.target.id) ?? null,
      light: r.status.light,
      verdict: r.status.verdict,
      verdictLabel: r.status.verdictLabel,
    }));
  const groups = [...new Set(items.map((i) => i.line.unit.rankingGroup).filter(Boolean))].map(
    (g) => ({ group: g!, label: RANKING_GROUP_LABELS[g as RankingGroup]?.zh ?? g! }),
  );
  return {
    // A county liaison asks from its own line: the plan's line is shown only to those who see it.
    target: presentTarget(canSeeLine(o.access.read, base) ? base : line, plan.plan),
    period: periodKey(plan.plan.year, month),
    periodLabel: periodLabel(plan.plan.year, month, fmt),
    basis,
    basisLabel: BASIS_LABELS[basis],
    direction,
    measureUnit: basis === 'completion' ? '%' : ind.measureUnit,
    groups,
    items: rows,
  };
}
