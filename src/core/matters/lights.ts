// Traffic lights on open matters and the escalation ladder (domain.md §3).
//
// Light, by default: red when a deadline has passed; yellow when a deadline or time node falls
// within 2 days (today included) or progress is behind; green otherwise; none for matters that
// are not open (draft, closed). Once close-out is requested (closeout_requested, reviewed) the
// final deadline is met as far as the light goes: the unit waits for the supervisor; whether
// it closed on time is a statistic (按期办结率), not a light. A return sends it back to
// in_progress and the final deadline counts again.
//
// Escalation ladder (Sanming practice): reminder (催办) → warning (预警) → formal supervision
// notice (督办单). Default thresholds, in days overdue: reminder from day 1, warning from
// day 3, notice from day 7. Steps are never skipped and each is sent once: a matter 10 days
// overdue with nothing sent gets a reminder first, then a warning, then a notice.

import { daysBetween } from '../dates';
import type { IsoDate } from '../dates';
import type { MatterStatus } from './lifecycle';

export type Light = 'green' | 'yellow' | 'red' | 'none';

export const LIGHT_LABELS: Record<Light, { zh: string; en: string }> = {
  green: { zh: '绿灯', en: 'Green' },
  yellow: { zh: '黄灯', en: 'Yellow' },
  red: { zh: '红灯', en: 'Red' },
  none: { zh: '无', en: 'None' },
};

export const DEFAULT_YELLOW_WITHIN_DAYS = 2;

export type MatterLightInput = {
  status: MatterStatus;
  today: IsoDate;
  /** Open deadlines and time nodes not yet done (e.g. feedback not reported yet). */
  deadlines: readonly IsoDate[];
  /** The final deadline (办结期限), extensions applied; null when none is set. */
  finalDeadline: IsoDate | null;
  progressBehind?: boolean;
  yellowWithinDays?: number;
};

export type MatterLight = { light: Light; reason: string };

const AWAITING_REVIEW: readonly MatterStatus[] = ['closeout_requested', 'reviewed'];

export function matterLight(input: MatterLightInput): MatterLight {
  const { status, today, deadlines, progressBehind = false } = input;
  const yellowWithinDays = input.yellowWithinDays ?? DEFAULT_YELLOW_WITHIN_DAYS;
  if (status === 'draft') return { light: 'none', reason: '事项尚未交办' };
  if (status === 'closed') return { light: 'none', reason: '事项已办结' };

  const awaitingReview = AWAITING_REVIEW.includes(status);
  const final = awaitingReview ? null : input.finalDeadline;

  // Red: the final deadline first (it matters most), then any other open deadline.
  if (final !== null && final < today) {
    return { light: 'red', reason: `已超过办结期限（${final}）${daysBetween(final, today)} 天` };
  }
  let earliest: IsoDate | null = null;
  for (const d of deadlines) if (earliest === null || d < earliest) earliest = d;
  if (earliest !== null && earliest < today) {
    const overdue = deadlines.filter((d) => d < today).length;
    return {
      light: 'red',
      reason: `有 ${overdue} 个时间节点已逾期，最早 ${earliest}，已逾期 ${daysBetween(earliest, today)} 天`,
    };
  }

  // Yellow: the nearest deadline (final included) is today or within the window.
  const next = final !== null && (earliest === null || final < earliest) ? final : earliest;
  if (next !== null) {
    const left = daysBetween(today, next);
    if (left <= yellowWithinDays) {
      const what = next === final ? '办结期限' : '时间节点';
      const when = left === 0 ? '今天到期' : `还剩 ${left} 天`;
      return { light: 'yellow', reason: `${what}（${next}）${when}` };
    }
  }
  if (progressBehind) return { light: 'yellow', reason: '办理进度滞后' };
  if (awaitingReview) return { light: 'green', reason: '已申请办结，等待复核' };
  return { light: 'green', reason: '按期推进' };
}

export type EscalationStep = 'reminder' | 'warning' | 'notice';

export const ESCALATION_LABELS: Record<EscalationStep, { zh: string; en: string }> = {
  reminder: { zh: '催办', en: 'Reminder' },
  warning: { zh: '预警', en: 'Warning' },
  notice: { zh: '督办单', en: 'Formal supervision notice' },
};

export type EscalationThresholds = {
  /** Days overdue from which a reminder is due. */
  reminderAfterDays: number;
  warningAfterDays: number;
  noticeAfterDays: number;
};

export const DEFAULT_ESCALATION_THRESHOLDS: EscalationThresholds = {
  reminderAfterDays: 1,
  warningAfterDays: 3,
  noticeAfterDays: 7,
};

/** Checks administrator thresholds; returns Chinese messages, empty when valid. */
export function validateEscalationThresholds(t: EscalationThresholds): string[] {
  const errors: string[] = [];
  const fields: [keyof EscalationThresholds, string][] = [
    ['reminderAfterDays', '催办'],
    ['warningAfterDays', '预警'],
    ['noticeAfterDays', '督办单'],
  ];
  for (const [key, zh] of fields) {
    const v = t[key];
    if (!Number.isInteger(v) || v < 1 || v > 366) {
      errors.push(`${zh}的逾期天数必须是 1 到 366 之间的整数`);
    }
  }
  if (errors.length === 0) {
    if (t.warningAfterDays < t.reminderAfterDays) errors.push('预警的逾期天数不能少于催办');
    if (t.noticeAfterDays < t.warningAfterDays) errors.push('督办单的逾期天数不能少于预警');
  }
  return errors;
}

export type EscalationInput = {
  daysOverdue: number;
  remindersSent: number;
  warningsSent: number;
  noticesSent?: number;
};

/** The next escalation step due for an overdue matter, or null when none is due. */
export function escalationLevel(
  input: EscalationInput,
  thresholds: EscalationThresholds = DEFAULT_ESCALATION_THRESHOLDS,
): EscalationStep | null {
  const { daysOverdue, remindersSent, warningsSent, noticesSent = 0 } = input;
  if (daysOverdue < thresholds.reminderAfterDays) return null;
  if (remindersSent <= 0) return 'reminder';
  if (daysOverdue < thresholds.warningAfterDays) return null;
  if (warningsSent <= 0) return 'warning';
  if (daysOverdue < thresholds.noticeAfterDays) return null;
  if (noticesSent <= 0) return 'notice';
  return null;
}

/** Days a deadline is overdue at `today` (0 when not overdue or no deadline). */
export function daysOverdue(deadline: IsoDate | null, today: IsoDate): number {
  if (deadline === null) return 0;
  return Math.max(0, daysBetween(deadline, today));
}

/**
 * A light's reason in English. matterLight words its reasons in Chinese (they are also sent to
 * the server's exports); the English interface rewords those few shapes, kept here beside them.
 */
export function lightReasonEn(reason: string): string {
  const fixed: Record<string, string> = {
    事项尚未交办: 'Not assigned yet',
    事项已办结: 'Closed',
    办理进度滞后: 'Progress is behind',
    '已申请办结，等待复核': 'Close-out requested, awaiting review',
    按期推进: 'On schedule',
  };
  if (fixed[reason]) return fixed[reason];
  const days = (n: string) => `${n} ${n === '1' ? 'day' : 'days'}`;
  let m = /^已超过办结期限（(.+)）(\d+) 天$/.exec(reason);
  if (m) return `Final deadline (${m[1]}) passed ${days(m[2]!)} ago`;
  m = /^有 (\d+) 个时间节点已逾期，最早 (.+)，已逾期 (\d+) 天$/.exec(reason);
  if (m) return `${m[1]} time nodes overdue, the earliest ${m[2]}, ${days(m[3]!)} ago`;
  m = /^(办结期限|时间节点)（(.+)）(今天到期|还剩 (\d+) 天)$/.exec(reason);
  if (m) {
    const what = m[1] === '办结期限' ? 'Final deadline' : 'Time node';
    return `${what} (${m[2]}) ${m[4] ? `in ${days(m[4])}` : 'due today'}`;
  }
  return reason;
}
