import { and, desc, eq } from 'drizzle-orm';
import { programmes } from '../../db/schema';
import { projectScope } from '../projects/access';
import { programmeHeadline } from '../projects/dashboard';
import { loadReportRules } from '../projects/settings';
import type { Figure, SectionProvider } from './sections';

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);

/** The headline rates: the 开工一批 list's 开工率 and 投产率, the 投产一批 list's 达效率. */
const RATES = [
  { list: 'start', stage: 'started', label: '开工率（开工一批）' },
  { list: 'start', stage: 'producing', label: '投产率（开工一批）' },
  { list: 'produce', stage: 'performing', label: '达效率（投产一批）' },
] as const;

/**
 * 三个一批: the newest programme's cumulative rates and 投资完成率 as the programme dashboard
 * computes them (programmeHeadline: the dashboard's rates without its funnel, rounds and
 * ranks), for the caller's scope and per county-level unit; each rate opens the projects that
 * reached the stage, the investment opens the programme's projects.
 */
export const projectsSection: SectionProvider = async (ctx) => {
  const ws = ctx.auth.workspaceId;
  const [p] = await ctx.db
    .select({ id: programmes.id, name: programmes.name })
    .from(programmes)
    .where(and(eq(programmes.workspaceId, ws), eq(programmes.kind, 'three_batches')))
    .orderBy(desc(programmes.createdAt))
    .limit(1);
  // The caller's own project scope, narrowed to the focused unit when there is one.
  const paths = projectScope(ctx.auth).length === 0 ? [] : ctx.paths;
  if (!p || paths.length === 0) return [];
  const d = await programmeHeadline(ctx.db, ctx.shared, {
    ws,
    id: p.id,
    paths,
    today: ctx.today,
    rules: await loadReportRules(ctx.db, ws),
  });
  const base = `/projects?tab=list&programme=${p.id}${d.round ? `&round=${d.round.seq}&cumulative=true` : ''}`;
  const unitQ = ctx.focus ? `&unitId=${ctx.focus.id}` : '';
  const ranking = d.byUnit;
  const inView = ctx.units.filter((u) => ranking.has(u.id));
  type Lists = typeof d.lists;
  const rateIn = (lists: Lists, list: string, stage: string) =>
    lists.find((l) => l.list === list)?.rates.find((r) => r.key === stage)?.rate ?? null;
  const figures: Figure[] = RATES.map((r) => {
    const q = `&list=${r.list}&reached=${r.stage}`;
    const value = rateIn(d.lists, r.list, r.stage);
    return {
      key: `projects.${r.list}.${r.stage}`,
      label: r.label,
      value,
      display: pct(value),
      link: `${base}${q}${unitQ}`,
      byUnit: inView.map((u) => {
        const v = rateIn(ranking.get(u.id)!.lists, r.list, r.stage);
        return { unitId: u.id, value: v, display: pct(v), link: `${base}${q}&unitId=${u.id}` };
      }),
      higherBetter: true,
    };
  });
  figures.push({
    key: 'projects.investment',
    label: '投资完成率',
    value: d.investment.rate,
    display: pct(d.investment.rate),
    link: `${base}${unitQ}`,
    byUnit: inView.map((u) => {
      const v = ranking.get(u.id)!.investment.rate;
      return { unitId: u.id, value: v, display: pct(v), link: `${base}&unitId=${u.id}` };
    }),
    higherBetter: true,
  });
  return [
    {
      key: 'projects',
      title: p.name,
      subtitle: `${d.round?.name ?? ''}累计 · 截至 ${ctx.today}`,
      params: { round: d.round?.seq ?? 0, today: ctx.today },
      link: `/projects?tab=dashboard&programme=${p.id}`,
      figures,
    },
  ];
};
