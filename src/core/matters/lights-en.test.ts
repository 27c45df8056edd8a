import { describe, expect, it } from 'vitest';
import { lightReasonEn, matterLight } from './lights';

// Every reason matterLight gives reads in English without Chinese left in it.
describe('lightReasonEn', () => {
  const today = '2026-03-10';
  const cases = [
    { status: 'draft', deadlines: [], finalDeadline: null },
    { status: 'closed', deadlines: [], finalDeadline: null },
    { status: 'in_progress', deadlines: [], finalDeadline: '2026-03-09' },
    { status: 'in_progress', deadlines: ['2026-03-01', '2026-03-05'], finalDeadline: '2026-04-30' },
    { status: 'in_progress', deadlines: [], finalDeadline: '2026-03-10' },
    { status: 'in_progress', deadlines: ['2026-03-12'], finalDeadline: '2026-04-30' },
    { status: 'in_progress', deadlines: [], finalDeadline: '2026-05-30', progressBehind: true },
    { status: 'closeout_requested', deadlines: [], finalDeadline: '2026-03-01' },
    { status: 'in_progress', deadlines: [], finalDeadline: '2026-05-30' },
  ] as const;
  for (const c of cases) {
    it(`rewords “${matterLight({ ...c, today }).reason}”`, () => {
      const en = lightReasonEn(matterLight({ ...c, today }).reason);
      expect(en).not.toMatch(/[\u3400-\u9fff]/);
    });
  }
  it('says the days and the date', () => {
    expect(lightReasonEn('已超过办结期限（2026-03-09）1 天')).toBe(
      'Final deadline (2026-03-09) passed 1 day ago',
    );
    expect(lightReasonEn('办结期限（2026-03-12）还剩 2 天')).toBe(
      'Final deadline (2026-03-12) in 2 days',
    );
  });
});
