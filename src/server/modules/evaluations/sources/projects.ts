// Figures from key projects (三个一批): a list's stage rate and 投资完成率 per unit, computed
// with the projects module's own functions (rememberedEntries, inRounds, listRates,
// investmentOf), so a unit's value is the one the programme dashboard shows for it.
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { inRounds, listRates } from '../../../../core/projects/rates';
import {
  LIST_DEFS,
  LISTS,
  STAGE_KEYS,
  STAGE_LABELS,
  stageFromKey,
  type ListKind,
  type Stage,
} from '../../../../core/projects/stages';
import { programmeRounds, programmes } from '../../../db/schema';
import { investmentOf } from '../../projects/dashboard';
import { rememberedEntries, type EntryRow } from '../../projects/queries';
import type { DataSource, SourceContext, SourceQuery } from './types';

// A list or a stage may be written as its key (start, started) or in Chinese (开工一批, 开工率).
const listKey = (v: unknown) =>
  (LISTS as readonly string[]).find((k) => k === v || LIST_DEFS[k as ListKind].zh === v) ?? v;
function stageKey(v: unknown) {
  const s = (Object.keys(STAGE_LABELS) as Stage[]).find(
    (k) => STAGE_LABELS[k].zh === v || STAGE_LABELS[k].rateZh === v,
  );
  return s ? STAGE_KEYS[s] : v;
}

const Programme = z.string().trim().min(1).max(100).optional().describe('项目计划');
const RateParams = z
  .object({
    programme: Programme,
    list: z.preprocess(listKey, z.enum(LISTS)).describe('清单'),
    stage: z
      .preprocess(stageKey, z.enum(Object.values(STAGE_KEYS) as [string, ...string[]]))
      .describe('阶段'),
    round: z.number().int().min(1).optional().describe('期次'),
    cumulative: z.boolean().default(true).describe('累计'),
  })
  .strict();
type RateP = z.infer<typeof RateParams>;
const InvestParams = z.object({ programme: Programme }).strict();

interface Loaded {
  programmeId: string;
  round: number | null;
  entries: readonly EntryRow[];
  /** The evaluated units an entry counts for: those whose path is a prefix of its unit's. */
  unitsOf(unitPath: string): readonly string[];
}

/**
 * The evaluated units above each unit path, worked out once per distinct path: 24,000
 * entries sit on a few thousand units, and a unit's entries count for it and every unit above
 * it (181 county units × 24,000 entries, filtered unit by unit, took seconds of CPU per
 * evaluation at province scale).
 */
function unitsAbove(paths: Map<string, string>) {
  const unitAt = new Map([...paths].map(([id, path]) => [path, id]));
  const known = new Map<string, string[]>();
  return (unitPath: string) => {
    let ids = known.get(unitPath);
    if (!ids) {
      ids = [];
      for (let i = unitPath.indexOf('/', 1); i > 0; i = unitPath.indexOf('/', i + 1)) {
        const id = unitAt.get(unitPath.slice(0, i + 1));
        if (id) ids.push(id);
      }
      known.set(unitPath, ids);
    }
    return ids;
  };
}

/** Each unit's entries among those that pass `keep`, in one pass. */
function entriesByUnit(l: Loaded, unitIds: string[], keep: (e: EntryRow) => boolean) {
  const out = new Map(unitIds.map((id) => [id, [] as EntryRow[]]));
  for (const e of l.entries) {
    if (!keep(e)) continue;
    for (const id of l.unitsOf(e.unitPath)) out.get(id)?.push(e);
  }
  return out;
}

/** The named programme, or the newest 三个一批 one; its round held by the period's end. */
function programmeOf(ctx: SourceContext, name: string | undefined, end: string) {
  return ctx.memo(`programme|${name ?? ''}|${end}`, async () => {
    const [p] = await ctx.db
      .select({ id: programmes.id })
      .from(programmes)
      .where(
        and(
          eq(programmes.workspaceId, ctx.workspaceId),
          name ? eq(programmes.name, name) : eq(programmes.kind, 'three_batches'),
        ),
      )
      .orderBy(desc(programmes.createdAt))
      .limit(1);
    if (!p) return null;
    const [r] = await ctx.db
      .select({ seq: programmeRounds.seq })
      .from(programmeRounds)
      .where(
        and(
          eq(programmeRounds.workspaceId, ctx.workspaceId),
          eq(programmeRounds.programmeId, p.id),
          sql`${programmeRounds.heldOn} <= ${end}::date`,
        ),
      )
      .orderBy(desc(programmeRounds.seq))
      .limit(1);
    return { id: p.id, latestRound: r?.seq ?? null };
  });
}

function load(ctx: SourceContext, q: SourceQuery<{ programme?: string }>) {
  return ctx.memo(`projects|${q.params.programme ?? ''}|${q.period.end}`, async () => {
    const p = await programmeOf(ctx, q.params.programme, q.period.end);
    if (!p || q.unitIds.length === 0) return null;
    const units = await ctx.db.execute(sql`select id::text as id, path from units
      where workspace_id = ${ctx.workspaceId} and id = any(${'{' + q.unitIds.join(',') + '}'}::uuid[])`);
    const paths = new Map(
      (units.rows as { id: string; path: string }[]).map((u) => [u.id, u.path]),
    );
    const root = [...paths.values()].map((x) => x.split('/').slice(0, 2).join('/') + '/');
    const entries = await rememberedEntries(ctx.shared, ctx.workspaceId, p.id, [...new Set(root)]);
    return {
      programmeId: p.id,
      round: p.latestRound,
      entries,
      unitsOf: unitsAbove(paths),
    } satisfies Loaded;
  });
}

export const projectStageRate: DataSource<RateP> = {
  kind: 'project_stage_rate',
  labelZh: '三个一批完成率',
  labelEn: '三个一批 stage rate',
  descriptionZh:
    '所选清单中已达所选阶段的项目数 ÷ 清单项目数（%，一位小数），如开工一批的开工率；默认累计至考核期末前最近一期',
  measureUnit: '%',
  params: RateParams,
  paramFields: [
    { name: 'programme', labelZh: '项目计划' },
    { name: 'list', labelZh: '清单' },
    { name: 'stage', labelZh: '阶段' },
    { name: 'round', labelZh: '期次' },
    { name: 'cumulative', labelZh: '累计' },
  ],
  load: async (ctx, q) => {
    const l = await load(ctx, q);
    if (!l) return new Map(q.unitIds.map((id) => [id, null]));
    const stage = stageFromKey(q.params.stage)!;
    const { list, cumulative } = q.params;
    const round = q.params.round ?? l.round;
    const chosen = inRounds(round, cumulative);
    const byUnit = entriesByUnit(l, q.unitIds, (e) => e.list === list && chosen(e));
    return new Map(
      q.unitIds.map((id) => {
        const r = listRates(byUnit.get(id)!, list, q.period.end).rates.find(
          (x) => x.stage === stage,
        );
        return [id, r?.rate ?? null];
      }),
    );
  },
  rowsLink: async (q, ctx) => {
    const l = await load(ctx, { unitIds: [q.unitId], period: q.period, params: q.params });
    if (!l) return null;
    const round = q.params.round ?? l.round;
    const r = round === null ? '' : `&round=${round}&cumulative=${q.params.cumulative}`;
    return `/projects?tab=list&programme=${l.programmeId}${r}&list=${q.params.list}&reached=${q.params.stage}&unitId=${q.unitId}`;
  },
};

export const projectInvestment: DataSource<z.infer<typeof InvestParams>> = {
  kind: 'project_investment_rate',
  labelZh: '投资完成率',
  labelEn: 'Investment completion',
  descriptionZh:
    '项目计划中本单位当年在建项目本年累计完成投资 ÷ 年度计划投资（%，一位小数），与项目计划看板一致',
  measureUnit: '%',
  params: InvestParams,
  paramFields: [{ name: 'programme', labelZh: '项目计划' }],
  load: async (ctx, q) => {
    const l = await load(ctx, q);
    if (!l) return new Map(q.unitIds.map((id) => [id, null]));
    // investmentOf counts only projects planned for the period's year: the others are left
    // out before they are spread over the units.
    const year = Number(q.period.end.slice(0, 4));
    const planned = (e: EntryRow) => e.planYear === year && e.annualPlan > 0;
    const round = inRounds(l.round, true);
    const byUnit = entriesByUnit(l, q.unitIds, (e) => planned(e) && round(e));
    return new Map(
      // The rate alone: the late reports investmentOf can count are not asked for.
      q.unitIds.map((id) => [id, investmentOf(byUnit.get(id)!, q.period.end, null).rate]),
    );
  },
  rowsLink: async (q, ctx) => {
    const l = await load(ctx, { unitIds: [q.unitId], period: q.period, params: q.params });
    if (!l) return null;
    const r = l.round === null ? '' : `&round=${l.round}&cumulative=true`;
    return `/projects?tab=list&programme=${l.programmeId}${r}&unitId=${q.unitId}`;
  },
};
