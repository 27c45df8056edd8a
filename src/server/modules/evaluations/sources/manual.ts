// Manual scores (人工评分): a value a supervisor enters for a unit with a reason and evidence,
// audited (service.ts setManualScore). The evaluation reads the current entry.
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { evaluationManualScores } from '../../../db/schema';
import type { DataSource } from './types';

const Params = z.object({}).strict();

export const manualScore: DataSource<z.infer<typeof Params>> = {
  kind: 'manual',
  labelZh: '人工评分',
  labelEn: 'Manual score',
  descriptionZh: '督查人员逐单位录入的数值，须写明理由并附佐证，修改留痕',
  measureUnit: '分',
  params: Params,
  paramFields: [],
  load: async (ctx, q) => {
    // Every manual item of the scheme and period in one query, shared by its leaves.
    const all = await ctx.memo(`manual|${q.period.key}`, async () =>
      q.unitIds.length === 0
        ? []
        : await ctx.db
            .select({
              itemKey: evaluationManualScores.itemKey,
              unitId: evaluationManualScores.unitId,
              value: evaluationManualScores.value,
            })
            .from(evaluationManualScores)
            .where(
              and(
                eq(evaluationManualScores.workspaceId, ctx.workspaceId),
                eq(evaluationManualScores.schemeId, ctx.schemeId),
                eq(evaluationManualScores.period, q.period.key),
                eq(evaluationManualScores.current, true),
                inArray(evaluationManualScores.unitId, q.unitIds),
              ),
            ),
    );
    const by = new Map(
      all.filter((r) => r.itemKey === ctx.itemKey).map((r) => [r.unitId, r.value]),
    );
    return new Map(q.unitIds.map((id) => [id, by.get(id) ?? null]));
  },
};
