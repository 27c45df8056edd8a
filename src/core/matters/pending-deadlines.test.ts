import { describe, expect, it } from 'vitest';
import { addNaturalDays } from '../dates';
import { lightOf, nextDue, pendingDeadlines, type MatterDates } from './pending-deadlines';

const base: MatterDates = {
  status: 'assigned',
  deployDue: '2026-03-02',
  signedOn: null,
  feedbackDue: '2026-03-05',
  feedbackMetOn: null,
  finalDue: '2026-03-09',
  nextNodeDue: null,
};

/** The SQL rule: red before today, yellow within the window, else green. */
function sqlLight(m: MatterDates, today: string, within = 2): string {
  const n = nextDue(m);
  if (m.status === 'draft' || m.status === 'closed') return 'none';
  if (n === null) return 'green';
  if (n < today) return 'red';
  return n <= addNaturalDays(today, within) ? 'yellow' : 'green';
}

describe('pending deadlines and next_due', () => {
  it('counts deploy until signed, feedback until the first report, final while working', () => {
    expect(pendingDeadlines(base)).toEqual(['2026-03-02', '2026-03-05']);
    expect(nextDue(base)).toBe('2026-03-02');
    const signed = { ...base, status: 'signed_for' as const, signedOn: '2026-03-02' };
    expect(nextDue(signed)).toBe('2026-03-05');
    const reported = { ...signed, status: 'in_progress' as const, feedbackMetOn: '2026-03-04' };
    expect(nextDue(reported)).toBe('2026-03-09');
    expect(nextDue({ ...reported, nextNodeDue: '2026-03-07' })).toBe('2026-03-07');
    expect(nextDue({ ...reported, status: 'closeout_requested' })).toBeNull();
    expect(nextDue({ ...reported, status: 'closed' })).toBeNull();
  });

  it('gives the same light as matterLight for every day around the deadlines', () => {
    const cases: MatterDates[] = [
      base,
      { ...base, status: 'signed_for', signedOn: '2026-03-02' },
      { ...base, status: 'in_progress', signedOn: '2026-03-02', feedbackMetOn: '2026-03-03' },
      {
        ...base,
        status: 'closeout_requested',
        signedOn: '2026-03-02',
        feedbackMetOn: '2026-03-03',
      },
      { ...base, status: 'in_progress', signedOn: '2026-03-02', nextNodeDue: '2026-03-04' },
      { ...base, status: 'closed' },
    ];
    for (const m of cases) {
      for (let d = '2026-02-25'; d <= '2026-03-15'; d = addNaturalDays(d, 1)) {
        expect(lightOf(m, d).light, `${m.status} ${d}`).toBe(sqlLight(m, d));
      }
    }
  });
});
