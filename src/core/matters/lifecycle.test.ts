import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  ACTOR_ROLES,
  MATTER_ACTIONS,
  MATTER_STATUSES,
  RATINGS,
  RATING_LABELS_EN,
  STATUS_LABELS,
  applyAction,
  availableActions,
  isOpenStatus,
  isRating,
  type ActionInput,
  type ActorRole,
  type MatterAction,
  type MatterStatus,
} from './lifecycle';

const FULL: ActionInput = { reason: '材料不全', rating: '良好' };

// Every legal transition: [from, action, role, input, to].
const LEGAL: [MatterStatus, MatterAction, ActorRole, ActionInput, MatterStatus][] = [
  ['draft', 'assign', 'supervisor', {}, 'assigned'],
  ['assigned', 'sign', 'lead_unit_liaison', {}, 'signed_for'],
  ['signed_for', 'report', 'lead_unit_liaison', {}, 'in_progress'],
  ['in_progress', 'report', 'lead_unit_liaison', {}, 'in_progress'],
  ['in_progress', 'request_closeout', 'lead_unit_liaison', {}, 'closeout_requested'],
  ['closeout_requested', 'review_pass', 'supervisor', {}, 'reviewed'],
  ['closeout_requested', 'return', 'supervisor', { reason: '佐证不足' }, 'in_progress'],
  ['closeout_requested', 'return', 'leader', { reason: '佐证不足' }, 'in_progress'],
  ['reviewed', 'return', 'supervisor', { reason: '群众仍有反映' }, 'in_progress'],
  ['reviewed', 'return', 'leader', { reason: '群众仍有反映' }, 'in_progress'],
  ['reviewed', 'close', 'supervisor', { rating: '优秀' }, 'closed'],
  ['reviewed', 'close', 'leader', { rating: '不合格' }, 'closed'],
];
for (const s of [
  'assigned',
  'signed_for',
  'in_progress',
  'closeout_requested',
  'reviewed',
] as const) {
  LEGAL.push([s, 'instruct', 'leader', { reason: '请加快进度，月底前完成' }, s]);
}
for (const s of ['assigned', 'signed_for', 'in_progress'] as const) {
  LEGAL.push(
    [s, 'request_extension', 'lead_unit_liaison', { reason: '需省级审批' }, s],
    [s, 'grant_extension', 'supervisor', { extensionPending: true }, s],
    [s, 'grant_extension', 'leader', { extensionPending: true }, s],
    [s, 'refuse_extension', 'supervisor', { extensionPending: true, reason: '理由不足' }, s],
    [s, 'refuse_extension', 'leader', { extensionPending: true, reason: '理由不足' }, s],
    [s, 'remind', 'supervisor', {}, s],
    [s, 'remind', 'leader', {}, s],
    [s, 'issue_notice', 'supervisor', {}, s],
  );
}

describe('legal transitions', () => {
  it.each(LEGAL)('%s --%s (%s)--> ok', (from, action, role, input, to) => {
    expect(applyAction(from, action, role, input)).toEqual({ ok: true, to });
  });

  it('the table lists exactly the legal (status, action, role) triples', () => {
    const legal = new Set(LEGAL.map(([s, a, r]) => `${s}/${a}/${r}`));
    for (const s of MATTER_STATUSES) {
      for (const a of MATTER_ACTIONS) {
        for (const r of ACTOR_ROLES) {
          const input = {
            ...FULL,
            extensionPending: a.endsWith('_extension') && a !== 'request_extension',
          };
          expect(applyAction(s, a, r, input).ok, `${s}/${a}/${r}`).toBe(
            legal.has(`${s}/${a}/${r}`),
          );
        }
      }
    }
  });

  it('walks the whole life cycle', () => {
    const steps: [MatterAction, ActorRole, ActionInput?][] = [
      ['assign', 'supervisor'],
      ['sign', 'lead_unit_liaison'],
      ['report', 'lead_unit_liaison'],
      ['request_closeout', 'lead_unit_liaison'],
      ['review_pass', 'supervisor'],
      ['return', 'supervisor', { reason: '复核发现问题未整改到位' }],
      ['request_closeout', 'lead_unit_liaison'],
      ['review_pass', 'supervisor'],
      ['close', 'leader', { rating: '合格' }],
    ];
    let status: MatterStatus = 'draft';
    for (const [action, role, input] of steps) {
      const r = applyAction(status, action, role, input);
      if (!r.ok) throw new Error(r.messageZh);
      status = r.to;
    }
    expect(status).toBe('closed');
  });
});

describe('illegal transitions', () => {
  it('names the current status in Chinese', () => {
    expect(applyAction('signed_for', 'request_closeout', 'lead_unit_liaison')).toEqual({
      ok: false,
      code: 'invalid_transition',
      messageZh: '事项当前状态为"已签收"，不能申请办结',
    });
    expect(applyAction('assigned', 'report', 'lead_unit_liaison')).toMatchObject({
      code: 'invalid_transition',
      messageZh: '事项当前状态为"已交办"，不能反馈办理情况',
    });
    expect(applyAction('closed', 'return', 'supervisor', FULL)).toMatchObject({
      messageZh: '事项当前状态为"已办结"，不能退回',
    });
    expect(applyAction('in_progress', 'close', 'supervisor', FULL)).toMatchObject({
      messageZh: '事项当前状态为"办理中"，不能办结销号',
    });
    expect(
      applyAction('closeout_requested', 'request_extension', 'lead_unit_liaison', FULL),
    ).toMatchObject({ messageZh: '事项当前状态为"已申请办结"，不能申请延期' });
    expect(applyAction('draft', 'remind', 'supervisor')).toMatchObject({
      messageZh: '事项当前状态为"已立项"，不能催办',
    });
  });

  it('checks the role', () => {
    expect(applyAction('draft', 'assign', 'lead_unit_liaison')).toEqual({
      ok: false,
      code: 'forbidden_role',
      messageZh: '牵头单位联络员无权交办',
    });
    expect(applyAction('closeout_requested', 'review_pass', 'lead_unit_liaison')).toMatchObject({
      code: 'forbidden_role',
    });
    expect(applyAction('in_progress', 'issue_notice', 'leader')).toMatchObject({
      messageZh: '领导无权下发督办单',
    });
  });

  it('requires a reason, a rating and a pending extension where needed', () => {
    expect(applyAction('reviewed', 'return', 'supervisor', { reason: '  ' })).toEqual({
      ok: false,
      code: 'reason_required',
      messageZh: '退回必须填写理由',
    });
    expect(applyAction('reviewed', 'close', 'supervisor')).toEqual({
      ok: false,
      code: 'rating_required',
      messageZh: '办结销号必须评定等次（优秀、良好、合格、不合格）',
    });
    expect(applyAction('reviewed', 'close', 'supervisor', { rating: '较好' })).toMatchObject({
      code: 'rating_required',
    });
    expect(applyAction('in_progress', 'request_extension', 'lead_unit_liaison')).toMatchObject({
      code: 'reason_required',
      messageZh: '申请延期必须填写理由',
    });
    expect(applyAction('in_progress', 'grant_extension', 'supervisor')).toEqual({
      ok: false,
      code: 'no_pending_extension',
      messageZh: '没有待审批的延期申请，不能批准延期',
    });
    expect(
      applyAction('in_progress', 'request_extension', 'lead_unit_liaison', {
        reason: '需要更多时间',
        extensionPending: true,
      }),
    ).toMatchObject({
      code: 'extension_already_pending',
      messageZh: '已有延期申请等待审批，不能重复申请',
    });
  });

  it('rejects unknown statuses and actions from untyped callers', () => {
    expect(applyAction('lost' as MatterStatus, 'assign', 'supervisor')).toMatchObject({
      code: 'unknown_status',
      messageZh: '未知的事项状态："lost"',
    });
    expect(applyAction('draft', 'toString' as MatterAction, 'supervisor')).toMatchObject({
      code: 'unknown_action',
    });
  });
});

describe('labels and helpers', () => {
  it('has Chinese and English labels for every status and rating', () => {
    for (const s of MATTER_STATUSES) expect(STATUS_LABELS[s].zh.length).toBeGreaterThan(0);
    for (const a of MATTER_ACTIONS) expect(ACTIONS[a].labelEn.length).toBeGreaterThan(0);
    expect(RATINGS).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(RATINGS.map((r) => RATING_LABELS_EN[r])).toEqual([
      'Excellent',
      'Good',
      'Satisfactory',
      'Unsatisfactory',
    ]);
    expect(isRating('良好')).toBe(true);
    expect(isRating('好')).toBe(false);
  });

  it('knows open statuses and available actions', () => {
    expect(MATTER_STATUSES.filter(isOpenStatus)).toEqual([
      'assigned',
      'signed_for',
      'in_progress',
      'closeout_requested',
      'reviewed',
    ]);
    expect(availableActions('in_progress', 'lead_unit_liaison')).toEqual([
      'report',
      'request_closeout',
      'request_extension',
    ]);
    expect(availableActions('reviewed', 'supervisor')).toEqual(['return', 'close']);
    expect(availableActions('closed', 'supervisor')).toEqual([]);
  });
});
