import type { IsoDate } from '../../../core/dates';
import { MATTER_SOURCE_LABELS, type MatterSource } from '../../../core/enums';
import {
  availableActions,
  STATUS_LABELS,
  type MatterAction,
  type MatterStatus,
} from '../../../core/matters/lifecycle';
import { lightOf } from '../../../core/matters/pending-deadlines';
import type { MatterAccess } from './access';
import type { DetailParts, MatterRow } from './queries';
import type { MatterDetailT, MatterSummaryT } from './schema';

export function presentSummary(
  r: MatterRow,
  today: IsoDate,
  yellowWithinDays: number,
): MatterSummaryT {
  const status = r.status as MatterStatus;
  const light = lightOf({ ...r, status }, today, yellowWithinDays);
  return {
    id: r.id,
    title: r.title,
    source: r.source,
    sourceLabel: MATTER_SOURCE_LABELS[r.source as MatterSource]?.zh ?? r.source,
    listId: r.listId,
    listTitle: r.listTitle,
    seq: r.seq,
    leadLeader: r.leadLeader,
    leadUnit: { id: r.leadUnitId, name: r.leadUnitName },
    status,
    statusLabel: STATUS_LABELS[status].zh,
    complexity: r.complexity,
    tags: r.tags,
    assignedOn: r.assignedOn,
    feedbackDue: r.feedbackDue,
    finalDue: r.finalDue,
    nextDue: r.nextDue,
    lastReportOn: r.lastReportOn,
    closedOn: r.closedOn,
    rating: r.rating,
    extensionPending: r.extensionPending,
    light: light.light,
    lightReason: light.reason,
  };
}

/** The actions the caller may take now (inputs such as reasons are checked on submit). */
export function actionsFor(r: MatterRow, access: MatterAccess): string[] {
  const status = r.status as MatterStatus;
  const out = new Set<string>();
  for (const role of access.roles) {
    for (const a of availableActions(status, role)) out.add(a);
  }
  const drop = (a: MatterAction) => out.delete(a);
  if (r.extensionPending) drop('request_extension');
  else {
    drop('grant_extension');
    drop('refuse_extension');
  }
  if (access.roles.includes('supervisor') && status === 'draft') out.add('edit');
  if (
    access.cooperatingLiaison &&
    !access.roles.includes('lead_unit_liaison') &&
    ['assigned', 'signed_for', 'in_progress'].includes(status)
  ) {
    out.add('report');
  }
  return [...out];
}

export function presentDetail(
  r: MatterRow,
  parts: DetailParts,
  access: MatterAccess,
  today: IsoDate,
  yellowWithinDays: number,
): MatterDetailT {
  return {
    ...presentSummary(r, today, yellowWithinDays),
    content: r.content,
    ruleCode: r.ruleCode,
    dayKind: r.dayKind,
    cooperatingUnits: parts.cooperators.map((c) => ({ id: c.id, name: c.name })),
    deadlines: r.deadlines ?? [],
    originalFinalDue: r.originalFinalDue,
    signedOn: r.signedOn,
    feedbackMetOn: r.feedbackMetOn,
    closeoutRequestedOn: r.closeoutRequestedOn,
    nodes: parts.nodes.map((n) => ({ id: n.id, title: n.title, due: n.due, doneOn: n.doneOn })),
    extensions: parts.extensions.map((e) => ({
      id: e.id,
      status: e.status,
      reason: e.reason,
      requestedDue: e.requestedDue,
      requestedOn: e.requestedOn,
      requestedByName: e.requestedByName,
      grantedDue: e.grantedDue,
      decidedOn: e.decidedOn,
      decidedByName: e.decidedByName,
      decisionReason: e.decisionReason,
    })),
    notices: parts.notices.map((n) => ({
      id: n.id,
      number: n.number,
      issuedOn: n.issuedOn,
      replyDue: n.replyDue,
    })),
    attachments: parts.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      size: a.size,
      createdAt: a.createdAt.toISOString(),
    })),
    escalation: {
      remindersSent: r.remindersSent,
      warningsSent: r.warningsSent,
      noticesSent: r.noticesSent,
      noticeSuggested: r.noticeSuggested,
    },
    actions: actionsFor(r, access),
    myRoles: [...access.roles, ...(access.cooperatingLiaison ? ['cooperating_liaison'] : [])],
  };
}
