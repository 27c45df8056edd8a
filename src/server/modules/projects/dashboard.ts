import { and, asc, eq } from 'drizzle-orm';
import { RANKING_GROUP_LABELS } from '../../../core/enums';
import type { IsoDate } from '../../../core/dates';
import { rankWithinGroups } from '../../../core/ranking';
import { reportLight, type ReportRules } from '../../../core/projects/investment-light';
import {
  allRatesFromCounts,
  FUNNEL_STAGES,
  investmentSummary,
  inRounds,
  type InvestmentTotals,
  type ListRates,
} from '../../../core/projects/rates';
import { LIST_DEFS, STAGE_KEYS, STAGE_LABELS, type ListKind } from '../../../core/projects/stages';
import { pathInScope } from '../../auth/scope';
import type { Db, DbOrTx } from '../../db/connection';
import { programmeRounds, programmes } from '../../db/schema';
import { notFound } from '../../errors';
import {
  byTop,
  countsOfEntries,
  type EntryCounts,
  type ProgrammeView,
  type ProjectCounts,
} from './programme-counts';
import {
  entriesIn,
  rankingUnits,
  rememberedEntries,
  rememberedProgramme,
  type EntryRow,
} from './queries';
import { loadReportRules } from './settings';
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

/**
 * 投资完成率 over distinct projects being built in the year of `asOf` (in memory). Without
 * `rules` the projects late with their reports are not counted (missing 0): the rate alone,
 * for the 181 counties of an assessment, without a report light per county and month.
 */
export function investmentOf(
  entries: readonly EntryRow[],
  asOf: IsoDate,
  rules: ReportRules | null,
) {
  const year = Number(asOf.slice(0, 4));
  const seen = new Map<string, EntryRow>();
  for (const e of entries) if (e.planYear === year && e.annualPlan > 0) seen.set(e.projectId, e);
  const t: InvestmentTotals = { plan: 0, completed: 0, projects: seen.size, missing: 0 };
  // The light depends on the last month reported alone: worked out once per month.
  const late = new Map<string | null, boolean>();
  for (const e of seen.values()) {
    t.plan += e.annualPlan;
    t.completed += e.ytdCompleted ?? 0;
    if (e.completedOn || !rules) continue;
    let isLate = late.get(e.ytdMonth);
    if (isLate === undefined)
      late.set(e.ytdMonth, (isLate = reportLight(e.ytdMonth, asOf, rules).light !== 'green'));
    if (isLate) t.missing++;
  }
  return investmentSummary(t);
}

/** Investment totals of several count rows added up. */
function addInvestment(rows: readonly ProjectCounts[]) {
  const t: InvestmentTotals = { plan: 0, completed: 0, projects: 0, missing: 0 };
  for (const r of rows) {
    t.plan += r.investment.plan;
    t.completed += r.investment.completed;
    t.projects += r.investment.projects;
    t.missing += r.investment.missing;
  }
  return investmentSummary(t);
}

/** The entries a view counts: a round alone, rounds 1..round (cumulative), or all. */
export function selectRound<T extends { roundSeq: number | null }>(
  all: readonly T[],
  round: number | null,
  cumulative: boolean,
): T[] {
  return all.filter(inRounds(round, cumulative));
}

/**
 * Rates, funnel, investment and the unit ranking of a programme, from its records: the small
 * lookups read in `db` (the remembered answer's transaction), the list entries from the
 * remembered set (`shared`, rememberedEntries), counted in memory (countsOfEntries). After a
 * monthly report only that project's entries are read again.
 */
export async function programmeDashboard(db: DbOrTx, shared: Db, o: ProgrammeView) {
  const [[p], rounds, units, rules, programmeWide] = await Promise.all([
    db
      .select()
      .from(programmes)
      .where(and(eq(programmes.workspaceId, o.ws), eq(programmes.id, o.id))),
    db
      .select({
        seq: programmeRounds.seq,
        name: programmeRounds.name,
        heldOn: programmeRounds.heldOn,
      })
      .from(programmeRounds)
      .where(and(eq(programmeRounds.workspaceId, o.ws), eq(programmeRounds.programmeId, o.id)))
      .orderBy(asc(programmeRounds.seq)),
    rankingUnits(db, o.ws),
    loadReportRules(db, o.ws),
    // Every entry of the programme (shared by all callers), filtered to paths below.
    rememberedProgramme(shared, o.ws, o.id),
  ]);
  if (!p) throw notFound('项目计划');
  const round = o.round ?? (rounds.length > 0 ? rounds[rounds.length - 1]!.seq : null);
  const countsOf = (paths: string[]) =>
    countsOfEntries(entriesIn(programmeWide, paths), {
      today: o.today,
      rules,
      round,
      cumulative: o.cumulative,
    });
  const counts = countsOf(o.paths);
  const rowsOf = (c: typeof counts) => {
    const entriesOf = byTop(selectRound(c.entries, round, o.cumulative));
    const projectsOf = byTop(c.projects);
    return units.map((u) => {
      const mine = projectsOf.get(u.id) ?? [];
      return {
        unit: { id: u.id, name: u.name },
        code: u.code,
        projects: mine.reduce((n, x) => n + x.projects, 0),
        // Within the caller's scope, or above a part of it (a township's own staff).
        visible: pathInScope(u.path, o.paths) || o.paths.some((q) => q.startsWith(u.path)),
        group: u.group,
        groupLabel: RANKING_GROUP_LABELS[u.group as keyof typeof RANKING_GROUP_LABELS]?.zh ?? '',
        lists: presentLists(allRatesFromCounts(entriesOf.get(u.id) ?? [])),
        investment: addInvestment(mine),
      };
    });
  };
  const selected = selectRound(counts.entries, round, o.cumulative);
  const perUnit = rowsOf(counts);
  // Ranks compare every peer of the group, as the evaluations do: a county's liaison sees its
  // county's true place (not first among the one unit it can see), and no other unit's figures.
  // A unit the caller sees only part of gets no rank: its figures are not the ranked ones.
  const whole = (u: { path: string }) => pathInScope(u.path, o.paths);
  const root = units[0] ? units[0].path.split('/').slice(0, 2).join('/') + '/' : null;
  const peers = units.every(whole) || root === null ? perUnit : rowsOf(countsOf([root]));
  // One rank per (list, stage) rate and for investment, within 县(市)组 / 城区组.
  const keys = new Set<string>();
  for (const u of peers)
    for (const l of u.lists) for (const r of l.rates) keys.add(`${l.list}.${r.key}`);
  const ranks = new Map<string, Record<string, number | null>>(peers.map((u) => [u.unit.id, {}]));
  const rateOf = (u: (typeof perUnit)[number], key: string) => {
    const [list, stage] = key.split('.');
    return u.lists.find((l) => l.list === list)?.rates.find((r) => r.key === stage)?.rate ?? null;
  };
  const shown = new Set(units.filter(whole).map((u) => u.id));
  for (const key of [...keys, 'investment']) {
    const value = (u: (typeof perUnit)[number]) =>
      key === 'investment' ? u.investment.rate : rateOf(u, key);
    for (const r of rankWithinGroups(peers, (u) => u.group, value, 'higher_better')) {
      ranks.get(r.unit.id)![key] = shown.has(r.unit.id) ? r.rank : null;
    }
  }
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
    lists: presentLists(allRatesFromCounts(selected)),
    perRound: rounds.map((r) => ({
      seq: r.seq,
      name: r.name,
      lists: presentLists(allRatesFromCounts(counts.entries.filter((c) => c.roundSeq === r.seq))),
    })),
    funnel: FUNNEL_STAGES.map((stage) => ({
      stage,
      count: counts.projects.reduce((n, c) => n + (c.reached[stage] ?? 0), 0),
      key: STAGE_KEYS[stage],
      label: STAGE_LABELS[stage].zh,
    })),
    investment: addInvestment(counts.projects),
    byLevel: PROJECT_LEVELS.map((level) => ({
      level,
      levelLabel: LEVEL_LABELS[level],
      ...addInvestment(counts.projects.filter((c) => c.level === level)),
    })),
    ranking: perUnit.map((u) => ({ ...u, ranks: ranks.get(u.unit.id)! })),
  };
}

/**
 * The cockpit's cut of the dashboard: the latest round's cumulative rates and 投资完成率 for the
 * scope and per county-level unit, without the funnel, the per-round tables, the levels and
 * the ranks. Counted as the dashboard counts (countsOfEntries over the remembered entries:
 * after a monthly report only the project's entries are read again); cockpit.test.ts checks
 * that both agree for every county.
 */
export async function programmeHeadline(
  db: DbOrTx,
  shared: Db,
  o: Omit<ProgrammeView, 'round' | 'cumulative'> & { rules: ReportRules },
) {
  const [rounds, entries, units] = await Promise.all([
    db
      .select({ seq: programmeRounds.seq, name: programmeRounds.name })
      .from(programmeRounds)
      .where(and(eq(programmeRounds.workspaceId, o.ws), eq(programmeRounds.programmeId, o.id)))
      .orderBy(asc(programmeRounds.seq)),
    rememberedEntries(shared, o.ws, o.id, o.paths),
    rankingUnits(db, o.ws),
  ]);
  const last = rounds[rounds.length - 1] ?? null;
  const seq = last?.seq ?? null;
  const counts = countsOfEntries(entries, { ...o, round: seq, cumulative: true });
  const selected = selectRound(counts.entries, seq, true);
  // Each county's count rows, bucketed once: 181 counties each filtering 10,000 rows took
  // longer than counting the entries.
  const entriesOf = byTop(selected);
  const projectsOf = byTop(counts.projects);
  const figures = (entries: readonly EntryCounts[], projects: readonly ProjectCounts[]) => ({
    lists: presentLists(allRatesFromCounts(entries)),
    investment: addInvestment(projects),
  });
  return {
    round: last,
    ...figures(selected, counts.projects),
    byUnit: new Map(
      units.map((u) => [u.id, figures(entriesOf.get(u.id) ?? [], projectsOf.get(u.id) ?? [])]),
    ),
  };
}

export type ListKindT = ListKind;
