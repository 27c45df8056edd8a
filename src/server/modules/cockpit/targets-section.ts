import { and, desc, eq } from 'drizzle-orm';
import { targetPlans, units } from '../../db/schema';
import { AppError } from '../../errors';
import { targetAccess } from '../targets/access';
import { planTable } from '../targets/views/service';
import type { DbOrTx } from '../../db/connection';
import type { CockpitContext, SectionProvider } from './sections';

type Counts = { green: number; yellow: number; red: number };
type Status = { light: string | null; verdict: string };

/**
 * The light a target is counted under, as the targets pages count them: 未报送 (no report
 * yet) is not red, whatever colour its cell is drawn in.
 */
function lightOf(s: Status): keyof Counts | null {
  if (s.verdict === 'no_data') return null;
  return s.light === 'green' || s.light === 'yellow' || s.light === 'red' ? s.light : null;
}

/**
 * The lights of the latest plan of the workspace's root unit (the city plan the units' shares
 * hang from), overall and for every county-level unit of the caller's scope, as their unit
 * pages count them. The same for every unit the cockpit is narrowed to: computed once per
 * caller (ctx.forCaller).
 */
async function planLights(db: DbOrTx, ctx: CockpitContext) {
  const ws = ctx.auth.workspaceId;
  const access = targetAccess(ctx.auth);
  const [plan] = await db
    .select({ id: targetPlans.id, year: targetPlans.year, title: targetPlans.title })
    .from(targetPlans)
    .innerJoin(
      units,
      and(eq(units.workspaceId, targetPlans.workspaceId), eq(units.id, targetPlans.unitId)),
    )
    .where(and(eq(targetPlans.workspaceId, ws), eq(units.depth, 0)))
    .orderBy(desc(targetPlans.year))
    .limit(1);
  if (!plan) return null;
  const [t, own] = await Promise.all([
    planTable(db, { workspaceId: ws, access, ownUnitId: ctx.auth.unitId, planId: plan.id }),
    // The year's other plans: a county's own plan counts on its unit page too.
    db
      .select({ id: targetPlans.id, unitId: targetPlans.unitId })
      .from(targetPlans)
      .where(and(eq(targetPlans.workspaceId, ws), eq(targetPlans.year, plan.year))),
  ]);
  // Per unit, what its unit page (/targets/unit/:id, the link) counts for the same period:
  // every target of the unit that year, its shares in the city plan and its own plan's lines.
  const per = new Map<string, Counts>();
  const add = (unitId: string, status: Status) => {
    const c = per.get(unitId) ?? { green: 0, yellow: 0, red: 0 };
    const k = lightOf(status);
    if (k) c[k]++;
    per.set(unitId, c);
  };
  for (const row of t.rows) for (const u of row.units) add(u.unitId, u.status);
  const counted = new Set(ctx.scopeUnits.map((u) => u.id));
  const ownTables = await Promise.all(
    own
      .filter((p) => p.id !== plan.id && counted.has(p.unitId))
      .map((p) =>
        planTable(db, {
          workspaceId: ws,
          access,
          ownUnitId: ctx.auth.unitId,
          planId: p.id,
          period: t.period,
        }).catch((e: unknown) => {
          // A plan the caller cannot read adds nothing (its unit page does not show it either).
          if (e instanceof AppError && (e.status === 403 || e.status === 404)) return null;
          throw e;
        }),
      ),
  );
  for (const o of ownTables)
    for (const row of o?.rows ?? []) if (counted.has(o!.unit.id)) add(o!.unit.id, row.status);
  // What the section shows, not the plan's table: remembered per caller.
  const { period, periodLabel, synthetic, counts } = t;
  return { plan, t: { period, periodLabel, synthetic, counts }, per };
}

/** 目标指标: lights of the latest plan of the scope's top unit, overall and per unit. */
export const targetsSection: SectionProvider = async (ctx) => {
  const lights = await ctx.forCaller('targets', (tx) => planLights(tx, ctx));
  if (!lights) return [];
  const { plan, t, per } = lights;
  const focus = ctx.focus ? per.get(ctx.focus.id) : null;
  const counts: Counts = ctx.focus ? (focus ?? { green: 0, yellow: 0, red: 0 }) : t.counts;
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
