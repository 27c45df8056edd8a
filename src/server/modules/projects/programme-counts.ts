import { sql } from 'drizzle-orm';
import type { IsoDate } from '../../../core/dates';
import { lightBounds, type ReportRules } from '../../../core/projects/investment-light';
import type { InvestmentTotals, ListCounts } from '../../../core/projects/rates';
import type { ListKind, Stage } from '../../../core/projects/stages';
import { inScope } from '../../auth/scope';
import { UNPREPARED } from '../../db/auto-prepare';
import type { DbOrTx } from '../../db/connection';
import { missingBySql } from './queries';

/**
 * A programme's figures counted by PostgreSQL instead of read entry by entry (18,000 list
 * entries at province scale): the database returns counts and sums per county-level unit, and
 * the rates are then computed from them by the pure rules of core/projects/rates.ts, which the
 * in-memory path uses too (programme-counts.test.ts compares both on the demo).
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

/** Which rounds a view counts: one alone, 1..round (cumulative), or all entries (null). */
export interface RoundChoice {
  /** A round's number; 'latest' = the programme's last round (all entries if it has none). */
  round: number | null | 'latest';
  cumulative: boolean;
}

/**
 * The id of the county-level unit (depth 1) above the project's unit, from its path
 * '/root/county/…' ('' at the root itself → null). split_part, not a pattern: it runs per entry.
 */
export const TOP = sql`nullif(split_part(u.path, '/', 3), '')`;

/** TOP in memory: the county-level unit above a unit path, null for the root's own. */
export const topOf = (unitPath: string) => unitPath.split('/')[2] || null;

function reachedColumns(today: IsoDate) {
  return sql`count(*) filter (where p.signed_on <= ${today}::date)::int,
    count(*) filter (where p.started_on <= ${today}::date)::int,
    count(*) filter (where p.producing_on <= ${today}::date)::int,
    count(*) filter (where p.performing_on <= ${today}::date)::int,
    count(*) filter (where p.completed_on <= ${today}::date)::int`;
}

type Reached = [number, number, number, number, number];
const toReached = (r: Reached): Partial<Record<Stage, number>> => ({
  signedOn: r[0],
  startedOn: r[1],
  producingOn: r[2],
  performingOn: r[3],
  completedOn: r[4],
});

export function roundCondition(c: RoundChoice, ws: string, programmeId: string) {
  if (c.round === null) return sql`true`;
  // The latest round looked up in the same statement: the caller need not wait for it first.
  const seq =
    c.round === 'latest'
      ? sql`(select max(seq) from programme_rounds
          where workspace_id = ${ws} and programme_id = ${programmeId})`
      : sql`${c.round}::int`;
  const cond = c.cumulative ? sql`r.seq <= ${seq}` : sql`r.seq = ${seq}`;
  return c.round === 'latest' ? sql`(${seq} is null or ${cond})` : cond;
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
 * One statement: the caller's entries joined to their projects once (materialised), then
 * counted per (round, list, county-level unit) for every round, and per (county-level unit,
 * level) over the distinct projects of the chosen rounds.
 */
export async function programmeCounts(
  db: DbOrTx,
  o: Omit<ProgrammeView, 'round' | 'cumulative'> & { rules: ReportRules; choice: RoundChoice },
): Promise<{ entries: EntryCounts[]; projects: ProjectCounts[] }> {
  const year = Number(o.today.slice(0, 4));
  const b = lightBounds(o.today, o.rules);
  // 投资完成率 counts projects of this year with a plan; "missing" = not green (investmentOf).
  const inv = sql`p.plan_year = ${year} and p.annual_plan > 0`;
  const late = sql`(${inv} and p.completed_on is null and ${missingBySql(b.yellowUpTo, b)})`;
  // j: the caller's entries with the facts of their projects (copied onto each entry by
  // triggers, migration 0017: no join to the 200,000 projects), read once for both counts.
  const r = await db.execute(sql`${sql.raw(UNPREPARED)} with j as materialized (
      select e.list, r.seq, ${roundCondition(o.choice, o.ws, o.id)} as chosen, e.project_id, ${TOP} as top,
        e.level, e.signed_on, e.started_on, e.producing_on, e.performing_on, e.completed_on,
        e.plan_year, e.annual_plan, e.ytd_completed, e.ytd_month
      from programme_entries e
      join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
      left join programme_rounds r on r.workspace_id = e.workspace_id and r.id = e.round_id
      where e.workspace_id = ${o.ws} and e.programme_id = ${o.id}
        and ${inScope(sql`u.path`, o.paths)})
    select
      (select coalesce(json_agg(json_build_array(seq, list, top, listed, reached)), '[]')
        from (select p.seq, p.list, p.top, count(*)::int as listed,
            json_build_array(${reachedColumns(o.today)}) as reached
          from j p group by p.seq, p.list, p.top) a) as entries,
      (select coalesce(json_agg(json_build_array(top, level, projects, reached, plan, completed,
          invested, missing)), '[]')
        from (select p.top, p.level, count(*)::int as projects,
            json_build_array(${reachedColumns(o.today)}) as reached,
            coalesce(sum(p.annual_plan) filter (where ${inv}), 0)::float8 as plan,
            coalesce(sum(p.ytd_completed) filter (where ${inv}), 0)::float8 as completed,
            count(*) filter (where ${inv})::int as invested,
            count(*) filter (where ${late})::int as missing
          from (select distinct project_id, top, level, signed_on, started_on, producing_on,
              performing_on, completed_on, plan_year, annual_plan, ytd_completed, ytd_month
            from j where chosen) p
          group by p.top, p.level) b) as projects`);
  const row = r.rows[0] as { entries: unknown[][]; projects: unknown[][] };
  return {
    entries: row.entries.map(([seq, list, top, listed, reached]) => ({
      roundSeq: seq as number | null,
      list: list as ListKind,
      top: top as string | null,
      listed: listed as number,
      reached: toReached(reached as Reached),
    })),
    projects: row.projects.map(([top, level, n, reached, plan, completed, invested, missing]) => ({
      top: top as string | null,
      level: level as string,
      projects: n as number,
      reached: toReached(reached as Reached),
      investment: {
        plan: plan as number,
        completed: completed as number,
        projects: invested as number,
        missing: missing as number,
      },
    })),
  };
}
