import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { addNaturalDays, type IsoDate } from '../../../core/dates';
import type { Db, DbOrTx } from '../../db/connection';
import { memoRows } from '../../db/count-memo';
import { matterTable, memoMatterCounts, type MatterRows } from '../../db/matter-counts-memo';
import type { Deadline } from './schema';
import { coversWorkspace, leadInScope, OPEN_STATUS_SQL, uuidArray } from '../matters/access';

// Counts for the supervisor's board, the units' backlogs and the monthly statistics. Each is
// one pass over the matters (open ones only, for the board), scoped by the lead unit.
// The results are remembered until a matter changes (db/count-memo.ts): a busy board is
// counted once per change, not once per visitor.

export type LightCounts = {
  open: number;
  red: number;
  yellow: number;
  green: number;
  overdue: number;
};
export type BoardGroup = LightCounts & { key: string | null };
type BoardRow = LightCounts & {
  g_unit: number;
  g_list: number;
  g_leader: number;
  unit: string | null;
  list: string | null;
  leader: string | null;
};

// A root grant needs no join to units: the board then reads the open-matter index alone.
const FROM_SCOPED = (ws: string, paths: string[], rows: MatterRows = matterTable) =>
  coversWorkspace(paths)
    ? sql`from ${rows.from} where m.workspace_id = ${ws}`
    : sql`from ${rows.from}
  join units lu on lu.workspace_id = m.workspace_id and lu.id = m.lead_unit_id
  where m.workspace_id = ${ws} and ${leadInScope(paths)}`;

/**
 * Open matters counted by light, overall and by lead unit, list and lead leader, in one scan
 * (GROUPING SETS). red: a pending deadline before today; yellow: one within the window;
 * overdue: the final deadline (办结期限) has passed.
 */
export async function boardCounts(
  db: DbOrTx,
  o: {
    workspaceId: string;
    paths: string[];
    today: IsoDate;
    yellowWithinDays: number;
    /** Only the counts by lead unit (the backlog page): one grouping instead of four; the
     * total and the list and leader groups then stay empty. */
    unitsOnly?: boolean;
    /**
     * Remember the counts for every caller of this pool and bring them up to date from the
     * matters that changed (matter-counts-memo.ts; the cockpit), instead of per handle.
     */
    shared?: Db;
  },
) {
  const until = addNaturalDays(o.today, o.yellowWithinDays);
  const keys = o.unitsOnly
    ? sql`0 as g_unit, 1 as g_list, 1 as g_leader,
      m.lead_unit_id::text as unit, null as list, null as leader`
    : sql`grouping(m.lead_unit_id) as g_unit, grouping(m.list_id) as g_list,
      grouping(m.lead_leader) as g_leader,
      m.lead_unit_id::text as unit, m.list_id::text as list, m.lead_leader as leader`;
  const groups = o.unitsOnly
    ? sql`m.lead_unit_id`
    : sql`grouping sets ((), (m.lead_unit_id), (m.list_id), (m.lead_leader))`;
  const query = (rows: MatterRows) => sql`select ${keys},
      ${rows.count()} as open,
      ${rows.count(sql`m.next_due < ${o.today}::date`)} as red,
      ${rows.count(sql`m.next_due >= ${o.today}::date and m.next_due <= ${until}::date`)} as yellow,
      ${rows.count(sql`m.final_due < ${o.today}::date`)} as overdue
    ${FROM_SCOPED(o.workspaceId, o.paths, rows)} and m.status in ${OPEN_STATUS_SQL}
    group by ${groups}`;
  const rows = o.shared
    ? await memoMatterCounts<BoardRow>(o.shared, query, [
        'g_unit',
        'g_list',
        'g_leader',
        'unit',
        'list',
        'leader',
      ])
    : await memoRows<BoardRow>(db, query(matterTable));
  const total: LightCounts = { open: 0, red: 0, yellow: 0, green: 0, overdue: 0 };
  const byUnit: BoardGroup[] = [];
  const byList: BoardGroup[] = [];
  const byLeader: BoardGroup[] = [];
  for (const row of rows) {
    const counts = {
      open: row.open,
      red: row.red,
      yellow: row.yellow,
      green: row.open - row.red - row.yellow,
      overdue: row.overdue,
    };
    if (row.g_unit === 0) byUnit.push({ key: row.unit, ...counts });
    else if (row.g_list === 0) byList.push({ key: row.list, ...counts });
    else if (row.g_leader === 0) byLeader.push({ key: row.leader, ...counts });
    else Object.assign(total, counts);
  }
  return { total, byUnit, byList, byLeader };
}

export type MonthRow = {
  unit: string;
  assigned: number;
  closed: number;
  closed_on_time: number;
  overdue_open: number;
  backlog: number;
  feedback_due: number;
  feedback_on_time: number;
};

/**
 * The monthly statistics of domain.md §3, per lead unit, for the days from `start` to `end`
 * (the month's end, or today while the month runs). Feedback due: the 3-day feedback deadline
 * and every time node falling in those days; on time when reported by its date.
 */
export async function monthRows(
  db: DbOrTx,
  o: { workspaceId: string; paths: string[]; start: IsoDate; end: IsoDate },
): Promise<MonthRow[]> {
  const s = sql`${o.start}::date`;
  const e = sql`${o.end}::date`;
  return memoRows<MonthRow>(
    db,
    sql`with sm as (
      select m.id, m.lead_unit_id, m.assigned_on, m.closed_on, m.final_due, m.feedback_due,
        m.feedback_met_on
      ${FROM_SCOPED(o.workspaceId, o.paths)}
        and m.assigned_on <= ${e} and (m.closed_on is null or m.closed_on >= ${s})
    ), a as (
      select lead_unit_id as unit,
        count(*) filter (where assigned_on >= ${s}) as assigned,
        count(*) filter (where closed_on <= ${e}) as closed,
        count(*) filter (where closed_on <= ${e} and closed_on <= final_due) as closed_on_time,
        count(*) filter (where (closed_on is null or closed_on > ${e}) and final_due < ${e}) as overdue_open,
        count(*) filter (where closed_on is null or closed_on > ${e}) as backlog,
        count(*) filter (where feedback_due between ${s} and ${e}) as fb_due,
        count(*) filter (where feedback_due between ${s} and ${e} and feedback_met_on <= feedback_due) as fb_ok
      from sm group by lead_unit_id
    ), n as (
      select sm.lead_unit_id as unit, count(*) as due,
        count(*) filter (where nd.done_on <= nd.due) as ok
      from matter_nodes nd join sm on nd.matter_id = sm.id
      where nd.workspace_id = ${o.workspaceId} and nd.due between ${s} and ${e}
      group by sm.lead_unit_id
    )
    select coalesce(a.unit, n.unit)::text as unit,
      coalesce(a.assigned, 0)::int as assigned, coalesce(a.closed, 0)::int as closed,
      coalesce(a.closed_on_time, 0)::int as closed_on_time,
      coalesce(a.overdue_open, 0)::int as overdue_open, coalesce(a.backlog, 0)::int as backlog,
      (coalesce(a.fb_due, 0) + coalesce(n.due, 0))::int as feedback_due,
      (coalesce(a.fb_ok, 0) + coalesce(n.ok, 0))::int as feedback_on_time
    from a full join n on n.unit = a.unit`,
  );
}

/** Closed in the days from start to end, per lead unit (for the backlog page). */
export async function closedBetween(
  db: DbOrTx,
  o: { workspaceId: string; paths: string[]; start: IsoDate; end: IsoDate },
): Promise<Map<string, number>> {
  const rows = await memoRows<{ unit: string; n: number }>(
    db,
    sql`select m.lead_unit_id::text as unit, count(*)::int as n
    ${FROM_SCOPED(o.workspaceId, o.paths)} and m.closed_on between ${o.start}::date and ${o.end}::date
    group by m.lead_unit_id`,
  );
  return new Map(rows.map((x) => [x.unit, x.n]));
}

export async function namesOf(
  db: DbOrTx,
  ws: string,
  table: 'units' | 'matter_lists',
  ids: string[],
) {
  const out = new Map<string, { name: string; sortKey: string }>();
  if (ids.length === 0) return out;
  const col = table === 'units' ? sql`name, sort_key` : sql`title as name, title as sort_key`;
  const r = await db.execute(sql`select id::text, ${col} from ${sql.raw(table)}
    where workspace_id = ${ws} and id = any(${uuidArray(ids)})`);
  for (const row of r.rows as { id: string; name: string; sort_key: string }[]) {
    out.set(row.id, { name: row.name, sortKey: row.sort_key });
  }
  return out;
}

export type DeadlineRow = z.infer<typeof Deadline>;

/**
 * The deadlines the monthly 反馈及时率 counts, one row each (monthRows' feedback_due): the
 * 3-day feedback deadline and every time node due from `start` to `end`, of the matters in
 * the month, by lead unit when `unitId` is given; `onTime` keeps those met by their date.
 */
export async function monthDeadlines(
  db: DbOrTx,
  o: {
    workspaceId: string;
    paths: string[];
    start: IsoDate;
    end: IsoDate;
    unitId?: string;
    onTime?: boolean;
    limit: number;
    offset: number;
  },
): Promise<{ rows: DeadlineRow[]; total: number }> {
  const s = sql`${o.start}::date`;
  const e = sql`${o.end}::date`;
  const r = await db.execute(sql`with sm as (
      select m.id, m.title, m.feedback_due, m.feedback_met_on
      ${FROM_SCOPED(o.workspaceId, o.paths)}
        and m.assigned_on <= ${e} and (m.closed_on is null or m.closed_on >= ${s})
        ${o.unitId ? sql`and m.lead_unit_id = ${o.unitId}` : sql``}
    ), d as (
      select sm.id, sm.title, 'feedback' as kind, '' as name, sm.feedback_due as due,
        sm.feedback_met_on as done_on
      from sm where sm.feedback_due between ${s} and ${e}
      union all
      select sm.id, sm.title, 'node', nd.title, nd.due, nd.done_on
      from matter_nodes nd join sm on nd.matter_id = sm.id
      where nd.workspace_id = ${o.workspaceId} and nd.due between ${s} and ${e}
    ), t as (select d.*, coalesce(d.done_on <= d.due, false) as on_time from d)
    select t.id::text as "matterId", t.title, t.kind, t.name, t.due::text as due,
      t.done_on::text as "doneOn", t.on_time as "onTime", count(*) over ()::int as total
    from t ${o.onTime ? sql`where t.on_time` : sql``}
    order by t.due, t.title, t.kind limit ${o.limit} offset ${o.offset}`);
  const rows = r.rows as unknown as (DeadlineRow & { total: number })[];
  // An empty page past the end still needs its total: counted on its own.
  const total =
    rows[0]?.total ??
    (o.offset === 0 ? 0 : (await monthDeadlines(db, { ...o, limit: 1, offset: 0 })).total);
  return { rows: rows.map(({ total: _, ...x }) => x), total };
}
