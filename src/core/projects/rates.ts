/**
 * Rates of a programme's lists, computed from the projects' stage dates (domain.md §4):
 * (projects on the list that reached the stage) ÷ (projects on the list), one decimal,
 * half up. Per list, per round and cumulative, per unit and for the city.
 */
import type { IsoDate } from '../dates';
import { roundHalfUp } from '../format';
import { LIST_DEFS, reached, type ListKind, type Stage, type StageDates } from './stages';

export interface ListEntry extends StageDates {
  list: ListKind;
  roundSeq: number | null;
  unitId: string;
}

export interface StageRate {
  stage: Stage;
  reached: number;
  /** Percentage with one decimal (98.8), null for an empty list. */
  rate: number | null;
}

export interface ListRates {
  list: ListKind;
  listed: number;
  rates: StageRate[];
}

/** reached ÷ listed as a percentage with one decimal, half up; null when nothing is listed. */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  // Decimal-string rounding (core/format): 83/84 → 98.8, 0.445 → 44.5, not 44.4.
  return roundHalfUp((numerator * 100) / denominator, 1);
}

/**
 * How many entries a list has and how many of them reached each stage: what a database counts
 * (programme-counts.ts) and what `listRates` counts in memory, so both give the same rates.
 */
export interface ListCounts {
  list: ListKind;
  listed: number;
  reached: Partial<Record<Stage, number>>;
}

/** The rates of one list from its counts. */
export function ratesFromCounts(c: ListCounts): ListRates {
  return {
    list: c.list,
    listed: c.listed,
    rates: LIST_DEFS[c.list].rates.map((stage) => {
      const n = c.reached[stage] ?? 0;
      return { stage, reached: n, rate: percent(n, c.listed) };
    }),
  };
}

/** Counts of the same list (several units or rounds) added up. */
export function addCounts(list: ListKind, parts: readonly ListCounts[]): ListCounts {
  const total: ListCounts = { list, listed: 0, reached: {} };
  for (const c of parts) {
    if (c.list !== list) continue;
    total.listed += c.listed;
    for (const [stage, n] of Object.entries(c.reached) as [Stage, number][]) {
      total.reached[stage] = (total.reached[stage] ?? 0) + n;
    }
  }
  return total;
}

/** Every list kind with entries, in the fixed order 签约 → 开工 → 投产 → 建设, from counts. */
export function allRatesFromCounts(counts: readonly ListCounts[]): ListRates[] {
  return (Object.keys(LIST_DEFS) as ListKind[])
    .map((k) => addCounts(k, counts))
    .filter((c) => c.listed > 0)
    .map(ratesFromCounts);
}

/** The rates of one list over the given entries (already filtered to round/unit). */
export function listRates(entries: readonly ListEntry[], list: ListKind, asOf: IsoDate): ListRates {
  const on = entries.filter((e) => e.list === list);
  const reachedBy: Partial<Record<Stage, number>> = {};
  for (const stage of LIST_DEFS[list].rates) {
    reachedBy[stage] = on.filter((e) => reached(e, stage, asOf)).length;
  }
  return ratesFromCounts({ list, listed: on.length, reached: reachedBy });
}

/** Every list kind present in the entries, in the fixed order 签约 → 开工 → 投产 → 建设. */
export function allListRates(entries: readonly ListEntry[], asOf: IsoDate): ListRates[] {
  const kinds = (Object.keys(LIST_DEFS) as ListKind[]).filter((k) =>
    entries.some((e) => e.list === k),
  );
  return kinds.map((k) => listRates(entries, k, asOf));
}

/**
 * Whether an entry is among those a view counts: round `seq` alone, rounds 1..seq
 * (cumulative), or every entry when seq is null.
 */
export function inRounds(seq: number | null, cumulative: boolean) {
  return (e: { roundSeq: number | null }) =>
    seq === null || (cumulative ? e.roundSeq !== null && e.roundSeq <= seq : e.roundSeq === seq);
}

/** Entries of rounds 1..seq (cumulative); all entries when seq is null. */
export function upToRound<T extends { roundSeq: number | null }>(
  entries: readonly T[],
  seq: number | null,
): T[] {
  return entries.filter(inRounds(seq, true));
}

/** 投资完成率: year-to-date completed ÷ annual plan, one decimal; above 100 is normal. */
export function investmentRate(completed: number, plan: number): number | null {
  if (!(plan > 0)) return null;
  return roundHalfUp((completed * 100) / plan, 1);
}

/** Sums of 万元 with two decimals: float noise rounded away before dividing. */
const round2 = (n: number) => Math.round(n * 100) / 100;

export interface InvestmentTotals {
  plan: number;
  completed: number;
  projects: number;
  /** Projects whose monthly report is late (yellow or red). */
  missing: number;
}

/** 投资完成率 of summed plans and year-to-date figures (in memory or from SQL sums). */
export function investmentSummary(t: InvestmentTotals) {
  const plan = round2(t.plan);
  const completed = round2(t.completed);
  return {
    plan,
    completed,
    rate: investmentRate(completed, plan),
    projects: t.projects,
    missing: t.missing,
  };
}

export const FUNNEL_STAGES: readonly Stage[] = [
  'signedOn',
  'startedOn',
  'producingOn',
  'performingOn',
];

/**
 * The funnel 签约 → 开工 → 投产 → 达效 over the distinct projects of a programme: how many
 * reached each stage by the day.
 */
export function funnel(projects: readonly StageDates[], asOf: IsoDate) {
  return FUNNEL_STAGES.map((stage) => ({
    stage,
    count: projects.filter((p) => reached(p, stage, asOf)).length,
  }));
}
