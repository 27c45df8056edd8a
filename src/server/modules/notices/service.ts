import { and, eq, sql } from 'drizzle-orm';
import { stepDue } from '../../../core/matters/deadline-rules';
import { formatNoticeNumber } from '../../../core/matters/supervision-number';
import { daysOverdue } from '../../../core/matters/lights';
import type { DbOrTx, Tx } from '../../db/connection';
import { matters, supervisionNotices } from '../../db/schema';
import type { Audit } from '../../db/write';
import { badRequest, notFound } from '../../errors';
import { workspaceCalendar } from '../calendar/service';
import { matterScope } from '../matters/access';
import { addEvent, checkAction, loadForWrite, type Caller } from '../matters/context';
import { findMatterWithCooperators, liaisonsOf } from '../matters/queries';
import { loadMatterSettings } from '../matters/settings';
import { notify } from '../notifications/service';
import type { NoticeDocument } from './document';

export const ISSUING_OFFICE = '焦作市委督查室';

/** The next number of the prefix and year, taken atomically (one counter row per year). */
async function nextSeq(tx: DbOrTx, ws: string, prefix: string, year: number): Promise<number> {
  const r = await tx.execute(sql`insert into notice_counters (workspace_id, prefix, year, last_seq)
    values (${ws}, ${prefix}, ${year}, 1)
    on conflict (workspace_id, prefix, year) do update set last_seq = notice_counters.last_seq + 1
    returning last_seq`);
  return Number((r.rows[0] as { last_seq: number }).last_seq);
}

/** 下发督办单: numbers it per year (焦督〔2026〕15号) and tells the lead unit. */
export async function issueNotice(
  tx: Tx,
  audit: Audit,
  caller: Caller,
  id: string,
  input: { requirements?: string; replyDue?: string },
): Promise<{ id: string; number: string }> {
  const m = await loadForWrite(tx, caller, id);
  checkAction(m, 'issue_notice', {});
  const ws = caller.auth.workspaceId;
  const settings = await loadMatterSettings(tx, ws, caller.auth.settings);
  const calendar = await workspaceCalendar(tx, ws);
  // Default reply time: the 3 days of 13710, counted like any period.
  const replyDue =
    input.replyDue ??
    stepDue(
      { dayKind: m.row.dayKind as 'natural' | 'working' },
      { amount: 3, unit: 'day' },
      caller.today,
      calendar,
    );
  if (replyDue < caller.today) throw badRequest('反馈时限不能早于今天', 'replyDue');
  const year = Number(caller.today.slice(0, 4));
  const seq = await nextSeq(tx, ws, settings.noticePrefix, year);
  const number = formatNoticeNumber({ prefix: settings.noticePrefix, year, seq });
  const requirements =
    input.requirements ||
    '请你单位主要负责同志亲自研究，压实责任，倒排工期，加快推进，确保按期办结，并按时反馈办理情况。';
  const noticeId = crypto.randomUUID();
  await tx.insert(supervisionNotices).values({
    workspaceId: ws,
    id: noticeId,
    matterId: id,
    prefix: settings.noticePrefix,
    year,
    seq,
    number,
    issuedOn: caller.today,
    issuedByName: caller.actor.name,
    requirements,
    replyDue,
  });
  await tx
    .update(matters)
    .set({ noticesSent: sql`${matters.noticesSent} + 1`, updatedAt: sql`now()` })
    .where(and(eq(matters.workspaceId, ws), eq(matters.id, id)));
  await addEvent(tx, caller, {
    matterId: id,
    action: 'issue_notice',
    note: number,
    detail: { number, replyDue },
  });
  await notify(tx, {
    workspaceId: ws,
    userIds: await liaisonsOf(tx, ws, [m.row.leadUnitId]),
    matterId: id,
    kind: 'notice',
    title: `督办单 ${number}：${m.row.title}`,
    body: `请于 ${replyDue} 前反馈办理情况`,
  });
  await audit({
    action: 'matter.notice_issued',
    entityType: 'matter',
    entityId: id,
    summary: `下发督办单 ${number}：${m.row.title}`,
    after: { number, replyDue, requirements },
  });
  return { id: noticeId, number };
}

/** What the Word document shows, for a notice the caller can see. */
export async function noticeDocumentData(
  db: DbOrTx,
  caller: Pick<Caller, 'auth'>,
  noticeId: string,
): Promise<NoticeDocument> {
  const ws = caller.auth.workspaceId;
  const [notice] = await db
    .select()
    .from(supervisionNotices)
    .where(and(eq(supervisionNotices.workspaceId, ws), eq(supervisionNotices.id, noticeId)));
  if (!notice) throw notFound('督办单');
  const found = await findMatterWithCooperators(
    db,
    ws,
    notice.matterId,
    matterScope(caller.auth),
  );
  if (!found) throw notFound('督办单');
  const { row: matter, cooperators: coops } = found;
  return {
    office: ISSUING_OFFICE,
    number: notice.number,
    matterTitle: matter.title,
    leadUnit: matter.leadUnitName,
    cooperatingUnits: coops.map((c) => c.name),
    leadLeader: matter.leadLeader,
    assignedOn: matter.assignedOn,
    finalDue: matter.finalDue,
    overdueDays: daysOverdue(matter.finalDue, notice.issuedOn),
    content: matter.content,
    requirements: notice.requirements,
    replyDue: notice.replyDue,
    issuedOn: notice.issuedOn,
  };
}
