// Figures from the enterprise library: titles gained in the year per unit (新增规上, 新增高新技术
// 企业, 新增专精特新) and that count against the unit's cultivation target, read with
// cultivationCounts: the numbers of the enterprises module's 培育目标 page and the lists it opens.
import { z } from 'zod';
import { roundHalfUp } from '../../../../core/format';
import { TARGET_METRICS } from '../../enterprises/schema';
import { cultivationCounts } from './enterprise-counts';
import type { DataSource, SourceContext, SourceQuery } from './types';

const LABELS: Record<(typeof TARGET_METRICS)[number], string> = {
  new_above_scale: '新增规上',
  new_high_tech: '新增高新技术企业',
  new_specialized: '新增专精特新',
};
const metricKey = (v: unknown) =>
  Object.entries(LABELS).find(([, l]) => l === v || l.replace('新增', '') === v)?.[0] ?? v;

const Params = z
  .object({
    metric: z.preprocess(metricKey, z.enum(TARGET_METRICS)).describe('培育指标'),
    year: z.number().int().min(2000).max(2100).optional().describe('年度'),
  })
  .strict();
type P = z.infer<typeof Params>;

// Every unit is read: an evaluation ranks all of its units whoever looks at it.
const ALL = { readPaths: [], writePaths: [], readAll: true, writeAll: false, admin: false };

function counts(ctx: SourceContext, q: SourceQuery<P>) {
  const year = q.params.year ?? q.period.year;
  return ctx.memo(`enterprise-counts|${year}`, async () => {
    const c = await cultivationCounts(ctx.db, ctx.workspaceId, ALL, year, q.unitIds);
    return c as Map<string, Record<string, unknown>>;
  });
}

const link = (q: { unitId: string; period: { year: number }; params: P }) =>
  `/enterprises?unitId=${q.unitId}&metric=${q.params.metric}&metricYear=${q.params.year ?? q.period.year}`;

const fields = [
  { name: 'metric', labelZh: '培育指标' },
  { name: 'year', labelZh: '年度' },
];

export const enterpriseTitles: DataSource<P> = {
  kind: 'enterprise_titles',
  labelZh: '企业培育数',
  labelEn: 'Enterprise titles gained',
  descriptionZh: '年度内本单位新增规上、新认定高新技术企业或专精特新企业的家数（与企业培育目标页一致）',
  measureUnit: '家',
  params: Params,
  paramFields: fields,
  load: async (ctx, q) => {
    const c = await counts(ctx, q);
    return new Map(q.unitIds.map((id) => [id, Number(c.get(id)?.[q.params.metric] ?? 0)]));
  },
  rowsLink: link,
};

export const enterpriseTitleCompletion: DataSource<P> = {
  kind: 'enterprise_title_completion',
  labelZh: '企业培育目标完成率',
  labelEn: 'Enterprise titles against target',
  descriptionZh: '企业培育数 ÷ 本单位年度培育目标（%，一位小数）；未下达目标时为空',
  measureUnit: '%',
  params: Params,
  paramFields: fields,
  load: async (ctx, q) => {
    const c = await counts(ctx, q);
    return new Map(
      q.unitIds.map((id) => {
        const r = c.get(id);
        const target = Number(r?.[`${q.params.metric}_target`] ?? 0);
        const actual = Number(r?.[q.params.metric] ?? 0);
        return [id, target > 0 ? roundHalfUp((actual / target) * 100, 1) : null];
      }),
    );
  },
  rowsLink: link,
};
