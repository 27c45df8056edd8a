// The life cycle of a supervised matter as data (domain.md §3):
// draft (立项) → assigned (交办) → signed_for (签收) → in_progress (办理/反馈)
//   → closeout_requested (申请办结) → reviewed (复核) → closed (办结/销号).
//
// Rules decided here:
// - A unit must sign for a matter before it reports; its first report moves signed_for to
//   in_progress, later reports keep it there.
// - Close-out can be requested only from in_progress, i.e. after at least one report.
// - A return (退回) from closeout_requested or reviewed sends the matter back to in_progress
//   and needs a reason. Closing needs a rating (优秀/良好/合格/不合格).
// - Extensions, reminders and notices apply only while the unit is working on the matter
//   (assigned, signed_for, in_progress) and leave the status unchanged. Extension requests and
//   refusals need a reason; one request may be pending at a time.

export const MATTER_STATUSES = [
  'draft',
  'assigned',
  'signed_for',
  'in_progress',
  'closeout_requested',
  'reviewed',
  'closed',
] as const;
export type MatterStatus = (typeof MATTER_STATUSES)[number];

export const STATUS_LABELS: Record<MatterStatus, { zh: string; en: string }> = {
  draft: { zh: '已立项', en: 'Draft' },
  assigned: { zh: '已交办', en: 'Assigned' },
  signed_for: { zh: '已签收', en: 'Signed for' },
  in_progress: { zh: '办理中', en: 'In progress' },
  closeout_requested: { zh: '已申请办结', en: 'Close-out requested' },
  reviewed: { zh: '已复核', en: 'Reviewed' },
  closed: { zh: '已办结', en: 'Closed' },
};

/** Statuses in which a matter counts as open (backlog, lights, overdue statistics). */
export const OPEN_STATUSES: readonly MatterStatus[] = [
  'assigned',
  'signed_for',
  'in_progress',
  'closeout_requested',
  'reviewed',
];

/** Statuses in which the lead unit is still working on the matter. */
export const WORKING_STATUSES: readonly MatterStatus[] = ['assigned', 'signed_for', 'in_progress'];

export function isOpenStatus(status: MatterStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export const ACTOR_ROLES = ['supervisor', 'lead_unit_liaison', 'leader'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const ROLE_LABELS: Record<ActorRole, { zh: string; en: string }> = {
  supervisor: { zh: '督查人员', en: 'Supervisor' },
  lead_unit_liaison: { zh: '牵头单位联络员', en: 'Lead unit liaison' },
  leader: { zh: '领导', en: 'Leader' },
};

export const RATINGS = ['优秀', '良好', '合格', '不合格'] as const;
export type Rating = (typeof RATINGS)[number];
export const RATING_LABELS_EN: Record<Rating, string> = {
  优秀: 'Excellent',
  良好: 'Good',
  合格: 'Satisfactory',
  不合格: 'Unsatisfactory',
};

export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

export const MATTER_ACTIONS = [
  'assign',
  'sign',
  'report',
  'request_closeout',
  'review_pass',
  'return',
  'close',
  'request_extension',
  'grant_extension',
  'refuse_extension',
  'remind',
  'issue_notice',
  'instruct',
] as const;
export type MatterAction = (typeof MATTER_ACTIONS)[number];

export type ActionDefinition = {
  labelZh: string;
  labelEn: string;
  from: readonly MatterStatus[];
  /** Resulting status; 'unchanged' keeps the current one. */
  to: MatterStatus | 'unchanged';
  roles: readonly ActorRole[];
  requiresReason?: boolean;
  requiresRating?: boolean;
  /** true: a pending extension request is needed; false: none may be pending. */
  extensionPending?: boolean;
};

export const ACTIONS: Record<MatterAction, ActionDefinition> = {
  assign: {
    labelZh: '交办',
    labelEn: 'Assign',
    from: ['draft'],
    to: 'assigned',
    roles: ['supervisor'],
  },
  sign: {
    labelZh: '签收',
    labelEn: 'Sign for',
    from: ['assigned'],
    to: 'signed_for',
    roles: ['lead_unit_liaison'],
  },
  report: {
    labelZh: '反馈办理情况',
    labelEn: 'Report progress',
    from: ['signed_for', 'in_progress'],
    to: 'in_progress',
    roles: ['lead_unit_liaison'],
  },
  request_closeout: {
    labelZh: '申请办结',
    labelEn: 'Request close-out',
    from: ['in_progress'],
    to: 'closeout_requested',
    roles: ['lead_unit_liaison'],
  },
  review_pass: {
    labelZh: '复核通过',
    labelEn: 'Pass review',
    from: ['closeout_requested'],
    to: 'reviewed',
    roles: ['supervisor'],
  },
  return: {
    labelZh: '退回',
    labelEn: 'Return',
    from: ['closeout_requested', 'reviewed'],
    to: 'in_progress',
    roles: ['supervisor', 'leader'],
    requiresReason: true,
  },
  close: {
    labelZh: '办结销号',
    labelEn: 'Close',
    from: ['reviewed'],
    to: 'closed',
    roles: ['supervisor', 'leader'],
    requiresRating: true,
  },
  request_extension: {
    labelZh: '申请延期',
    labelEn: 'Request an extension',
    from: WORKING_STATUSES,
    to: 'unchanged',
    roles: ['lead_unit_liaison'],
    requiresReason: true,
    extensionPending: false,
  },
  grant_extension: {
    labelZh: '批准延期',
    labelEn: 'Grant the extension',
    from: WORKING_STATUSES,
    to: 'unchanged',
    roles: ['supervisor', 'leader'],
    extensionPending: true,
  },
  refuse_extension: {
    labelZh: '驳回延期申请',
    labelEn: 'Refuse the extension',
    from: WORKING_STATUSES,
    to: 'unchanged',
    roles: ['supervisor', 'leader'],
    requiresReason: true,
    extensionPending: true,
  },
  remind: {
    labelZh: '催办',
    labelEn: 'Send a reminder',
    from: WORKING_STATUSES,
    to: 'unchanged',
    roles: ['supervisor', 'leader'],
  },
  // 领导批示: the leader's written instruction on an open matter, for the lead unit to act on.
  instruct: {
    labelZh: '领导批示',
    labelEn: 'Leader’s instruction',
    from: ['assigned', 'signed_for', 'in_progress', 'closeout_requested', 'reviewed'],
    to: 'unchanged',
    roles: ['leader'],
    requiresReason: true,
  },
  issue_notice: {
    labelZh: '下发督办单',
    labelEn: 'Issue a supervision notice',
    from: WORKING_STATUSES,
    to: 'unchanged',
    roles: ['supervisor'],
  },
};

export type ActionInput = {
  reason?: string;
  rating?: string;
  /** Whether an extension request is pending (needed for the extension actions). */
  extensionPending?: boolean;
};

export type ActionErrorCode =
  | 'unknown_status'
  | 'unknown_action'
  | 'invalid_transition'
  | 'forbidden_role'
  | 'reason_required'
  | 'rating_required'
  | 'no_pending_extension'
  | 'extension_already_pending';

export type ActionResult =
  { ok: true; to: MatterStatus } | { ok: false; code: ActionErrorCode; messageZh: string };

function fail(code: ActionErrorCode, messageZh: string): ActionResult {
  return { ok: false, code, messageZh };
}

/** Checks an action against the state machine and returns the resulting status. */
export function applyAction(
  status: MatterStatus,
  action: MatterAction,
  actorRole: ActorRole,
  input: ActionInput = {},
): ActionResult {
  if (!(MATTER_STATUSES as readonly string[]).includes(status)) {
    return fail('unknown_status', `未知的事项状态："${String(status)}"`);
  }
  if (!Object.hasOwn(ACTIONS, action)) {
    return fail('unknown_action', `未知的操作："${String(action)}"`);
  }
  const def = ACTIONS[action];
  if (!def.from.includes(status)) {
    return fail(
      'invalid_transition',
      `事项当前状态为"${STATUS_LABELS[status].zh}"，不能${def.labelZh}`,
    );
  }
  if (!def.roles.includes(actorRole)) {
    const role = ROLE_LABELS[actorRole]?.zh ?? String(actorRole);
    return fail('forbidden_role', `${role}无权${def.labelZh}`);
  }
  if (def.extensionPending === true && input.extensionPending !== true) {
    return fail('no_pending_extension', `没有待审批的延期申请，不能${def.labelZh}`);
  }
  if (def.extensionPending === false && input.extensionPending === true) {
    return fail('extension_already_pending', '已有延期申请等待审批，不能重复申请');
  }
  if (def.requiresReason && (input.reason === undefined || input.reason.trim() === '')) {
    return fail('reason_required', `${def.labelZh}必须填写理由`);
  }
  if (def.requiresRating && !isRating(input.rating)) {
    return fail('rating_required', `${def.labelZh}必须评定等次（${RATINGS.join('、')}）`);
  }
  return { ok: true, to: def.to === 'unchanged' ? status : def.to };
}

/** Actions a role may take on a matter in the given status (inputs not checked). */
export function availableActions(status: MatterStatus, actorRole: ActorRole): MatterAction[] {
  return MATTER_ACTIONS.filter((a) => {
    const def = ACTIONS[a];
    return def.from.includes(status) && def.roles.includes(actorRole);
  });
}
