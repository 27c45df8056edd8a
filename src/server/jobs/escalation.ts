import { sql } from 'drizzle-orm';
import { daysBetween, type IsoDate } from '../../core/dates';
import { ESCALATION_LABELS, escalationLevel, type EscalationStep } from '../../core/matters/lights';
import type { Actor } from '../audit/record';
import type { Config } from '../config';
import type { Db, Tx } from '../db/connection';
import { matterEvents } from '../db/schema';
import { writeTx } from '../db/write';
import { liaisonsOf, supervisorsOver } from '../modules/matters/queries';
import { loadMatterSettings } from '../modules/matters/settings';
import { notify } from '../modules/notifications/service';
import { sendRobotText } from '../modules/notifications/robot';

// The daily escalation of overdue matters (Sanming ladder): reminder (催办) → warning (预警) →
// supervision notice (督办单), one step per matter per run, each sent once, by days overdue
// (today − the earliest missed deadline). The job never numbers a 督办单 itself: at that step
// it tells the supervisors one is due, and a person issues it.

export interface EscalationResult {
  today: IsoDate;
  reminders: number;
  warnings: number;
  noticesDue: number;
  robotSent: boolean;
}

const BATCH = 500;

type Candidate = {
  id: string;
  workspace_id: string;
  title: string;
  lead_unit_id: string;
  lead_path: string;
  lead_name: string;
  next_due: string;
  reminders_sent: number;
  warnings_sent: number;
  notices_sent: number;
  notice_suggested: boolean;
};

async function escalateOne(
  tx: Tx,
  actor: Actor,
  m: Candidate,
  step: EscalationStep,
  today: IsoDate,
  overdue: number,
) {
  const ws = m.workspace_id;
  const column = { reminder: 'reminders_sent', warning: 'warnings_sent', notice: null }[step];
  if (column) {
    await tx.execute(sql`update matters set ${sql.raw(column)} = ${sql.raw(column)} + 1, updated_at = now()
      where workspace_id = ${ws} and id = ${m.id}`);
  } else {
    await tx.execute(sql`update matters set notice_suggested = true, updated_at = now()
      where workspace_id = ${ws} and id = ${m.id}`);
  }
  const action = { reminder: 'auto_reminder', warning: 'warning', notice: 'notice_due' }[step];
  const note = `已逾期 ${overdue} 天（${m.next_due} 到期）`;
  await tx.insert(matterEvents).values({
    workspaceId: ws,
    matterId: m.id,
    onDate: today,
    actorId: null,
    actorName: actor.name,
    action,
    note,
  });
  const liaisons = await liaisonsOf(tx, ws, [m.lead_unit_id]);
  const supervisors = await supervisorsOver(tx, ws, m.lead_path);
  const label = ESCALATION_LABELS[step].zh;
  if (step !== 'notice') {
    await notify(tx, {
      workspaceId: ws,
      userIds: liaisons,
      matterId: m.id,
      kind: step,
      title: `${label}：${m.title}`,
      body: `${note}，请抓紧办理并反馈`,
    });
  }
  if (step !== 'reminder') {
    const title = step === 'notice' ? `应下发督办单：${m.title}` : `${label}：${m.title}`;
    await notify(tx, {
      workspaceId: ws,
      userIds: supervisors,
      matterId: m.id,
      kind: step === 'notice' ? 'notice_due' : step,
      title,
      body: `${m.lead_name}，${note}`,
    });
  }
}

/** Runs the ladder for every workspace as of `today`; safe to run more than once a day. */
export async function runEscalation(
  db: Db,
  o: { today: IsoDate; config?: Config; workspaceId?: string },
): Promise<EscalationResult> {
  const result: EscalationResult = {
    today: o.today,
    reminders: 0,
    warnings: 0,
    noticesDue: 0,
    robotSent: false,
  };
  const wsRows = await db.execute(
    sql`select id::text from workspaces ${o.workspaceId ? sql`where id = ${o.workspaceId}` : sql``} order by id`,
  );
  for (const { id: ws } of wsRows.rows as { id: string }[]) {
    const settings = await loadMatterSettings(db, ws);
    const actor: Actor = { workspaceId: ws, userId: null, name: '系统（逾期提醒）', ip: null };
    const before = { ...result };
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const r =
        await db.execute(sql`select m.id::text, m.workspace_id::text, m.title, m.lead_unit_id::text,
          lu.path as lead_path, lu.name as lead_name, m.next_due::text, m.reminders_sent,
          m.warnings_sent, m.notices_sent, m.notice_suggested
        from matters m join units lu on lu.workspace_id = m.workspace_id and lu.id = m.lead_unit_id
        where m.workspace_id = ${ws} and m.status in ('assigned', 'signed_for', 'in_progress')
          and m.next_due < ${o.today}::date and m.id > ${after}::uuid
        order by m.id limit ${BATCH}`);
      const batch = r.rows as Candidate[];
      if (batch.length === 0) break;
      after = batch[batch.length - 1]!.id;
      const due = batch.flatMap((m) => {
        const overdue = daysBetween(m.next_due, o.today);
        const step = escalationLevel(
          {
            daysOverdue: overdue,
            remindersSent: m.reminders_sent,
            warningsSent: m.warnings_sent,
            noticesSent: m.notices_sent + (m.notice_suggested ? 1 : 0),
          },
          settings,
        );
        return step ? [{ m, step, overdue }] : [];
      });
      if (due.length === 0) continue;
      await writeTx(db, actor, async (tx, audit) => {
        for (const d of due) await escalateOne(tx, actor, d.m, d.step, o.today, d.overdue);
        const count = (s: EscalationStep) => due.filter((d) => d.step === s).length;
        await audit({
          action: 'matter.escalated',
          entityType: 'matter',
          summary: `逾期提醒（${o.today}）：催办 ${count('reminder')} 件，预警 ${count('warning')} 件，应下发督办单 ${count('notice')} 件`,
          after: due.map((d) => ({ matterId: d.m.id, step: d.step, daysOverdue: d.overdue })),
        });
      });
      for (const d of due) {
        if (d.step === 'reminder') result.reminders++;
        else if (d.step === 'warning') result.warnings++;
        else result.noticesDue++;
      }
    }
    const sent = {
      reminders: result.reminders - before.reminders,
      warnings: result.warnings - before.warnings,
      noticesDue: result.noticesDue - before.noticesDue,
    };
    if (o.config && sent.reminders + sent.warnings + sent.noticesDue > 0) {
      const text = `【督查督办】${o.today} 逾期事项提醒：自动催办 ${sent.reminders} 件，预警 ${sent.warnings} 件，应下发督办单 ${sent.noticesDue} 件。请登录落实平台查看。`;
      result.robotSent = (await sendRobotText(o.config, text)) || result.robotSent;
    }
  }
  return result;
}
