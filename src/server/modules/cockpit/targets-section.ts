import { and, desc, eq } from 'drizzle-orm';
import { targetPlans, units } from '../../db/schema';
import { targetAccess } from '../targets/access';
import { planTable } from '../targets/views/service';
import type { SectionProvider } from './sections';

/** 目标指标: lights of the latest plan of the scope's top unit, overall and per unit. */
export const targetsSection: SectionProvider = async (ctx) => {
  const ws = ctx.auth.workspaceId;
  const access = targetAccess(ctx.auth);
  // The newest plan of the workspace's root unit (the city plan the units' shares hang from).
  const [plan] = await ctx.db
    .select({ id: targetPlans.id, year: targetPlans.year, title: targetPlans.title })
    .from(targetPlans)
    .innerJoin(
      units,
      and(eq(units.workspaceId, targetPlans.workspaceId), eq(units.id, targetPlans.unitId)),
    )
    .where(and(eq(targetPlans.workspaceId, ws), eq(units.depth, 0)))
    .orderBy(desc(targetPlans.year))
    .limit(1);
  if (!plan) return [];
  const t = await planTable(ctx.db, {
    workspaceId: ws,
    access,
    ownUnitId: ctx.auth.unitId,
    planId: plan.id,
  });
  const per = new Map<string, { green: number; yellow: number; red: number; total: number }>();
  for (const row of t.rows)
    for (const u of row.units) {
      const c = per.get(u.unitId) ?? { green: 0, yellow: 0, red: 0, total: 0 };
      c.total++;
      if (u.status.light) c[u.status.light as 'green' | 'yellow' | 'red']++;
      per.set(u.unitId, c);
    }
  const focus = ctx.focus ? per.get(ctx.focus.id) : null;
  const counts = ctx.focus ? (focus ?? { green: 0, yellow: 0, red: 0 }) : t.counts;
  // The pages open at the plan's year and the period the lights were read for.
  const unitLink = (id: string) => `/targets/unit/${id}?year=${plan.year}&period=${t.period}`;
  const link = ctx.focus ? unitLink(ctx.focus.id) : `/targets?plan=${plan.id}&period=${t.period}`;
  const byUnit = (k: 'green' | 'red') =>
    ctx.units
      .filter((u) => per.has(u.id))
      .map((u) => {
        const v = per.get(u.id)![k];
        return { unitId: u.id, value: v, display: String(v), link: unitLink(u.id) };
      });
  return [
    {
      key: 'targets',
      title: '目标指标',
      subtitle: `${plan.year}年 ${plan.title}（${t.periodLabel}）${t.synthetic ? '·含演示数据' : ''}`,
      params: { year: plan.year, planTitle: plan.title, period: t.period, synthetic: t.synthetic },
      link,
      figures: [
        {
          key: 'targets.green',
          label: '绿灯',
          value: counts.green,
          display: String(counts.green),
          tone: 'green',
          link,
          byUnit: byUnit('green'),
          higherBetter: true,
        },
        {
          key: 'targets.yellow',
          label: '黄灯',
          value: counts.yellow,
          display: String(counts.yellow),
          tone: 'yellow',
          link,
        },
        {
          key: 'targets.red',
          label: '红灯',
          value: counts.red,
          display: String(counts.red),
          tone: 'red',
          link,
          byUnit: byUnit('red'),
          higherBetter: false,
        },
      ],
    },
  ];
};
