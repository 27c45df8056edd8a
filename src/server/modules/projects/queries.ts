import { sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../../core/dates';
import {
  lightBounds,
  type LightBounds,
  type ReportRules,
} from '../../../core/projects/investment-light';
import { stageFromKey, type ListKind, type Stage } from '../../../core/projects/stages';
import { inScope, pathInScope } from '../../auth/scope';
import type { Db, DbOrTx } from '../../db/connection';
import { unseenBy } from '../../db/count-memo';
import { memoRowSet } from '../../db/row-set-memo';
import type { ProjectFilter } from './schema';

/** Stage → column of projects (alias p). */
const STAGE_COLUMN: Record<Stage, string> = {
  signedOn: 'signed_on',
  startedOn: 'started_on',
  producingOn: 'producing_on',
  performingOn: 'performing_on',
  completedOn: 'completed_on',
};

export interface ProjectRow {
  id: string;
  name: string;
  owner: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  industry: string;
  chain: string;
  level: string;
  totalInvestment: number;
  annualPlan: number;
  planYear: number;
  periodStart: string | null;
  periodEnd: string | null;
  signedOn: string | null;
  startedOn: string | null;
  producingOn: string | null;
  performingOn: string | null;
  completedOn: string | null;
  location: string;
  taskForceLeader: string;
  taskForceMembers: string;
  notes: string;
  synthetic: boolean;
  ytdMonth: string | null;
  ytdCompleted: number | null;
}

// The latest year-to-date report of the plan year is kept on the row (investment-latest.ts).
const SELECT = sql`select p.id::text as id, p.name, p.owner, p.unit_id::text as "unitId",
  u.name as "unitName", u.path as "unitPath", p.industry, p.chain, p.level,
  p.total_investment::float8 as "totalInvestment", p.annual_plan::float8 as "annualPlan",
  p.plan_year as "planYear", p.period_start::text as "periodStart", p.period_end::text as "periodEnd",
  p.signed_on::text as "signedOn", p.started_on::text as "startedOn",
  p.producing_on::text as "producingOn", p.performing_on::text as "performingOn",
  p.completed_on::text as "completedOn", p.location, p.task_force_leader as "taskForceLeader",
  p.task_force_members as "taskForceMembers", p.notes, p.synthetic,
  p.ytd_month as "ytdMonth", p.ytd_completed::float8 as "ytdCompleted"
  from projects p
  join units u on u.workspace_id = p.workspace_id and u.id = p.unit_id`;

/**
 * Whether the first month missing after the project's last report (p.ytd_month) is at most
 * `bound`: core `missingBy` as a condition on the project row.
 */
export function missingBySql(bound: string, b: LightBounds) {
  return sql`(p.ytd_month < ${bound} or (p.ytd_month is null and ${b.firstExpected <= bound}::boolean))`;
}

/**
 * The report light as a condition (see `lightBounds`): only projects built in this year with a
 * plan and not completed report monthly; the last month reported is compared to month bounds.
 */
function lightCondition(light: 'red' | 'yellow' | 'green', today: IsoDate, rules: ReportRules) {
  const b = lightBounds(today, rules);
  const reporting = sql`p.plan_year = ${Number(today.slice(0, 4))} and p.annual_plan > 0
    and (p.completed_on is null or p.completed_on > ${today}::date)`;
  if (light === 'red') return sql`(${reporting} and ${missingBySql(b.redUpTo, b)})`;
  if (light === 'yellow') {
    return sql`(${reporting} and not ${missingBySql(b.redUpTo, b)} and ${missingBySql(b.yellowUpTo, b)})`;
  }
  return sql`(${reporting} and not ${missingBySql(b.yellowUpTo, b)})`;
}

/** A county's few units by id (see listProjects); a wide scope by path (no long id list). */
const FEW_UNITS = 300;

function conditions(
  ws: string,
  units: { ids: readonly string[]; paths: string[] },
  today: IsoDate,
  f: Partial<ProjectFilter>,
  rules?: ReportRules,
): SQL[] {
  const c: SQL[] = [
    sql`p.workspace_id = ${ws}`,
    units.ids.length <= FEW_UNITS
      ? sql`p.unit_id = any(${`{${units.ids.join(',')}}`}::uuid[])`
      : inScope(sql`u.path`, units.paths),
  ];
  if (f.light && rules) c.push(lightCondition(f.light, today, rules));
  if (f.level) c.push(sql`p.level = ${f.level}`);
  if (f.q) {
    // Name, owner, or the task force (专班) by its name or leader.
    const like = '%' + f.q + '%';
    c.push(sql`(p.name like ${like} or p.owner like ${like}
      or p.task_force_members like ${like} or p.task_force_leader like ${like})`);
  }
  const reached = f.reached ? stageFromKey(f.reached) : null;
  if (reached) c.push(sql`p.${sql.raw(STAGE_COLUMN[reached])} <= ${today}::date`);
  const notReached = f.notReached ? stageFromKey(f.notReached) : null;
  if (notReached) {
    const col = sql.raw(`p.${STAGE_COLUMN[notReached]}`);
    c.push(sql`(${col} is null or ${col} > ${today}::date)`);
  }
  if (f.programme) {
    const round =
      f.round === undefined
        ? sql`true`
        : f.cumulative === 'false'
          ? sql`r.seq = ${f.round}`
          : sql`r.seq <= ${f.round}`;
    c.push(sql`exists (select 1 from programme_entries e
      left join programme_rounds r on r.workspace_id = e.workspace_id and r.id = e.round_id
      where e.workspace_id = p.workspace_id and e.project_id = p.id
        and e.programme_id = ${f.programme} ${f.list ? sql`and e.list = ${f.list}` : sql``}
        and ${round})`);
  }
  return c;
}

export async function listProjects(
  db: DbOrTx,
  o: {
    ws: string;
    paths: string[];
    today: IsoDate;
    filter: Partial<ProjectFilter>;
    /** Needed to filter by the report light. */
    rules?: ReportRules;
    limit: number;
    offset: number;
  },
): Promise<{ rows: ProjectRow[]; total: number }> {
  // The units the list may show (the caller's, within the unit filtered on), read first as
  // ids: for a county's 17 units the planner then fetches their projects through
  // projects_unit_idx; compared by path it misjudged how many units match and scanned all
  // 200,000 projects at province scale.
  const unitPath = o.filter.unitId
    ? ((await unitById(db, o.ws, o.filter.unitId))?.path ?? null)
    : undefined;
  // Within the caller's scope and, filtered on a unit, within its subtree (none if unknown).
  const paths =
    unitPath === undefined
      ? o.paths
      : unitPath === null
        ? []
        : o.paths.some((p) => unitPath.startsWith(p))
          ? [unitPath]
          : o.paths.filter((p) => p.startsWith(unitPath));
  const units = await db.execute<{ id: string }>(sql`select u.id::text as id from units u
    where u.workspace_id = ${o.ws} and ${inScope(sql`u.path`, paths)}`);
  const where = sql.join(
    conditions(o.ws, { ids: units.rows.map((u) => u.id), paths }, o.today, o.filter, o.rules),
    sql` and `,
  );
  const [rows, count] = await Promise.all([
    // The page is chosen first; only its 50 rows are then read whole.
    db.execute(
      sql`${SELECT} where p.workspace_id = ${o.ws} and p.id in (select p.id from projects p
        join units u on u.workspace_id = p.workspace_id and u.id = p.unit_id where ${where}
        order by u.sort_key, p.name, p.id limit ${o.limit} offset ${o.offset})
      order by u.sort_key, p.name, p.id`,
    ),
    db.execute(sql`select count(*)::int as n from projects p
      join units u on u.workspace_id = p.workspace_id and u.id = p.unit_id where ${where}`),
  ]);
  return { rows: rows.rows as unknown as ProjectRow[], total: (count.rows[0] as { n: number }).n };
}

export async function findProject(db: DbOrTx, ws: string, id: string, paths: string[]) {
  const r = await db.execute(sql`${SELECT} where p.workspace_id = ${ws} and p.id = ${id}
    and ${inScope(sql`u.path`, paths)}`);
  return (r.rows[0] as unknown as ProjectRow | undefined) ?? null;
}

export async function unitById(db: DbOrTx, ws: string, id: string) {
  const r = await db.execute(sql`select id::text as id, name, path, active from units
    where workspace_id = ${ws} and id = ${id}`);
  return (
    (r.rows[0] as { id: string; name: string; path: string; active: boolean } | undefined) ?? null
  );
}

export interface EntryRow {
  id: string;
  projectId: string;
  list: ListKind;
  roundSeq: number | null;
  unitId: string;
  unitPath: string;
  /**
   * The county-level unit (depth 1) above the project's unit, null for the root's own: read
   * with the row, so the counts group by it without splitting 18,000 paths each time.
   */
  top: string | null;
  level: string;
  annualPlan: number;
  planYear: number;
  ytdCompleted: number | null;
  ytdMonth: string | null;
  /** The plan year's year-to-date reports by month ('YYYY-MM' → 万元), null without any. */
  planYearReports: Record<string, number> | null;
  signedOn: string | null;
  startedOn: string | null;
  producingOn: string | null;
  performingOn: string | null;
  completedOn: string | null;
}

/**
 * A programme's list entries as EntryRow (with the entry's id), all of them or those among
 * `ids`. The project's facts are read from the entry's copies (migration 0017, kept by
 * triggers), without joining the projects: 27 ms instead of 56–68 for 18,000 entries.
 */
function entryRows(ws: string, programmeId: string, where: SQL) {
  return sql`select e.id::text as id, e.project_id::text as "projectId", e.list,
    r.seq as "roundSeq", e.unit_id::text as "unitId", u.path as "unitPath",
    nullif(split_part(u.path, '/', 3), '') as top, e.level,
    e.annual_plan::float8 as "annualPlan", e.plan_year as "planYear",
    e.ytd_completed::float8 as "ytdCompleted", e.ytd_month as "ytdMonth",
    e.plan_year_reports as "planYearReports",
    e.signed_on::text as "signedOn", e.started_on::text as "startedOn",
    e.producing_on::text as "producingOn", e.performing_on::text as "performingOn",
    e.completed_on::text as "completedOn"
    from programme_entries e
    join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
    left join programme_rounds r on r.workspace_id = e.workspace_id and r.id = e.round_id
    where e.workspace_id = ${ws} and e.programme_id = ${programmeId} and ${where}`;
}

/**
 * Every list entry of a programme whose project the caller can see, with stage dates and the
 * project's latest year-to-date figure (kept on the project row). The views use the
 * remembered form below; this one reads afresh, for the tests that check them.
 */
export async function programmeEntries(
  db: DbOrTx,
  ws: string,
  programmeId: string,
  paths: string[],
) {
  const r = await db.execute(entryRows(ws, programmeId, inScope(sql`u.path`, paths)));
  return r.rows as unknown as EntryRow[];
}

/**
 * programmeEntries remembered for every caller and brought up to date from the entries that
 * changed (db/row-set-memo.ts): after a monthly report, the project's few entries are read
 * again instead of all 18,000 of a province's programme. The rows are shared: do not change them.
 */
export async function rememberedEntries(
  shared: Db,
  ws: string,
  programmeId: string,
  paths: string[],
): Promise<readonly EntryRow[]> {
  return entriesIn(await rememberedProgramme(shared, ws, programmeId), paths);
}

/** Every list entry of a programme, remembered as rememberedEntries says (for every caller). */
export function rememberedProgramme(
  shared: Db,
  ws: string,
  programmeId: string,
): Promise<readonly EntryRow[]> {
  return memoRowSet<EntryRow>(shared, {
    key: `entries|${ws}|${programmeId}`,
    table: 'programme_entries',
    select: (ids) =>
      entryRows(
        ws,
        programmeId,
        ids ? sql`e.id = any(${`{${ids.join(',')}}`}::uuid[])` : sql`true`,
      ),
    changedIds: (s) => sql`select l.id from programme_entry_changes l where ${unseenBy(s, 'l')}
      and (l.id is null or (l.workspace_id = ${ws} and l.programme_id = ${programmeId}))`,
  });
}

/**
 * The entries under `paths`: one filter of a remembered list per set of paths, kept while the
 * list is unchanged (the cockpit's section and the assessment both ask after a report). A
 * workspace's root path ('/root/') holds every entry: the list itself, not a copy.
 */
export function entriesIn(all: readonly EntryRow[], paths: string[]): readonly EntryRow[] {
  if (paths.some((p) => p.indexOf('/', 1) === p.length - 1)) return all;
  let byPaths = inScopeOf.get(all);
  if (!byPaths) inScopeOf.set(all, (byPaths = new Map()));
  const key = paths.join('\n');
  let mine = byPaths.get(key);
  if (!mine) byPaths.set(key, (mine = all.filter((e) => pathInScope(e.unitPath, paths))));
  return mine;
}

/** rememberedEntries' filtered lists, per remembered list (forgotten with it) and paths. */
const inScopeOf = new WeakMap<readonly EntryRow[], Map<string, readonly EntryRow[]>>();

/** County-level units (the ranking's rows): children of the root with a ranking group. */
export async function rankingUnits(db: DbOrTx, ws: string) {
  const r = await db.execute(sql`select id::text as id, name, code, path, ranking_group as "group"
    from units where workspace_id = ${ws} and depth = 1 and ranking_group is not null and active
    order by sort_key`);
  return r.rows as { id: string; name: string; code: string; path: string; group: string }[];
}

export async function problemsOf(db: DbOrTx, ws: string, projectId: string) {
  const r = await db.execute(sql`select pr.id::text as id, pr.kind, pr.description,
    m.id::text as "matterId", m.status, m.deploy_due::text as "deployDue",
    m.signed_on::text as "signedOn", m.feedback_due::text as "feedbackDue",
    m.feedback_met_on::text as "feedbackMetOn", m.final_due::text as "finalDue",
    m.next_node_due::text as "nextNodeDue", lu.name as "leadUnit"
    from project_problems pr
    join matters m on m.workspace_id = pr.workspace_id and m.id = pr.matter_id
    join units lu on lu.workspace_id = m.workspace_id and lu.id = m.lead_unit_id
    where pr.workspace_id = ${ws} and pr.project_id = ${projectId}
    order by pr.created_at`);
  return r.rows as {
    id: string;
    kind: string;
    description: string;
    matterId: string;
    status: string;
    deployDue: string | null;
    signedOn: string | null;
    feedbackDue: string | null;
    feedbackMetOn: string | null;
    finalDue: string | null;
    nextNodeDue: string | null;
    leadUnit: string;
  }[];
}
