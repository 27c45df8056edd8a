// Which of a matter's stored deadlines are still pending, and the earliest of them (next_due).
// The light of a matter depends only on next_due and today, so the database can count lights
// of a million matters from one indexed column; matterLight() gives the same answer with a
// reason for one matter.
//
// Pending, by default:
// - deploy (当天研究部署): until the unit signs for the matter (签收 is its acknowledgement);
// - feedback (3天内反馈): until the first progress report;
// - every time node not yet reported done;
// - the final deadline while the unit is working on the matter (not once close-out is asked).

import { minDate, type IsoDate } from '../dates';
import { WORKING_STATUSES, type MatterStatus } from './lifecycle';
import { matterLight, type MatterLight } from './lights';

export type MatterDates = {
  status: MatterStatus;
  deployDue: IsoDate | null;
  signedOn: IsoDate | null;
  feedbackDue: IsoDate | null;
  feedbackMetOn: IsoDate | null;
  finalDue: IsoDate | null;
  /** Earliest time node not yet done. */
  nextNodeDue: IsoDate | null;
};

/** Deadlines still open apart from the final one. */
export function pendingDeadlines(m: MatterDates): IsoDate[] {
  const out: IsoDate[] = [];
  if (m.status === 'draft' || m.status === 'closed') return out;
  if (m.deployDue && !m.signedOn) out.push(m.deployDue);
  if (m.feedbackDue && !m.feedbackMetOn) out.push(m.feedbackDue);
  if (m.nextNodeDue) out.push(m.nextNodeDue);
  return out;
}

/** The earliest pending deadline, the final one included while the unit works on it. */
export function nextDue(m: MatterDates): IsoDate | null {
  if (m.status === 'draft' || m.status === 'closed') return null;
  const dates = pendingDeadlines(m);
  if (m.finalDue && WORKING_STATUSES.includes(m.status)) dates.push(m.finalDue);
  return minDate(dates);
}

/** The light of one matter with its reason, from its stored dates. */
export function lightOf(m: MatterDates, today: IsoDate, yellowWithinDays?: number): MatterLight {
  return matterLight({
    status: m.status,
    today,
    deadlines: pendingDeadlines(m),
    finalDeadline: m.finalDue,
    yellowWithinDays,
  });
}
