import { pathInScope } from '../../auth/scope';
import { listSchemes } from '../evaluations/queries';
import { rememberedEvaluation } from '../evaluations/results';
import type { Section, SectionProvider } from './sections';

/** 考核评价: each scheme's scores and ranks for the units in view. */
export const evaluationsSection: SectionProvider = async (ctx) => {
  const schemes = await listSchemes(ctx.db, ctx.auth.workspaceId);
  const out: Section[] = [];
  // The schemes are computed side by side: each waits mostly on its own queries. Results
  // are the same for every caller (then cut to their units), remembered until a table they
  // read changes.
  const evaluations = await Promise.all(
    schemes.map((scheme) => rememberedEvaluation(ctx.shared, { scheme, today: ctx.today })),
  );
  for (const [i, s] of schemes.entries()) {
    const e = evaluations[i]!;
    const visible = e.results.filter((r) => {
      const info = e.unitInfo.get(r.unitId)!;
      return ctx.paths.some((p) => pathInScope(info.path, [p]));
    });
    if (visible.length === 0) continue;
    const link = (unitId: string) => `/evaluations/s/${s.id}/unit/${unitId}?period=${e.period.key}`;
    const base = `/evaluations/s/${s.id}?period=${e.period.key}`;
    const figures = ctx.focus
      ? visible
          .filter((r) => r.unitId === ctx.focus!.id)
          .flatMap((r) => [
            {
              key: `eval.${s.code}.rank`,
              label: '组内名次',
              value: r.rank,
              display: r.rank ? `第 ${r.rank} 名 / ${r.groupSize}` : '—',
              link: link(r.unitId),
            },
            {
              key: `eval.${s.code}.total`,
              label: '得分',
              value: r.total,
              display: r.total.toFixed(2),
              link: link(r.unitId),
            },
          ])
      : [
          {
            key: `eval.${s.code}.total`,
            label: '参评单位',
            value: visible.length,
            display: String(visible.length),
            link: base,
            byUnit: visible.map((r) => ({
              unitId: r.unitId,
              value: r.total,
              display: `${r.total.toFixed(2)} 分（第 ${r.rank ?? '—'} 名）`,
              link: link(r.unitId),
            })),
            higherBetter: true,
          },
          ...visible
            .filter((r) => r.rank === 1)
            .map((r) => ({
              key: `eval.${s.code}.first.${r.unitId}`,
              label: `${e.unitInfo.get(r.unitId)!.name} 组内第一`,
              value: r.total,
              display: r.total.toFixed(2),
              link: link(r.unitId),
            })),
        ];
    if (figures.length === 0) continue;
    out.push({
      key: `eval.${s.code}`,
      title: s.name,
      subtitle: `${e.period.labelZh} · 第 ${e.version} 版`,
      params: { period: e.period.key, version: e.version },
      link: base,
      figures,
    });
  }
  return out;
};
