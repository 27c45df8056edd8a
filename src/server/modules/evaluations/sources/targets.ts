// Figures from targets (目标指标): a unit's reported actual for an indicator, and that actual
// as a share of the unit's own target (完成目标的百分比), read exactly as the targets views do.
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { roundHalfUp } from '../../../../core/format';
import { canonicalIndicatorName } from '../../../../core/targets/normalize';
import type { ParsedWording } from '../../../../core/targets/wording';
import { indicators, targetPlans, targets, type TargetPlanRow } from '../../../db/schema';
import { loadLines, type Line } from '../../targets/lines';
import { effectiveMonths, loadFacts, statusOf } from '../../targets/status';
import type { DataSource, SourceContext, SourceQuery } from './types';

const Params = z
  .object({
    indicator: z.string().trim().min(1).max(100).describe('指标名称'),
    year: z.number().int().min(2000).max(2100).optional().describe('目标年度'),
  })
  .strict();
type P = z.infer<typeof Params>;

interface Reading {
  actual: number | null;
  goal: number | null;
}

/** The goal a completion ratio divides by: a plain positive number (not a range or a control). */
function goalOf(line: Line): number | null {
  const p = line.target.parsed as ParsedWording;
  return p.kind === 'numeric' && p.comparator !== 'range' && p.value > 0 ? p.value : null;
}

function readings(ctx: SourceContext, q: SourceQuery<P>): Promise<Map<string, Reading>> {
  const key = `targets|${canonicalIndicatorName(q.params.indicator)}|${q.params.year ?? q.period.year}`;
  return ctx.memo(key, () => readingsOnce(ctx, q));
}

async function readingsOnce(ctx: SourceContext, q: SourceQuery<P>): Promise<Map<string, Reading>> {
  const out = new Map<string, Reading>();
  if (q.unitIds.length === 0) return out;
  const year = q.params.year ?? q.period.year;
  const [ind] = await ctx.db
    .select({ id: indicators.id })
    .from(indicators)
    .where(
      and(
        eq(indicators.workspaceId, ctx.workspaceId),
        eq(indicators.canonicalName, canonicalIndicatorName(q.params.indicator)),
      ),
    );
  if (!ind) return out;
  const plans = await ctx.db
    .select()
    .from(targetPlans)
    .where(and(eq(targetPlans.workspaceId, ctx.workspaceId), eq(targetPlans.year, year)));
  if (plans.length === 0) return out;
  const planById = new Map<string, TargetPlanRow>(plans.map((p) => [p.id, p]));
  const lines = await loadLines(
    ctx.db,
    ctx.workspaceId,
    and(
      eq(targets.indicatorId, ind.id),
      inArray(targets.unitId, q.unitIds),
      inArray(
        targets.planId,
        plans.map((p) => p.id),
      ),
    ),
  );
  // A unit's share of a higher plan wins over its own plan's line (the 示范区 has both).
  const chosen = new Map<string, Line>();
  for (const l of lines) {
    const prev = chosen.get(l.target.unitId);
    if (!prev || (prev.target.parentId === null && l.target.parentId !== null))
      chosen.set(l.target.unitId, l);
  }
  const picked = [...chosen.values()];
  // A past year's target is read at its year end; the period's own year at the period's month.
  const month = year < q.period.year ? 12 : q.period.month;
  const facts = await loadFacts(
    ctx.db,
    ctx.workspaceId,
    year,
    picked,
    effectiveMonths(picked, month),
  );
  for (const l of picked) {
    const status = statusOf(planById.get(l.target.planId)!, l, month, facts);
    out.set(l.target.unitId, { actual: status.actual, goal: goalOf(l) });
  }
  return out;
}

const unitPage = ({ unitId }: { unitId: string }) => `/targets/unit/${unitId}`;

export const targetActual: DataSource<P> = {
  kind: 'target_actual',
  labelZh: '目标指标实际值',
  labelEn: 'Target actual',
  descriptionZh:
    '该单位对所选指标报送的实际值：目标年度为考核年度时取截至考核期末的累计数，为以往年度时取该年全年数',
  measureUnit: '按指标',
  params: Params,
  paramFields: [
    { name: 'indicator', labelZh: '指标名称' },
    { name: 'year', labelZh: '目标年度' },
  ],
  load: async (ctx, q) => {
    const r = await readings(ctx, q);
    return new Map(q.unitIds.map((id) => [id, r.get(id)?.actual ?? null]));
  },
  rowsLink: unitPage,
};

export const targetCompletion: DataSource<P> = {
  kind: 'target_completion',
  labelZh: '目标完成率',
  labelEn: 'Target completion',
  descriptionZh: '实际值 ÷ 该单位分解目标值（%，一位小数）；目标为区间、控制目标或定性表述时为空',
  measureUnit: '%',
  params: Params,
  paramFields: targetActual.paramFields,
  load: async (ctx, q) => {
    const r = await readings(ctx, q);
    return new Map(
      q.unitIds.map((id) => {
        const x = r.get(id);
        const v =
          x && x.actual !== null && x.goal !== null
            ? roundHalfUp((x.actual / x.goal) * 100, 1)
            : null;
        return [id, v];
      }),
    );
  },
  rowsLink: unitPage,
};
