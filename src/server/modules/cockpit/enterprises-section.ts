import { enterpriseScope } from '../enterprises/access';
import { METRICS } from '../enterprises/metrics';
import { cultivationCounts } from '../evaluations/sources/enterprise-counts';
import type { Figure, SectionProvider } from './sections';

const LABELS: Record<(typeof METRICS)[number], string> = {
  new_above_scale: '新增规上企业',
  new_high_tech: '新认定高新技术企业',
  new_specialized: '新认定专精特新企业',
};

/**
 * 企业培育: this year's new 规上 / 高新技术 / 专精特新 enterprises against the units' targets,
 * read with cultivationCounts (the 培育目标 page's numbers, fast over many units); each count
 * opens the enterprise list that page opens (?metric=&metricYear=).
 */
export const enterprisesSection: SectionProvider = async (ctx) => {
  const ws = ctx.auth.workspaceId;
  const year = Number(ctx.today.slice(0, 4));
  if (ctx.units.length === 0) return [];
  // Every unit of the caller's scope counted once (a county clicked on the map reads its row).
  const by = await ctx.forCaller('enterprises', async (tx) =>
    cultivationCounts(
      tx,
      ws,
      await enterpriseScope(tx, ctx.auth),
      year,
      ctx.scopeUnits.map((u) => u.id),
    ),
  );
  const list = (m: string, unitId?: string) =>
    `/enterprises?${unitId ? `unitId=${unitId}&` : ''}metric=${m}&metricYear=${year}`;
  const figures: Figure[] = METRICS.map((m) => {
    let actual = 0;
    let target = 0;
    const byUnit = ctx.units.map((u) => {
      const r = by.get(u.id);
      const a = Number(r?.[m] ?? 0);
      const t = r?.[`${m}_target`];
      actual += a;
      target += Number(t ?? 0);
      return {
        unitId: u.id,
        value: a,
        display: `${a} / ${t ?? '—'}`,
        link: list(m, u.id),
      };
    });
    return {
      key: `enterprises.${m}`,
      label: `${LABELS[m]}（实际 / 目标）`,
      value: actual,
      display: `${actual} / ${target || '—'}`,
      tone: target > 0 ? (actual >= target ? 'green' : 'yellow') : undefined,
      link: list(m, ctx.focus?.id),
      byUnit,
      higherBetter: true,
    };
  });
  return [
    {
      key: 'enterprises',
      title: '企业培育',
      subtitle: `${year}年 · 对照培育目标`,
      params: { year },
      link: '/enterprises?tab=counts',
      figures,
    },
  ];
};
