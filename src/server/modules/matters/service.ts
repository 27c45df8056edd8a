import { and, eq, inArray, sql } from 'drizzle-orm';
import { daysBetween, type IsoDate } from '../../../core/dates';
import { computeDeadlines, finalDeadline } from '../../../core/matters/deadline-rules';
import { pathInScope } from '../../auth/scope';
import type { Db, DbOrTx, Tx } from '../../db/connection';
import { matterCooperators, matterNodes, matters, units } from '../../db/schema';
import { writeTx, type Audit } from '../../db/write';
import { badRequest, forbidden, notFound } from '../../errors';
import { workspaceCalendar } from '../calendar/service';
import { notifyWho } from '../notifications/service';
import { matterScope } from './access';
import { addEvent, checkAction, loadForWrite, saveMatter, type Caller } from './context';
import { liaisonsSql } from './queries';
import type { CreateMatterInput } from './schema';
import { loadMatterSettings, ruleByCode } from './settings';

/** The active units among the ids, by id (the lead and cooperating units in one query). */
async function activeUnitsById(tx: DbOrTx, ws: string, ids: string[]) {
  const rows = await tx
    .select({ id: units.id, name: units.name, path: units.path })
    .from(units)
    .where(and(eq(units.workspaceId, ws), inArray(units.id, ids), eq(units.active, true)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The list exists, and the next 序号 in it (ignoring the matter being edited). */
async function listAndNextSeq(tx: DbOrTx, ws: string, listId: string, currentId?: string) {
  const r = await tx.execute(sql`select (select coalesce(max(seq), 0) + 1 from matters
      where workspace_id = ${ws} and list_id = ${listId} and id <> ${currentId ?? ws}) as n
    from matter_lists where workspace_id = ${ws} and id = ${listId}`);
  const row = r.rows[0] as { n: number } | undefined;
  if (!row) throw notFound('清单');
  return Number(row.n);
}

export interface MatterFields extends CreateMatterInput {
  seq?: number | null;
}

/** Checks a draft's fields against the caller's scope; returns what the row needs. */
async function prepareFields(tx: Tx, caller: Caller, f: MatterFields, currentId?: string) {
  const ws = caller.auth.workspaceId;
  const supervisorPaths = matterScope(caller.auth, ['supervisor']);
  if (supervisorPaths.length === 0) throw forbidden('只有督查人员可以立项');
  const coops = [...new Set(f.cooperatingUnitIds)].filter((id) => id !== f.leadUnitId);
  const found = await activeUnitsById(tx, ws, [f.leadUnitId, ...coops]);
  const lead = found.get(f.leadUnitId);
  if (!lead || !pathInScope(lead.path, supervisorPaths)) throw notFound('牵头单位');
  if (coops.some((id) => !found.has(id))) throw notFound('配合单位');
  let seq = f.seq ?? null;
  if (f.listId) {
    const next = await listAndNextSeq(tx, ws, f.listId, currentId);
    seq ??= next;
  }
  const rule = ruleByCode(await loadMatterSettings(tx, ws, caller.auth.settings), f.ruleCode);
  return {
    values: {
      listId: f.listId ?? null,
      seq,
      title: f.title,
      source: f.source,
      leadLeader: f.leadLeader,
      leadUnitId: f.leadUnitId,
      content: f.content,
      complexity: f.complexity,
      tags: f.tags,
      ruleCode: rule.code,
      dayKind: rule.dayKind,
    },
    coops,
  };
}

/** Writes the cooperating units and time nodes; `replace` first removes the old ones. */
async function writeParts(
  tx: Tx,
  ws: string,
  id: string,
  coops: string[],
  f: MatterFields,
  replace: boolean,
) {
  if (replace) {
    await tx
      .delete(matterCooperators)
      .where(and(eq(matterCooperators.workspaceId, ws), eq(matterCooperators.matterId, id)));
    await tx
      .delete(matterNodes)
      .where(and(eq(matterNodes.workspaceId, ws), eq(matterNodes.matterId, id)));
  }
  if (coops.length > 0) {
    await tx
      .insert(matterCooperators)
      .values(coops.map((unitId) => ({ workspaceId: ws, matterId: id, unitId })));
  }
  if (f.nodes.length > 0) {
    await tx.insert(matterNodes).values(
      [...f.nodes]
        .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0))
        .map((n, i) => ({
          workspaceId: ws,
          matterId: id,
          seq: i + 1,
          title: n.title,
          due: n.due,
        })),
    );
  }
}

/** Inserts a draft matter with its cooperating units and time nodes (callers audit). */
export async function insertDraft(tx: Tx, caller: Caller, f: MatterFields): Promise<string> {
  const ws = caller.auth.workspaceId;
  const { values, coops } = await prepareFields(tx, caller, f);
  const id = crypto.randomUUID();
  await tx
    .insert(matters)
    .values({ workspaceId: ws, id, ...values, createdBy: caller.actor.userId });
  await writeParts(tx, ws, id, coops, f, false);
  await addEvent(tx, caller, { matterId: id, action: 'create', toStatus: 'draft' });
  return id;
}

export async function createMatter(db: Db, caller: Caller, f: MatterFields): Promise<string> {
  return writeTx(db, caller.actor, async (tx, audit) => {
    const id = await insertDraft(tx, caller, f);
    await audit({
      action: 'matter.created',
      entityType: 'matter',
      entityId: id,
      summary: `立项：${f.title}`,
      after: f,
    });
    return id;
  });
}

/** Edits a draft; once assigned, deadlines and content are fixed (changes go by extension). */
export async function updateDraft(
  db: Db,
  caller: Caller,
  id: string,
  f: Partial<CreateMatterInput>,
): Promise<void> {
  await writeTx(db, caller.actor, async (tx, audit) => {
    const m = await loadForWrite(tx, caller, id);
    if (!m.access.roles.includes('supervisor')) throw forbidden('只有督查人员可以修改事项');
    if (m.row.status !== 'draft') throw badRequest('事项已交办，不能再修改；如需调整期限请走延期');
    const ws = caller.auth.workspaceId;
    const nodes =
      f.nodes ??
      (
        await tx
          .select()
          .from(matterNodes)
          .where(and(eq(matterNodes.workspaceId, ws), eq(matterNodes.matterId, id)))
      ).map((n) => ({ title: n.title, due: n.due }));
    const merged: MatterFields = {
      title: f.title ?? m.row.title,
      source: f.source ?? (m.row.source as MatterFields['source']),
      listId: f.listId !== undefined ? f.listId : m.row.listId,
      leadLeader: f.leadLeader ?? m.row.leadLeader,
      leadUnitId: f.leadUnitId ?? m.row.leadUnitId,
      cooperatingUnitIds: f.cooperatingUnitIds ?? m.cooperators.map((c) => c.id),
      content: f.content ?? m.row.content,
      complexity: f.complexity ?? (m.row.complexity as 'ordinary' | 'complex'),
      ruleCode: f.ruleCode ?? m.row.ruleCode,
      nodes,
      tags: f.tags ?? m.row.tags,
      seq: f.listId !== undefined && f.listId !== m.row.listId ? null : m.row.seq,
    };
    const { values, coops } = await prepareFields(tx, caller, merged, id);
    await tx
      .update(matters)
      .set({ ...values, updatedAt: sql`now()` })
      .where(and(eq(matters.workspaceId, ws), eq(matters.id, id)));
    await writeParts(tx, ws, id, coops, merged, true);
    await audit({
      action: 'matter.updated',
      entityType: 'matter',
      entityId: id,
      summary: `修改事项：${merged.title}`,
      before: { title: m.row.title, leadUnitId: m.row.leadUnitId, content: m.row.content },
      after: merged,
    });
  });
}

/**
 * 交办: computes the rule's deadlines once, from the assignment day, on the workspace calendar
 * (Civil Code: the day itself not counted, a period ending on a rest day ends on the next
 * working day), and stores them as dates.
 */
export async function assignMatter(
  tx: Tx,
  audit: Audit,
  caller: Caller,
  id: string,
  assignedOn?: IsoDate,
): Promise<void> {
  const m = await loadForWrite(tx, caller, id);
  const { to } = checkAction(m, 'assign', {});
  const on = assignedOn ?? caller.today;
  if (on > caller.today) throw badRequest('交办日期不能晚于今天', 'assignedOn');
  if (daysBetween(on, caller.today) > 366) throw badRequest('交办日期不能早于一年前', 'assignedOn');
  const ws = caller.auth.workspaceId;
  const settings = await loadMatterSettings(tx, ws, caller.auth.settings);
  const rule = ruleByCode(settings, m.row.ruleCode);
  const calendar = await workspaceCalendar(tx, ws);
  const complexity = m.row.complexity as 'ordinary' | 'complex';
  const deadlines = computeDeadlines(rule, { assignedOn: on, complexity }, calendar);
  const due = (k: string) => deadlines.find((d) => d.key === k)?.due ?? null;
  const final = finalDeadline(deadlines);
  await saveMatter(tx, m, {
    status: to,
    assignedOn: on,
    deadlines,
    deployDue: due('deploy'),
    feedbackDue: due('feedback'),
    originalFinalDue: final,
    finalDue: final,
  });
  await addEvent(tx, caller, {
    matterId: id,
    action: 'assign',
    fromStatus: m.row.status,
    toStatus: to,
    detail: { deadlines },
  });
  await notifyWho(tx, liaisonsSql(ws, [m.row.leadUnitId, ...m.cooperators.map((c) => c.id)]), {
    workspaceId: ws,
    matterId: id,
    kind: 'assigned',
    title: `新交办事项：${m.row.title}`,
    body: `办结期限 ${final ?? '—'}，请于 ${due('feedback') ?? '—'} 前反馈办理情况`,
  });
  await audit({
    action: 'matter.assigned',
    entityType: 'matter',
    entityId: id,
    summary: `交办事项：${m.row.title}（${m.row.leadUnitName}，办结期限 ${final}）`,
    before: { status: m.row.status },
    after: { status: to, assignedOn: on, deadlines },
  });
}
