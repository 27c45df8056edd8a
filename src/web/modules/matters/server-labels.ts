import { ESCALATION_LABELS, lightReasonEn } from '../../../core/matters/lights';
import {
  ACTIONS,
  STATUS_LABELS,
  type MatterAction,
  type MatterStatus,
} from '../../../core/matters/lifecycle';
import { RULE_13710 } from '../../../core/matters/deadline-rules';
import type { Lang } from '../../i18n';

// The matters API words some labels in Chinese next to their codes; in English they are
// worded here from those codes (a label the web does not know stays as the server sent it).

const TIMELINE_EN: Record<string, string> = {
  create: 'Filed',
  start: 'Started',
  warning: ESCALATION_LABELS.warning.en,
  auto_reminder: `Automatic ${ESCALATION_LABELS.reminder.en.toLowerCase()}`,
  notice_due: 'Overdue: a supervision notice is due',
  report: 'Progress report',
  cooperating_report: 'Report of a cooperating unit',
};

export function timelineLabel(e: { kind: string; label: string }, lang: Lang): string {
  if (lang === 'zh') return e.label;
  return TIMELINE_EN[e.kind] ?? ACTIONS[e.kind as MatterAction]?.labelEn ?? e.label;
}

export function statusLabel(m: { status: string; statusLabel: string }, lang: Lang): string {
  if (lang === 'zh') return m.statusLabel;
  return STATUS_LABELS[m.status as MatterStatus]?.en ?? m.statusLabel;
}

export function lightReason(reason: string, lang: Lang): string {
  return lang === 'zh' ? reason : lightReasonEn(reason);
}

/** A deadline step's name: the 13710 steps have English names; a custom rule's stay as set. */
export function deadlineLabel(d: { key: string; labelZh: string }, lang: Lang): string {
  if (lang === 'zh') return d.labelZh;
  const step = RULE_13710.steps.find((s) => s.key === d.key && s.labelZh === d.labelZh);
  return step?.labelEn ?? d.labelZh;
}
