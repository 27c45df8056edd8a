import { ESCALATION_LABELS } from '../../../core/matters/lights';
import { ACTIONS, type MatterAction } from '../../../core/matters/lifecycle';
import type { DbOrTx } from '../../db/connection';
import { eventsOf, reportsOf } from './queries';

const EXTRA_LABELS: Record<string, string> = {
  create: '立项',
  start: '开始办理',
  warning: ESCALATION_LABELS.warning.zh,
  auto_reminder: `系统${ESCALATION_LABELS.reminder.zh}`,
  notice_due: '逾期提示：应下发督办单',
};

function labelOf(action: string): string {
  return EXTRA_LABELS[action] ?? ACTIONS[action as MatterAction]?.labelZh ?? action;
}

/** Every step of a matter in time order: the events, and the reports read from where they live. */
export async function timelineOf(db: DbOrTx, ws: string, matterId: string) {
  const events = (await eventsOf(db, ws, matterId)).map((e) => ({
    at: e.at.toISOString(),
    date: e.onDate,
    kind: e.action,
    label: labelOf(e.action),
    actorName: e.actorName,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: e.note,
    percent: null as number | null,
  }));
  const reports = (await reportsOf(db, ws, matterId)).map((r) => ({
    at: r.createdAt.toISOString(),
    date: r.reportedOn,
    kind: r.cooperating ? 'cooperating_report' : 'report',
    label: r.cooperating ? '配合单位反馈' : '反馈办理情况',
    actorName: r.authorName,
    fromStatus: null,
    toStatus: null,
    note: r.content,
    percent: r.percent,
  }));
  return [...events, ...reports].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}
