import type { IsoDate } from '../../../core/dates';
import { reportLight, type ReportRules } from '../../../core/projects/investment-light';
import { inRounds, type InvestmentTotals, type ListCounts } from '../../../core/projects/rates';
import type { Stage } from '../../../core/projects/stages';
import type { EntryRow } from './queries';

/**
 * A programme's figures as counts per county-level unit, from which the pure rules of
 * core/projects/rates.ts compute the rates (allRatesFromCounts). programme-counts.test.ts
 * checks the dashboard built on them against those rules applied entry by entry.
 */

/** Entries of one list in one round and one county-level unit, with how many reached each stage. */
export interface EntryCounts extends ListCounts {
  roundSeq: number | null;
  /** Id of the county-level unit (depth 1) above the project's unit; null for the root's own. */
  top: string | null;
}

/** Distinct projects of the selected rounds of one county-level unit and one level. */
export interface ProjectCounts {
  top: string | null;
  level: string;
  projects: number;
  reached: Partial<Record<Stage, number>>;
  /** 投资完成率's projects: planned for this year with a plan. */
  investment: InvestmentTotals;
}

/** Which programme a view shows, to whom (their unit paths), on which day and for which round. */
export interface ProgrammeView {
  ws: string;
  id: string;
  paths: string[];
  today: IsoDate;
  round?: number;
  cumulative: boolean;
}

/**
 * The counts of some entries (rememberedEntries, filtered to a scope): per (round, list,
 * county-level unit) over every entry, and per (county-level unit, level) over the distinct
 * projects of the chosen rounds. In memory: after a monthly report only that project's
 * entries are read again. Until 2026-11-30 one statement counted them in PostgreSQL, reading
 * all 18,000 entries of a province's programme after every report (65–80 ms); the in-memory
 * counts matched it in all 528 cases tried on the demo (every programme, the city and each
 * county, four round choices, three days).
 */
export function countsOfEntries(
  entries: readonly EntryRow[],
  o: { today: IsoDate; rules: ReportRules; round: number | null; cumulative: boolean },
): { entries: EntryCounts[]; projects: ProjectCounts[] } {
  const zero = (): Record<Stage, number> => ({
    signedOn: 0,
    startedOn: 0,
    producingOn: 0,
    performingOn: 0,
    completedOn: 0,
  });
  const t = o.today;
  // `reached` for each stage, spelled out: a property named in the code is read several
  // times faster than one looked up by a variable key, over 18,000 rows.
  const count = (into: Record<Stage, number>, e: EntryRow) => {
    if (e.signedOn && e.signedOn <= t) into.signedOn++;
    if (e.startedOn && e.startedOn <= t) into.startedOn++;
    if (e.producingOn && e.producingOn <= t) into.producingOn++;
    if (e.performingOn && e.performingOn <= t) into.performingOn++;
    if (e.completedOn && e.completedOn <= t) into.completedOn++;
  };
  // Grouped by nested maps of the row's own values, not by a key string built per entry: the
  // rows are remembered, so their strings' hashes are computed once, not on every count.
  const byList = new Groups<EntryCounts & { reached: Record<Stage, number> }>();
  const chosen = new Map<string, EntryRow>();
  const isChosen = inRounds(o.round, o.cumulative);
  for (const e of entries) {
    const c = byList.at([e.roundSeq, e.list, e.top], () => ({
      roundSeq: e.roundSeq,
      list: e.list,
      top: e.top,
      listed: 0,
      reached: zero(),
    }));
    c.listed++;
    count(c.reached, e);
    if (isChosen(e) && !chosen.has(e.projectId)) chosen.set(e.projectId, e);
  }
  const year = Number(o.today.slice(0, 4));
  // The light depends on the last month reported alone: worked out once per month.
  const late = new Map<string | null, boolean>();
  const isLate = (month: string | null) => {
    let v = late.get(month);
    if (v === undefined)
      late.set(month, (v = reportLight(month, o.today, o.rules).light !== 'green'));
    return v;
  };
  const byLevel = new Groups<ProjectCounts & { reached: Record<Stage, number> }>();
  for (const e of chosen.values()) {
    const c = byLevel.at([e.top, e.level], () => ({
      top: e.top,
      level: e.level,
      projects: 0,
      reached: zero(),
      investment: { plan: 0, completed: 0, projects: 0, missing: 0 },
    }));
    c.projects++;
    count(c.reached, e);
    if (e.planYear === year && e.annualPlan > 0) {
      c.investment.plan += e.annualPlan;
      c.investment.completed += e.ytdCompleted ?? 0;
      c.investment.projects++;
      if (!e.completedOn && isLate(e.ytdMonth)) c.investment.missing++;
    }
  }
  return { entries: byList.values, projects: byLevel.values };
}

/** Values grouped by a tuple of keys, in nested maps; `values` in the order first seen. */
class Groups<V> {
  private readonly root = new Map<unknown, unknown>();
  readonly values: V[] = [];
  at(keys: readonly unknown[], make: () => V): V {
    let m = this.root;
    for (let i = 0; i < keys.length - 1; i++) {
      let next = m.get(keys[i]) as Map<unknown, unknown> | undefined;
      if (!next) m.set(keys[i], (next = new Map()));
      m = next;
    }
    let v = m.get(keys[keys.length - 1]) as V | undefined;
    if (v === undefined) {
      m.set(keys[keys.length - 1], (v = make()));
      this.values.push(v);
    }
    return v;
  }
}

/** Rows grouped by their county-level unit (`top`). */
export function byTop<T extends { top: string | null }>(
  rows: readonly T[],
): Map<string | null, T[]> {
  const out = new Map<string | null, T[]>();
  for (const r of rows) {
    const mine = out.get(r.top);
    if (mine) mine.push(r);
    else out.set(r.top, [r]);
  }
  return out;
}
