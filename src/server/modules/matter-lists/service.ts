import { and, asc, eq, sql } from 'drizzle-orm';
import type { MatterSource } from '../../../core/enums';
import type { Db, DbOrTx, Tx } from '../../db/connection';
import { matterLists, matters } from '../../db/schema';
import { writeTx, type Audit } from '../../db/write';
import { AppError, forbidden, notFound } from '../../errors';
import { leadInScope, matterScope, OPEN_STATUS_SQL } from '../matters/access';
import type { Caller } from '../matters/context';
import { assignMatter, insertDraft } from '../matters/service';
import type { ReportProgress } from '../../progress-stream';
import { parseMatterSheet } from './import';

type ListFields = { title: string; year: number; source: MatterSource; description: string };

/** Inserts a list inside the caller's transaction (the intake commit uses it too). */
export async function insertList(tx: Tx, audit: Audit, caller: Caller, f: ListFields) {
  if (matterScope(caller.auth, ['supervisor']).length === 0)
    throw forbidden('只有督查人员可以新建清单');
  const id = crypto.randomUUID();
  await tx
    .insert(matterLists)
    .values({ workspaceId: caller.auth.workspaceId, id, ...f, createdBy: caller.actor.userId });
  await audit({
    action: 'matter_list.created',
    entityType: 'matter_list',
    entityId: id,
    summary: `新建清单：${f.title}`,
    after: f,
  });
  return id;
}

export async function createList(db: Db, caller: Caller, f: ListFields) {
  if (matterScope(caller.auth, ['supervisor']).length === 0)
    throw forbidden('只有督查人员可以新建清单');
  return writeTx(db, caller.actor, (tx, audit) => insertList(tx, audit, caller, f));
}

export async function findList(db: DbOrTx, ws: string, id: string) {
  const [row] = await db
    .select()
    .from(matterLists)
    .where(and(eq(matterLists.workspaceId, ws), eq(matterLists.id, id)));
  if (!row) throw notFound('清单');
  return row;
}

/** A list the caller may see (the same rule as the list page); otherwise its title would leak. */
export async function visibleList(db: DbOrTx, caller: Caller, id: string) {
  const list = (await listLists(db, caller)).find((l) => l.id === id);
  if (!list) throw notFound('清单');
  return list;
}

/** Lists with the counts of the matters the caller can see in each. */
export async function listLists(db: DbOrTx, caller: Caller) {
  const ws = caller.auth.workspaceId;
  const paths = matterScope(caller.auth);
  const lists = await db
    .select()
    .from(matterLists)
    .where(eq(matterLists.workspaceId, ws))
    .orderBy(sql`${matterLists.year} desc`, asc(matterLists.title));
  const r = await db.execute(sql`select m.list_id::text as list, count(*)::int as total,
      count(*) filter (where m.status in ${OPEN_STATUS_SQL})::int as open,
      count(*) filter (where m.status = 'closed')::int as closed,
      count(*) filter (where m.status in ${OPEN_STATUS_SQL} and m.next_due < ${caller.today}::date)::int as red
    from matters m join units lu on lu.workspace_id = m.workspace_id and lu.id = m.lead_unit_id
    where m.workspace_id = ${ws} and m.list_id is not null and ${leadInScope(paths)}
    group by m.list_id`);
  const counts = new Map(
    (r.rows as { list: string; total: number; open: number; closed: number; red: number }[]).map(
      (x) => [x.list, x],
    ),
  );
  const supervisor = matterScope(caller.auth, ['supervisor']).length > 0;
  return lists
    .filter((l) => supervisor || counts.has(l.id))
    .map((l) => ({ ...l, counts: counts.get(l.id) ?? { total: 0, open: 0, closed: 0, red: 0 } }));
}

/** Imports a sheet of matters into a list as drafts: all rows or none. */
export async function importList(
  db: Db,
  caller: Caller,
  listId: string,
  /** Reads the upload; called only once the caller may import into this list. */
  readFile: () => Promise<{ name: string; data: Buffer }>,
  progress: ReportProgress = () => undefined,
) {
  const ws = caller.auth.workspaceId;
  const supervisorPaths = matterScope(caller.auth, ['supervisor']);
  if (supervisorPaths.length === 0) throw forbidden('只有督查人员可以导入清单');
  const list = await findList(db, ws, listId);
  const { data, name: fileName } = await readFile();
  progress('reading', 0, 0);
  const { rows, errors } = await parseMatterSheet(db, {
    workspaceId: ws,
    supervisorPaths,
    data,
    listId,
    listSource: list.source as MatterSource,
    progress,
  });
  if (errors.length > 0) {
    throw new AppError(
      400,
      'import_invalid',
      `导入失败：${errors.length} 处错误，未导入任何事项，请修改后重新上传`,
      'file',
      errors,
    );
  }
  return writeTx(db, caller.actor, async (tx, audit) => {
    for (const [i, row] of rows.entries()) {
      await insertDraft(tx, caller, row);
      progress('saving', i + 1, rows.length);
    }
    await audit({
      action: 'matter_list.imported',
      entityType: 'matter_list',
      entityId: listId,
      summary: `从 ${fileName} 导入 ${rows.length} 个事项到清单：${list.title}`,
      after: { fileName, count: rows.length },
    });
    return rows.length;
  });
}

/** Assigns every draft of a list on one day, in one transaction. */
export async function assignList(db: Db, caller: Caller, listId: string, assignedOn?: string) {
  const ws = caller.auth.workspaceId;
  if (matterScope(caller.auth, ['supervisor']).length === 0) {
    throw forbidden('只有督查人员可以交办清单');
  }
  await findList(db, ws, listId);
  const drafts = await db
    .select({ id: matters.id })
    .from(matters)
    .where(
      and(eq(matters.workspaceId, ws), eq(matters.listId, listId), eq(matters.status, 'draft')),
    );
  await writeTx(db, caller.actor, async (tx, audit) => {
    for (const d of drafts) await assignMatter(tx, audit, caller, d.id, assignedOn);
  });
  return drafts.length;
}
