import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ESCALATION_THRESHOLDS,
  daysOverdue,
  escalationLevel,
  matterLight,
  validateEscalationThresholds,
} from './lights';

const base = {
  status: 'in_progress' as const,
  today: '2026-03-10',
  deadlines: [] as string[],
  finalDeadline: '2026-03-20',
};

describe('matterLight', () => {
  it('is red when the final deadline has passed', () => {
    expect(matterLight({ ...base, finalDeadline: '2026-03-09' })).toEqual({
      light: 'red',
      reason: '已超过办结期限（2026-03-09）1 天',
    });
  });

  it('is red when a time node has passed', () => {
    expect(matterLight({ ...base, deadlines: ['2026-03-12', '2026-03-05', '2026-03-08'] })).toEqual(
      {
        light: 'red',
        reason: '有 2 个时间节点已逾期，最早 2026-03-05，已逾期 5 天',
      },
    );
  });

  it('is yellow within 2 days of a deadline, today included', () => {
    expect(matterLight({ ...base, finalDeadline: '2026-03-12' })).toEqual({
      light: 'yellow',
      reason: '办结期限（2026-03-12）还剩 2 天',
    });
    expect(matterLight({ ...base, finalDeadline: '2026-03-10' })).toEqual({
      light: 'yellow',
      reason: '办结期限（2026-03-10）今天到期',
    });
    expect(matterLight({ ...base, deadlines: ['2026-03-11'] })).toEqual({
      light: 'yellow',
      reason: '时间节点（2026-03-11）还剩 1 天',
    });
  });

  it('is yellow when progress is behind', () => {
    expect(matterLight({ ...base, progressBehind: true })).toEqual({
      light: 'yellow',
      reason: '办理进度滞后',
    });
  });

  it('is green otherwise, and the yellow window is configurable', () => {
    expect(matterLight({ ...base, finalDeadline: '2026-03-13' })).toEqual({
      light: 'green',
      reason: '按期推进',
    });
    expect(matterLight({ ...base, finalDeadline: '2026-03-13', yellowWithinDays: 3 }).light).toBe(
      'yellow',
    );
    expect(matterLight({ ...base, finalDeadline: null }).light).toBe('green');
  });

  it('is none for draft and closed matters', () => {
    expect(matterLight({ ...base, status: 'closed', finalDeadline: '2026-01-01' })).toEqual({
      light: 'none',
      reason: '事项已办结',
    });
    expect(matterLight({ ...base, status: 'draft' })).toEqual({
      light: 'none',
      reason: '事项尚未交办',
    });
  });

  it('applies to assigned and signed-for matters too', () => {
    expect(matterLight({ ...base, status: 'assigned', deadlines: ['2026-03-09'] }).light).toBe(
      'red',
    );
    expect(matterLight({ ...base, status: 'signed_for', finalDeadline: '2026-03-01' }).light).toBe(
      'red',
    );
  });

  it('ignores the final deadline once close-out is requested', () => {
    const waiting = { ...base, status: 'closeout_requested' as const, finalDeadline: '2026-03-01' };
    expect(matterLight(waiting)).toEqual({ light: 'green', reason: '已申请办结，等待复核' });
    expect(matterLight({ ...waiting, status: 'reviewed' }).light).toBe('green');
    expect(matterLight({ ...waiting, deadlines: ['2026-03-02'] }).light).toBe('red');
  });
});

describe('escalationLevel', () => {
  const none = { remindersSent: 0, warningsSent: 0 };

  it('follows reminder → warning → notice by default', () => {
    expect(DEFAULT_ESCALATION_THRESHOLDS).toEqual({
      reminderAfterDays: 1,
      warningAfterDays: 3,
      noticeAfterDays: 7,
    });
    expect(escalationLevel({ ...none, daysOverdue: 0 })).toBeNull();
    expect(escalationLevel({ ...none, daysOverdue: 1 })).toBe('reminder');
    expect(escalationLevel({ daysOverdue: 2, remindersSent: 1, warningsSent: 0 })).toBeNull();
    expect(escalationLevel({ daysOverdue: 3, remindersSent: 1, warningsSent: 0 })).toBe('warning');
    expect(escalationLevel({ daysOverdue: 6, remindersSent: 1, warningsSent: 1 })).toBeNull();
    expect(escalationLevel({ daysOverdue: 7, remindersSent: 1, warningsSent: 1 })).toBe('notice');
    expect(
      escalationLevel({ daysOverdue: 30, remindersSent: 2, warningsSent: 1, noticesSent: 1 }),
    ).toBeNull();
  });

  it('never skips a step', () => {
    expect(escalationLevel({ ...none, daysOverdue: 10 })).toBe('reminder');
    expect(escalationLevel({ daysOverdue: 10, remindersSent: 1, warningsSent: 0 })).toBe('warning');
  });

  it('takes configurable thresholds', () => {
    const t = { reminderAfterDays: 2, warningAfterDays: 5, noticeAfterDays: 10 };
    expect(escalationLevel({ ...none, daysOverdue: 1 }, t)).toBeNull();
    expect(escalationLevel({ ...none, daysOverdue: 2 }, t)).toBe('reminder');
    expect(escalationLevel({ daysOverdue: 9, remindersSent: 1, warningsSent: 1 }, t)).toBeNull();
    expect(validateEscalationThresholds(t)).toEqual([]);
    expect(
      validateEscalationThresholds({
        reminderAfterDays: 0,
        warningAfterDays: 3,
        noticeAfterDays: 2,
      }),
    ).toEqual(['催办的逾期天数必须是 1 到 366 之间的整数']);
    expect(
      validateEscalationThresholds({
        reminderAfterDays: 4,
        warningAfterDays: 3,
        noticeAfterDays: 2,
      }),
    ).toEqual(['预警的逾期天数不能少于催办', '督办单的逾期天数不能少于预警']);
  });

  it('counts days overdue', () => {
    expect(daysOverdue('2026-03-09', '2026-03-10')).toBe(1);
    expect(daysOverdue('2026-03-10', '2026-03-10')).toBe(0);
    expect(daysOverdue('2026-03-20', '2026-03-10')).toBe(0);
    expect(daysOverdue(null, '2026-03-10')).toBe(0);
  });
});
