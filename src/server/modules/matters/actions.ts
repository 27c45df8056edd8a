import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  ACTIONS,
  STATUS_LABELS,
  type MatterAction,
  type MatterStatus,
} from '../../../core/matters/lifecycle';
import type { Tx } from '../../db/connection';
import {
  matterExtensions,
  matterNodes,
  matterReports,
  matters,
  notifications,
} from '../../db/schema';
import type { Audit } from '../../db/write';
import { badRequest, forbidden } from '../../errors';
import { notifyWho } from '../notifications/service';
import {
  addEvent,
  checkAction,
  loadForWrite,
  saveMatter,
  type Caller,
  type LoadedMatter,
} from './context';
import { liaisonsSql, pendingExtension, supervisorsSql } from './queries';

// The lifecycle's actions other than assignment. Each runs inside the caller's transaction:
// it checks the state machine, writes the change, the timeline event, notifications and the
// audit record together.

async function audited(
  audit: Audit,
  m: LoadedMatter,
  action: string,
  summary: string,
  after: unknown,
) {
  await audit({
    action: `matter.${action}`,
    entityType: 'matter',
    entityId: m.row.id,
    summary: `${summary}：${m.row.title}`,
    before: { status: m.row.status, finalDue: m.row.finalDue },
    after,
  });
}

async function tellUnit(tx: Tx, m: LoadedMatter, kind: string, title: string, body = '') {
  const ws = m.row.workspaceId;
  const who = liaisonsSql(ws, [m.row.leadUnitId]);
  await notifyWho(tx, who, { workspaceId: ws, matterId: m.row.id, kind, title, body });
}

async function tellSupervisors(tx: Tx, m: LoadedMatter, kind: string, title: string, body = '') {
  const ws = m.row.workspaceId;
  const who = supervisorsSql(ws, m.row.leadUnitPath);
  await notifyWho(tx, who, { workspaceId: ws, matterId: m.row.id, kind, title, body });
}

/** Actions that only move the status: sign, request_closeout, review_pass, return, close. */
export async function simpleAction(
  tx: Tx,
  audit: Audit,
  caller: Caller,
  id: string,
  action: Extract<MatterAction, 'sign' | 'request_closeout' | 'review_pass' | 'return' | 'close'>,
  input: { reason?: string; rating?: string; note?: string },
): Promise<void> {
  const m = await loadForWrite(tx, caller, id);
  const { to } = checkAction(m, action, input);
  const changes: Partial<typeof matters.$inferInsert> = { status: to };
  if (action === 'sign') changes.signedOn = caller.today;
  if (action === 'request_closeout') changes.closeoutRequestedOn = caller.today;
  if (action === 'return') changes.closeoutRequestedOn = null;
  if (action === 'close') {
    changes.closedOn = caller.today;
    changes.rating = input.rating!;
  }
  await saveMatter(tx, m, changes);
  const note = input.reason ?? input.note ?? null;
  await addEvent(tx, caller, {
    matterId: id,
    action,
    fromStatus: m.row.status,
    toStatus: to,
    note,
    detail: input.rating ? { rating: input.rating } : null,
  });
  const label = ACTIONS[action].labelZh;
  if (action === 'request_closeout') {
    await tellSupervisors(
      tx,
      m,
      'closeout_requested',
      `${m.row.leadUnitName}申请办结：${m.row.title}`,
    );
  } else if (action === 'return') {
    await tellUnit(tx, m, 'returned', `事项被退回：${m.row.title}`, `退回理由：${input.reason}`);
  } else if (action === 'close') {
    // A closed matter asks nothing of anyone: its earlier notifications are done with.
    await closeNotifications(tx, m.row.workspaceId, id);
    await tellUnit(tx, m, 'closed', `事项已办结销号：${m.row.title}`, `评定等次：${input.rating}`);
  }
  await audited(audit, m, action, label, {
    status: to,
    reason: input.reason,
    rating: input.rating,
  });
}

export interface ReportInput {
  content: string;
  percent?: number;
  nodeIdsDone: string[];
}

/**
 * A progress report. From the lead unit's liaison it is the lifecycle's "report" (signed_for →
 * in_progress, the first one meets the 3-day feedback deadline); from a cooperating unit's
 * liaison it is feedback that leaves the status alone.
 */
export async function reportProgress(
  tx: Tx,
  audit: Audit,
  caller: Caller,
  id: string,
  input: ReportInput,
): Promise<void> {
  const m = await loadForWrite(tx, caller, id);
  const ws = caller.auth.workspaceId;
  const asLead = m.access.roles.includes('lead_unit_liaison');
  let to = m.row.status;
  let unitId = m.row.leadUnitId;
  if (asLead || !m.access.cooperatingLiaison) {
    to = checkAction(m, 'report', {}).to;
  } else {
    if (!['assigned', 'signed_for', 'in_progress'].includes(m.row.status)) {
      throw badRequest(
        `事项当前状态为"${STATUS_LABELS[m.row.status as MatterStatus].zh}"，不能再反馈`,
      );
    }
    if (input.nodeIdsDone.length > 0) throw forbidden('配合单位不能标记时间节点完成');
    const mine = m.cooperators.find((c) =>
      caller.auth.roles.some((g) => g.role === 'liaison' && c.path.startsWith(g.unitPath)),
    );
    unitId = mine!.id;
  }
  if (input.nodeIdsDone.length > 0) {
    const done = await tx
      .update(matterNodes)
      .set({ doneOn: caller.today })
      .where(
        and(
          eq(matterNodes.workspaceId, ws),
          eq(matterNodes.matterId, id),
          inArray(matterNodes.id, input.nodeIdsDone),
          sql`${matterNodes.doneOn} is null`,
        ),
      )
      .returning({ id: matterNodes.id });
    if (done.length !== new Set(input.nodeIdsDone).size) {
      throw badRequest('所选时间节点不属于该事项或已完成', 'nodeIdsDone');
    }
  }
  if (to !== m.row.status) {
    await addEvent(tx, caller, {
      matterId: id,
      action: 'start',
      fromStatus: m.row.status,
      toStatus: to,
    });
  }
  await tx.insert(matterReports).values({
    workspaceId: ws,
    matterId: id,
    unitId,
    authorId: caller.actor.userId,
    authorName: caller.actor.name,
    reportedOn: caller.today,
    content: input.content,
    percent: input.percent ?? null,
    cooperating: !asLead,
    createdAt: caller.clock?.() ?? new Date(),
  });
  const changes: Partial<typeof matters.$inferInsert> = { lastReportOn: caller.today };
  if (asLead) {
    changes.status = to;
    if (!m.row.feedbackMetOn) changes.feedbackMetOn = caller.today;
  }
  await saveMatter(tx, m, changes, { nodesChanged: input.nodeIdsDone.length > 0 });
  await audited(
    audit,
    m,
    asLead ? 'reported' : 'cooperating_feedback',
    asLead ? '反馈办理情况' : '配合单位反馈',
    {
      status: to,
      content: input.content,
      percent: input.percent,
      nodeIdsDone: input.nodeIdsDone,
    },
  );
}

export async function requestExtension(
  tx: Tx,
  audit: Audit,
  caller: Caller,
  id: string,
  input: { reason: string; requestedDue: string },
): Promise<void> {
  const m = await loadForWrite(tx, caller, id);
  checkAction(m, 'request_extension', input);
  if (!m.row.finalDue || input.requestedDue <= m.row.finalDue) {
    throw badRequest(`申请延期的日期必须晚于现在的办结期限（${m.row.finalDue}）`, 'requestedDue');
  }
  await tx.insert(matterExtensions).values({
    workspaceId: caller.auth.workspaceId,
    matterId: id,
    requestedBy: caller.actor.userId,
    requestedByName: caller.actor.name,
    requestedOn: caller.today,
    reason: input.reason,
    requestedDue: input.requestedDue,
  });
  await saveMatter(tx, m, { extensionPending: true });
  await addEvent(tx, caller, {
    matterId: id,
    action: 'request_extension',
    note: input.reason,
    detail: { requestedDue: input.requestedDue },
  });
  await tellSupervisors(
    tx,
    m,
    'extension_requested',
    `${m.row.leadUnitName}申请延期：${m.row.title}`,
    `申请延期至 ${input.requestedDue}：${input.reason}`,
  );
  await audited(audit, m, 'extension_requested', '申请延期', input);
}

export async function decideExtension(
  tx: Tx,
  audit: Audit,
  caller: Caller,
  id: string,
  extensionId: string,
  input: { grant: boolean; reason?: string; grantedDue?: string },
): Promise<void> {
  const m = await loadForWrite(tx, caller, id);
  const action = input.grant ? 'grant_extension' : 'refuse_extension';
  checkAction(m, action, input);
  const ext = await pendingExtension(tx, caller.auth.workspaceId, id);
  if (!ext || ext.id !== extensionId) throw badRequest('该延期申请不存在或已处理', 'extensionId');
  const grantedDue = input.grant ? (input.grantedDue ?? ext.requestedDue) : null;
  if (grantedDue && (!m.row.finalDue || grantedDue <= m.row.finalDue)) {
    throw badRequest(`批准的期限必须晚于现在的办结期限（${m.row.finalDue}）`, 'grantedDue');
  }
  await tx
    .update(matterExtensions)
    .set({
      status: input.grant ? 'granted' : 'refused',
      decidedByName: caller.actor.name,
      decidedOn: caller.today,
      decisionReason: input.reason ?? null,
      grantedDue,
    })
    .where(
      and(
        eq(matterExtensions.workspaceId, caller.auth.workspaceId),
        eq(matterExtensions.id, ext.id),
      ),
    );
  await saveMatter(tx, m, {
    extensionPending: false,
    ...(grantedDue ? { finalDue: grantedDue } : {}),
  });
  await addEvent(tx, caller, {
    matterId: id,
    action,
    note: input.reason ?? null,
    detail: grantedDue ? { from: m.row.finalDue, to: grantedDue } : null,
  });
  await tellUnit(
    tx,
    m,
    action,
    input.grant ? `延期申请已批准：${m.row.title}` : `延期申请未获批准：${m.row.title}`,
    input.grant ? `办结期限延至 ${grantedDue}` : `理由：${input.reason}`,
  );
  await audited(audit, m, action, input.grant ? '批准延期' : '驳回延期申请', {
    grantedDue,
    reason: input.reason,
  });
}

/** 催办 by a person (the escalation job sends its own). */
export async function remind(tx: Tx, audit: Audit, caller: Caller, id: string, note?: string) {
  const m = await loadForWrite(tx, caller, id);
  checkAction(m, 'remind', {});
  await tx
    .update(matters)
    .set({ remindersSent: sql`${matters.remindersSent} + 1` })
    .where(and(eq(matters.workspaceId, m.row.workspaceId), eq(matters.id, id)));
  await addEvent(tx, caller, { matterId: id, action: 'remind', note: note ?? null });
  await tellUnit(
    tx,
    m,
    'reminder',
    `催办：${m.row.title}`,
    note ?? `办结期限 ${m.row.finalDue}，请抓紧办理并及时反馈`,
  );
  await audited(audit, m, 'reminded', '催办', { note });
}

async function closeNotifications(tx: Tx, ws: string, matterId: string) {
  await tx
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.workspaceId, ws),
        eq(notifications.matterId, matterId),
        isNull(notifications.readAt),
      ),
    );
}

/**
 * 领导批示: the leader writes an instruction on an open matter. It is kept in the timeline
 * (an event with the text) and sent to the lead unit's liaisons and to the supervisors.
 */
export async function instruct(
  tx: Tx,
  audit: Audit,
  caller: Caller,
  id: string,
  instruction: string,
) {
  const m = await loadForWrite(tx, caller, id);
  checkAction(m, 'instruct', { reason: instruction });
  await addEvent(tx, caller, { matterId: id, action: 'instruct', note: instruction });
  const title = `领导批示：${m.row.title}`;
  const body = `${caller.auth.displayName}批示：${instruction}`;
  await tellUnit(tx, m, 'instruction', title, body);
  await tellSupervisors(tx, m, 'instruction', title, body);
  await audited(audit, m, 'instructed', '领导批示', { instruction });
}
