import { and, asc, eq } from 'drizzle-orm';
import { RANKING_GROUP_LABELS } from '../../../core/enums';
import type { IsoDate } from '../../../core/dates';
import { rankWithinGroups } from '../../../core/ranking';
import { reportLight, type ReportRules } from '../../../core/projects/investment-light';
import {
  allListRates,
  funnel,
  investmentRate,
  upToRound,
  type ListRates,
} from '../../../core/projects/rates';
import { LIST_DEFS, STAGE_KEYS, STAGE_LABELS, type ListKind } from '../../../core/projects/stages';
import type { DbOrTx } from '../../db/connection';
import { programmeRounds, programmes } from '../../db/schema';
import { notFound } from '../../errors';
import { programmeEntries, rankingUnits, type EntryRow } from './queries';
import { LEVEL_LABELS, PROJECT_LEVELS } from './schema';

function presentLists(lists: ListRates[]) {
  return lists.map((l) => ({
    list: l.list,
    label: LIST_DEFS[l.list].zh,
    listed: l.listed,
    rates: l.rates.map((r) => ({
      ...r,
      key: STAGE_KEYS[r.stage],
      label: STAGE_LABELS[r.stage].rateZh,
    })),
  }));
}

/** 投资完成率 over distinct projects being built in the year of `asOf`. */
export function investmentOf(entries: readonly EntryRow[], asOf: IsoDate, rules: ReportRules) {
  const year = Number(asOf.slice(0, 4));
  const seen = new Map<string, EntryRow>();
  for (const e of entries) if (e.planYear === year && e.annualPlan > 0) seen.set(e.projectId, e);
  let plan = 0;
  let completed = 0;
  let missing = 0;
  for (const e of seen.values()) {
    plan += e.annualPlan;
    completed += e.ytdCompleted ?? 0;
    if (!e.completedOn && reportLight(e.ytdMonth, asOf, rules).light !== 'green') missing++;
  }
  // Sums of 万元 with two decimals: round away the float noise before dividing.
  plan = Math.round(plan * 100) / 100;
  completed = Math.round(completed * 100) / 100;
  return { plan, completed, rate: investmentRate(completed, plan), projects: seen.size, missing };
}

/** The entries a view counts: a round alone, rounds 1..round (cumulative), or all. */
export function selectRound<T extends { roundSeq: number | null }>(
  all: readonly T[],
  round: number | null,
  cumulative: boolean,
): T[] {
  if (round === null) return [...all];
  return cumulative ? upToRound(all, round) : all.filter((e) => e.roundSeq === round);
}

/** Rates, funnel, investment and the unit ranking of a programme, from its records. */
export async function programmeDashboard(
  db: DbOrTx,
  o: {
    ws: string;
    id: string;
    paths: string[];
    today: IsoDate;
    round?: number;
    cumulative: boolean;
    rules: ReportRules;
  },
) {
  const [p] = await db
    .select()
    .from(programmes)
    .where(and(eq(programmes.workspaceId, o.ws), eq(programmes.id, o.id)));
  if (!p) throw notFound('项目计划');
  const rounds = await db
    .select({
      seq: programmeRounds.seq,
      name: programmeRounds.name,
      heldOn: programmeRounds.heldOn,
    })
    .from(programmeRounds)
    .where(and(eq(programmeRounds.workspaceId, o.ws), eq(programmeRounds.programmeId, o.id)))
    .orderBy(asc(programmeRounds.seq));
  const all = await programmeEntries(db, o.ws, o.id, o.paths, Number(o.today.slice(0, 4)));
  const round = o.round ?? (rounds.length > 0 ? rounds[rounds.length - 1]!.seq : null);
  const selected = selectRound(all, round, o.cumulative);
  const distinct = [...new Map(selected.map((e) => [e.projectId, e])).values()];
  const units = await rankingUnits(db, o.ws);
  const perUnit = units.map((u) => {
    const mine = selected.filter((e) => e.unitPath.startsWith(u.path));
    return {
      unit: { id: u.id, name: u.name },
      code: u.code,
      projects: new Set(mine.map((e) => e.projectId)).size,
      group: u.group,
      groupLabel: RANKING_GROUP_LABELS[u.group as keyof typeof RANKING_GROUP_LABELS]?.zh ?? '',
      lists: presentLists(allListRates(mine, o.today)),
      investment: investmentOf(mine, o.today, o.rules),
    };
  });
  // One rank per (list, stage) rate and for investment, within 县(市)组 / 城区组.
  const keys = new Set<string>();
  for (const u of perUnit)
    for (const l of u.lists) for (const r of l.rates) keys.add(`${l.list}.${r.key}`);
  const ranks = new Map<string, Record<string, number | null>>(perUnit.map((u) => [u.unit.id, {}]));
  const rateOf = (u: (typeof perUnit)[number], key: string) => {
    const [list, stage] = key.split('.');
    return u.lists.find((l) => l.list === list)?.rates.find((r) => r.key === stage)?.rate ?? null;
  };
  for (const key of [...keys, 'investment']) {
    const value = (u: (typeof perUnit)[number]) =>
      key === 'investment' ? u.investment.rate : rateOf(u, key);
    for (const r of rankWithinGroups(perUnit, (u) => u.group, value, 'higher_better')) {
      ranks.get(r.unit.id)![key] = r.rank;
    }
  }
  const year = Number(o.today.slice(0, 4));
  return {
    programme: {
      id: p.id,
      name: p.name,
      kind: p.kind,
      description: p.description,
      synthetic: p.synthetic,
    },
    rounds,
    round,
    cumulative: o.cumulative,
    asOf: o.today,
    lists: presentLists(allListRates(selected, o.today)),
    perRound: rounds.map((r) => ({
      seq: r.seq,
      name: r.name,
      lists: presentLists(
        allListRates(
          all.filter((e) => e.roundSeq === r.seq),
          o.today,
        ),
      ),
    })),
    funnel: funnel(distinct, o.today).map((f) => ({
      ...f,
      key: STAGE_KEYS[f.stage],
      label: STAGE_LABELS[f.stage].zh,
    })),
    investment: investmentOf(selected, o.today, o.rules),
    byLevel: PROJECT_LEVELS.map((level) => ({
      level,
      levelLabel: LEVEL_LABELS[level],
      ...investmentOf(
        selected.filter((e) => e.level === level && e.planYear === year),
        o.today,
        o.rules,
      ),
    })),
    ranking: perUnit.map((u) => ({ ...u, ranks: ranks.get(u.unit.id)! })),
  };
}

/**
 * The cockpit's cut of the dashboard: the latest round's cumulative rates and 投资完成率 for the
 * scope and per county-level unit, from the same entries and the same rate functions, without
 * the funnel, the per-round tables, the levels and the ranks.
 */
export async function programmeHeadline(
  db: DbOrTx,
  o: { ws: string; id: string; paths: string[]; today: IsoDate; rules: ReportRules },
) {
  const [rounds, all, units] = await Promise.all([
    db
      .select({ seq: programmeRounds.seq, name: programmeRounds.name })
      .from(programmeRounds)
      .where(and(eq(programmeRounds.workspaceId, o.ws), eq(programmeRounds.programmeId, o.id)))
      .orderBy(asc(programmeRounds.seq)),
    programmeEntries(db, o.ws, o.id, o.paths),
    rankingUnits(db, o.ws),
  ]);
  const last = rounds[rounds.length - 1] ?? null;
  const selected = selectRound(all, last?.seq ?? null, true);
  return {
    round: last,
    lists: presentLists(allListRates(selected, o.today)),
    investment: investmentOf(selected, o.today, o.rules),
    byUnit: new Map(
      units.map((u) => {
        const mine = selected.filter((e) => e.unitPath.startsWith(u.path));
        return [
          u.id,
          {
            lists: presentLists(allListRates(mine, o.today)),
            investment: investmentOf(mine, o.today, o.rules),
          },
        ];
      }),
    ),
  };
}

export type ListKindT = ListKind;
