import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { IsoDate } from '../../../core/dates';
import type { DbOrTx } from '../../db/connection';
import { memoCountAlong } from '../../db/count-memo';
import {
  matterEvents,
  matterExtensions,
  matterLists,
  matterNodes,
  matterReports,
  matters,
  units,
} from '../../db/schema';
import {
  lightIs,
  OPEN_STATUS_SQL,
  scopeUnitIds,
  uuidArray,
  visibleMatter,
  visibleMatterIn,
} from './access';

// Aliases m and lu: the scope and light SQL in access.ts refer to them.
export const m = alias(matters, 'm');
export const lu = alias(units, 'lu');
const ml = alias(matterLists, 'ml');

export type MatterRow = typeof matters.$inferSelect & {
  leadUnitName: string;
  leadUnitPath: string;
  listTitle: string | null;
};

const rowColumns = {
  matter: m,
  leadUnitName: lu.name,
  leadUnitPath: lu.path,
  listTitle: ml.title,
};

function flatten(r: {
  matter: typeof matters.$inferSelect;
  leadUnitName: string;
  leadUnitPath: string;
  listTitle: string | null;
}): MatterRow {
  return {
    ...r.matter,
    leadUnitName: r.leadUnitName,
    leadUnitPath: r.leadUnitPath,
    listTitle: r.listTitle,
  };
}

/** Matters with their lead unit and list; `extra` adds columns (subqueries on m). */
function baseQuery<E extends Record<string, SQL>>(db: DbOrTx, extra: E = {} as E) {
  return db
    .select({ ...rowColumns, ...extra })
    .from(m)
    .innerJoin(lu, and(eq(lu.workspaceId, m.workspaceId), eq(lu.id, m.leadUnitId)))
    .leftJoin(ml, and(eq(ml.workspaceId, m.workspaceId), eq(ml.id, m.listId)));
}

export interface MatterFilter {
  status?: string;
  light?: 'red' | 'yellow' | 'green';
  unitId?: string;
  /** Matters led by this unit or any unit below it. */
  unitPath?: string;
  listId?: string;
  leader?: string;
  q?: string;
  /** Matters where one of these units cooperates. */
  cooperatingUnitPaths?: string[];
  /** Open at the end of that day with the final deadline before it (超期未办结 as of then). */
  overdueAt?: string;
  /** Closed on or before the final deadline (按期办结); same as onTime. */
  closedOnTime?: boolean;
  noLeader?: boolean;
  /** Open with the final deadline (办结期限) passed: the board's 超期. */
  overdue?: boolean;
  /** lead: led by a unit in scope (what the board and statistics count); cooperating: only
   * cooperated on by one. */
  involvement?: 'lead' | 'cooperating';
  assignedFrom?: string;
  assignedTo?: string;
  closedFrom?: string;
  closedTo?: string;
  /** Closed on or before the final deadline. */
  onTime?: boolean;
  /** Assigned by that day and not closed by it: the month-end backlog. */
  openAt?: string;
  dueBefore?: string;
}

/** Exported for the counts beside the list (counts.ts): the same filters, the same numbers. */
export function conditions(
  ws: string,
  unitIds: string[] | null,
  today: IsoDate,
  w: number,
  f: MatterFilter,
) {
  const conds: (SQL | undefined)[] = [eq(m.workspaceId, ws), visibleMatterIn(ws, unitIds)];
  if (f.status === 'open') conds.push(sql`${m.status} in ${OPEN_STATUS_SQL}`);
  else if (f.status) conds.push(eq(m.status, f.status));
  if (f.light) conds.push(lightIs(today, w, f.light));
  if (f.unitId) conds.push(eq(m.leadUnitId, f.unitId));
  if (f.unitPath) conds.push(sql`lu.path like ${f.unitPath + '%'}`);
  if (f.listId) conds.push(eq(m.listId, f.listId));
  if (f.leader) conds.push(eq(m.leadLeader, f.leader));
  if (f.overdueAt) {
    const d = sql`${f.overdueAt}::date`;
    conds.push(
      sql`(${m.assignedOn} <= ${d} and (${m.closedOn} is null or ${m.closedOn} > ${d}) and ${m.finalDue} < ${d})`,
    );
  }
  if (f.closedOnTime) conds.push(sql`${m.closedOn} <= ${m.finalDue}`);
  if (f.q) conds.push(sql`${m.title} like ${'%' + f.q.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}`);
  conds.push(...drillDown(unitIds, today, f));
  return and(...conds);
}

function drillDown(unitIds: string[] | null, today: IsoDate, f: MatterFilter): SQL[] {
  const out: SQL[] = [];
  if (f.noLeader) out.push(sql`${m.leadLeader} = ''`);
  if (f.overdue)
    out.push(sql`(${m.status} in ${OPEN_STATUS_SQL} and ${m.finalDue} < ${today}::date)`);
  const ids = unitIds === null ? null : uuidArray(unitIds);
  if (f.involvement === 'lead' && ids) out.push(sql`${m.leadUnitId} = any(${ids})`);
  if (f.involvement === 'cooperating')
    out.push(ids ? sql`not (${m.leadUnitId} = any(${ids}))` : sql`false`);
  if (f.assignedFrom) out.push(sql`${m.assignedOn} >= ${f.assignedFrom}::date`);
  if (f.assignedTo) out.push(sql`${m.assignedOn} <= ${f.assignedTo}::date`);
  if (f.closedFrom) out.push(sql`${m.closedOn} >= ${f.closedFrom}::date`);
  if (f.closedTo) out.push(sql`${m.closedOn} <= ${f.closedTo}::date`);
  if (f.onTime) out.push(sql`${m.closedOn} <= ${m.finalDue}`);
  if (f.openAt)
    out.push(
      sql`(${m.assignedOn} <= ${f.openAt}::date and (${m.closedOn} is null or ${m.closedOn} > ${f.openAt}::date))`,
    );
  if (f.dueBefore) out.push(sql`${m.finalDue} < ${f.dueBefore}::date`);
  return out;
}

export async function listMatters(
  db: DbOrTx,
  o: {
    workspaceId: string;
    paths: string[];
    today: IsoDate;
    yellowWithinDays: number;
    filter: MatterFilter;
    page: number;
    pageSize: number;
  },
): Promise<{ rows: MatterRow[]; total: number }> {
  const unitIds = await scopeUnitIds(db, o.workspaceId, o.paths);
  const where = conditions(o.workspaceId, unitIds, o.today, o.yellowWithinDays, o.filter);
  // The lead unit is joined only when a condition reads it: every matter has one (foreign
  // key), and without the join the count is an index-only scan.
  const counted = db.select({ n: sql<number>`count(*)::int` }).from(m);
  const count = memoCountAlong(
    db,
    (o.filter.unitPath
      ? counted.innerJoin(lu, and(eq(lu.workspaceId, m.workspaceId), eq(lu.id, m.leadUnitId)))
      : counted
    )
      .where(where)
      .getSQL(),
  );
  // The page and its total in one statement (the total remembered until a matter changes).
  const rows = await baseQuery(db, { total: count.column })
    .where(where)
    .orderBy(sql`${m.nextDue} asc nulls last`, asc(m.listId), asc(m.seq), desc(m.createdAt))
    .limit(o.pageSize)
    .offset((o.page - 1) * o.pageSize);
  return { rows: rows.map(flatten), total: await count.total(rows[0]?.total) };
}

/**
 * The ids of a list's matters the caller may see, in ledger order (序号), and a loader for
 * their rows a page at a time: a 100k-matter ledger never sits in memory whole.
 */
export async function listLedgerIds(
  db: DbOrTx,
  ws: string,
  paths: string[],
  listId: string,
): Promise<string[]> {
  const unitIds = await scopeUnitIds(db, ws, paths);
  const rows = await db
    .select({ id: m.id })
    .from(m)
    .where(and(eq(m.workspaceId, ws), visibleMatterIn(ws, unitIds), eq(m.listId, listId)))
    .orderBy(sql`${m.seq} asc nulls last`, asc(m.createdAt), asc(m.id));
  return rows.map((r) => r.id);
}

export async function matterRowsByIds(db: DbOrTx, ws: string, ids: string[]): Promise<MatterRow[]> {
  if (ids.length === 0) return [];
  const rows = await baseQuery(db).where(
    and(eq(m.workspaceId, ws), sql`${m.id} = any(${uuidArray(ids)})`),
  );
  const byId = new Map(rows.map((r) => [r.matter.id, flatten(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Cooperating unit names of many matters at once, joined with 、 as ledgers write them. */
export async function cooperatorNames(db: DbOrTx, ws: string, ids: string[]) {
  const out = new Map<string, string>();
  if (ids.length === 0) return out;
  const r =
    await db.execute(sql`select c.matter_id, string_agg(u.name, '、' order by u.sort_key) as names
    from matter_cooperators c join units u on u.workspace_id = c.workspace_id and u.id = c.unit_id
    where c.workspace_id = ${ws} and c.matter_id = any(${uuidArray(ids)})
    group by c.matter_id`);
  for (const row of r.rows as { matter_id: string; names: string }[])
    out.set(row.matter_id, row.names);
  return out;
}

export interface UnitRef {
  id: string;
  name: string;
  path: string;
}

// The matter's cooperating units, correlated to the row alias m (for the one-query reads).
const cooperatorsJson = sql<UnitRef[]>`(select coalesce(json_agg(json_build_object(
    'id', u.id, 'name', u.name, 'path', u.path) order by u.sort_key), '[]')
  from matter_cooperators c join units u on u.workspace_id = c.workspace_id and u.id = c.unit_id
  where c.workspace_id = m.workspace_id and c.matter_id = m.id)`;

/**
 * A matter with its cooperating units in one statement, if the caller's paths reach it;
 * `forUpdate` locks the matter row too (the caller is in a transaction): every write starts
 * here, and concurrent writes to one matter queue on this lock.
 */
export async function findMatterWithCooperators(
  db: DbOrTx,
  ws: string,
  id: string,
  paths: string[],
  opts: { forUpdate?: boolean } = {},
): Promise<{ row: MatterRow; cooperators: UnitRef[]; openNodeDue: string | null } | null> {
  const withCoops = baseQuery(db, {
    cooperators: cooperatorsJson,
    // The earliest time node not yet done: what the derived next_due needs on a save.
    openNodeDue: sql<string | null>`(select min(d.due)::text from matter_nodes d
      where d.workspace_id = m.workspace_id and d.matter_id = m.id and d.done_on is null)`,
  }).where(and(eq(m.workspaceId, ws), eq(m.id, id), visibleMatter(paths)));
  const [row] = await (opts.forUpdate ? withCoops.for('update', { of: m }) : withCoops);
  return row
    ? { row: flatten(row), cooperators: row.cooperators, openNodeDue: row.openNodeDue }
    : null;
}

export async function nodesOf(db: DbOrTx, ws: string, matterId: string) {
  return db
    .select()
    .from(matterNodes)
    .where(and(eq(matterNodes.workspaceId, ws), eq(matterNodes.matterId, matterId)))
    .orderBy(asc(matterNodes.seq));
}

export interface DetailParts {
  extensions: {
    id: string;
    status: string;
    reason: string;
    requestedDue: string;
    requestedOn: string;
    requestedByName: string;
    grantedDue: string | null;
    decidedOn: string | null;
    decidedByName: string | null;
    decisionReason: string | null;
  }[];
  notices: { id: string; number: string; issuedOn: string; replyDue: string }[];
  attachments: { id: string; fileName: string; size: number; createdAt: Date }[];
  nodes: { id: string; title: string; due: string; doneOn: string | null }[];
  cooperators: { id: string; name: string; path: string }[];
}

// Everything a matter's page shows beside the matter row (five json_agg subqueries),
// correlated to the row alias m: every write answers with the matter's detail, so the row
// and its parts are read in ONE round trip.
const detailPartsJson = sql<DetailPartsJson>`(select json_build_object(
  'extensions', (select coalesce(json_agg(json_build_object('id', e.id, 'status', e.status,
        'reason', e.reason, 'requestedDue', e.requested_due, 'requestedOn', e.requested_on,
        'requestedByName', e.requested_by_name, 'grantedDue', e.granted_due,
        'decidedOn', e.decided_on, 'decidedByName', e.decided_by_name,
        'decisionReason', e.decision_reason) order by e.created_at), '[]')
       from matter_extensions e where e.workspace_id = m.workspace_id and e.matter_id = m.id),
  'notices', (select coalesce(json_agg(json_build_object('id', n.id, 'number', n.number,
        'issuedOn', n.issued_on, 'replyDue', n.reply_due) order by n.created_at), '[]')
       from supervision_notices n where n.workspace_id = m.workspace_id and n.matter_id = m.id),
  'attachments', (select coalesce(json_agg(json_build_object('id', a.id, 'fileName', a.file_name,
        'size', a.size, 'createdAt', a.created_at) order by a.created_at), '[]')
       from matter_attachments a where a.workspace_id = m.workspace_id and a.matter_id = m.id),
  'nodes', (select coalesce(json_agg(json_build_object('id', d.id, 'title', d.title,
        'due', d.due, 'doneOn', d.done_on) order by d.seq), '[]')
       from matter_nodes d where d.workspace_id = m.workspace_id and d.matter_id = m.id),
  'cooperators', ${cooperatorsJson}))`;

type DetailPartsJson = Omit<DetailParts, 'attachments'> & {
  attachments: (Omit<DetailParts['attachments'][number], 'createdAt'> & { createdAt: string })[];
};

/** A matter and everything its page shows, if the caller's paths reach it. */
export async function findMatterDetail(
  db: DbOrTx,
  ws: string,
  id: string,
  paths: string[],
): Promise<{ row: MatterRow; parts: DetailParts } | null> {
  const [row] = await baseQuery(db, { parts: detailPartsJson }).where(
    and(eq(m.workspaceId, ws), eq(m.id, id), visibleMatter(paths)),
  );
  if (!row) return null;
  const parts = row.parts;
  return {
    row: flatten(row),
    parts: {
      ...parts,
      attachments: parts.attachments.map((a) => ({ ...a, createdAt: new Date(a.createdAt) })),
    },
  };
}

export async function pendingExtension(db: DbOrTx, ws: string, matterId: string) {
  const [row] = await db
    .select()
    .from(matterExtensions)
    .where(
      and(
        eq(matterExtensions.workspaceId, ws),
        eq(matterExtensions.matterId, matterId),
        eq(matterExtensions.status, 'pending'),
      ),
    );
  return row ?? null;
}

export async function eventsOf(db: DbOrTx, ws: string, matterId: string) {
  return db
    .select()
    .from(matterEvents)
    .where(and(eq(matterEvents.workspaceId, ws), eq(matterEvents.matterId, matterId)))
    .orderBy(asc(matterEvents.at));
}

export async function reportsOf(db: DbOrTx, ws: string, matterId: string) {
  return db
    .select()
    .from(matterReports)
    .where(and(eq(matterReports.workspaceId, ws), eq(matterReports.matterId, matterId)))
    .orderBy(asc(matterReports.createdAt));
}

/** SQL selecting the liaisons of units (grants on the units themselves): `user_id`. */
export function liaisonsSql(ws: string, unitIds: string[]): SQL {
  return sql`select distinct user_id from role_assignments
    where workspace_id = ${ws} and role = 'liaison' and unit_id = any(${uuidArray(unitIds)})`;
}

/** Liaisons of units, to notify about their matters. */
export async function liaisonsOf(db: DbOrTx, ws: string, unitIds: string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const r = await db.execute(liaisonsSql(ws, unitIds));
  return r.rows.map((x) => (x as { user_id: string }).user_id);
}

/** SQL selecting the supervisors whose grant covers the unit path: `user_id`. */
export function supervisorsSql(ws: string, unitPath: string): SQL {
  return sql`select distinct ra.user_id from role_assignments ra
    join units u on u.workspace_id = ra.workspace_id and u.id = ra.unit_id
    where ra.workspace_id = ${ws} and ra.role = 'supervisor' and ${unitPath} like u.path || '%'`;
}

/** Supervisors whose grant covers the unit path. */
export async function supervisorsOver(db: DbOrTx, ws: string, unitPath: string): Promise<string[]> {
  const r = await db.execute(supervisorsSql(ws, unitPath));
  return r.rows.map((x) => (x as { user_id: string }).user_id);
}

/** The latest report of each matter, by matter id. */
export async function latestReports(db: DbOrTx, ws: string, matterIds: string[]) {
  const out = new Map<string, { content: string; percent: number | null }>();
  if (matterIds.length === 0) return out;
  // One index probe per matter that reads only its newest report (a matter has dozens).
  const r = await db.execute(sql`select r.matter_id, r.content, r.percent
    from unnest(${uuidArray(matterIds)}) as x(id)
    cross join lateral (select matter_id, content, percent from matter_reports
      where workspace_id = ${ws} and matter_id = x.id order by created_at desc limit 1) r`);
  for (const row of r.rows as { matter_id: string; content: string; percent: number | null }[]) {
    out.set(row.matter_id, { content: row.content, percent: row.percent });
  }
  return out;
}
