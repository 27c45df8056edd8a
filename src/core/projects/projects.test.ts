import { describe, expect, it } from 'vitest';
import { reportLight } from './investment-light';
import { funnel, investmentRate, listRates, percent, upToRound, type ListEntry } from './rates';
import { checkStageOrder } from './stages';

function entries(list: ListEntry['list'], n: number, f: (i: number) => Partial<ListEntry>) {
  return Array.from({ length: n }, (_, i) => ({ list, roundSeq: 1, unitId: 'u', ...f(i) }));
}

describe('stage order', () => {
  it('names both dates when a later stage comes first', () => {
    expect(checkStageOrder({ signedOn: '2022-03-01', startedOn: '2022-02-01' })?.messageZh).toBe(
      '开工日期（2022-02-01）不能早于签约日期（2022-03-01）',
    );
    expect(checkStageOrder({ startedOn: '2022-03-01', completedOn: '2022-01-01' })?.messageZh).toBe(
      '竣工日期（2022-01-01）不能早于开工日期（2022-03-01）',
    );
  });
  it('needs the start before production, but not a signing before the start', () => {
    expect(checkStageOrder({ producingOn: '2022-05-01' })?.messageZh).toBe(
      '已填投产日期（2022-05-01），须先填写开工日期',
    );
    expect(checkStageOrder({ startedOn: '2022-05-01' })).toBeNull();
    expect(checkStageOrder({ signedOn: '2022-05-01', startedOn: '2022-05-01' })).toBeNull();
  });
});

describe('rates', () => {
  it('reproduces seed 001: 98.8 / 100.0 and 44.0 / 79.6', () => {
    const asOf = '2022-06-30';
    const sign = entries('sign', 84, (i) => ({ startedOn: i < 83 ? '2022-01-01' : null }));
    expect(listRates(sign, 'sign', asOf).rates[0]).toMatchObject({ reached: 83, rate: 98.8 });
    const start = entries('start', 91, (i) => ({
      startedOn: '2022-01-01',
      producingOn: i < 40 ? '2022-05-01' : null,
    }));
    expect(listRates(start, 'start', asOf).rates.map((r) => r.rate)).toEqual([100, 44]);
    const produce = entries('produce', 103, (i) => ({
      startedOn: '2021-01-01',
      producingOn: '2021-06-01',
      performingOn: i < 82 ? '2022-03-01' : null,
    }));
    expect(listRates(produce, 'produce', asOf).rates[0]!.rate).toBe(79.6);
  });
  it('counts a stage only once its date has come, and rounds half up', () => {
    const e = entries('sign', 2, (i) => ({ startedOn: i === 0 ? '2022-01-01' : '2030-01-01' }));
    expect(listRates(e, 'sign', '2022-06-30').rates[0]!.reached).toBe(1);
    expect(percent(89, 200)).toBe(44.5);
    expect(percent(0, 0)).toBeNull();
  });
  it('accumulates rounds and computes investment above plan', () => {
    const e = [1, 2, 3].map((s) => ({ list: 'sign' as const, roundSeq: s, unitId: 'u' }));
    expect(upToRound(e, 2)).toHaveLength(2);
    expect(investmentRate(1474, 1000)).toBe(147.4);
    expect(investmentRate(5, 0)).toBeNull();
    expect(
      funnel([{ signedOn: '2022-01-01', startedOn: '2022-02-01' }], '2022-12-31').map(
        (f) => f.count,
      ),
    ).toEqual([1, 1, 0, 0]);
  });
});

describe('monthly report light', () => {
  it('is green when the last finished month is in', () => {
    expect(reportLight('2026-10', '2026-11-20').light).toBe('green');
  });
  it('turns yellow after 5 days and red after 15 days past the month end', () => {
    expect(reportLight('2026-09', '2026-11-04').light).toBe('green');
    expect(reportLight('2026-09', '2026-11-06').light).toBe('yellow');
    expect(reportLight('2026-09', '2026-11-16')).toMatchObject({
      light: 'red',
      missingMonth: '2026-10',
    });
    expect(
      reportLight('2026-09', '2026-11-16', { yellowAfterDays: 20, redAfterDays: 30 }).light,
    ).toBe('green');
  });
  it('is red at once for an older gap', () => {
    expect(reportLight('2026-08', '2026-11-02')).toMatchObject({
      light: 'red',
      missingMonth: '2026-09',
    });
  });
});
