import { describe, expect, it } from 'vitest';
import { computeScheme, whatIfMatchedBest, type EvalValues } from './compute';
import { checkDefinition, leavesOf, type SchemeDefinition } from './types';

// One small scheme worked by hand: 100 points, A (60) = a1 40 + a2 20, B (40) = b1 20 + b2 20.
const src = { kind: 'manual', params: {} };
const def: SchemeDefinition = {
  total: 100,
  nodes: [
    {
      key: 'A',
      name: '甲',
      weight: 60,
      children: [
        {
          key: 'a1',
          name: '目标完成',
          weight: 2,
          direction: 'higher_better',
          source: src,
          normalisation: { kind: 'ratio_to_target', target: 10, cap: 1.2 },
        },
        {
          key: 'a2',
          name: '超期件数',
          weight: 1,
          direction: 'lower_better',
          source: src,
          normalisation: { kind: 'min_max' },
        },
      ],
    },
    {
      key: 'B',
      name: '乙',
      weight: 40,
      children: [
        {
          key: 'b1',
          name: '名次',
          weight: 1,
          direction: 'higher_better',
          source: src,
          normalisation: { kind: 'rank_points', points: [1, 0.8, 0.6] },
        },
        {
          key: 'b2',
          name: '分档',
          weight: 1,
          direction: 'higher_better',
          source: src,
          normalisation: {
            kind: 'threshold',
            steps: [
              { from: 60, factor: 0.3 },
              { from: 90, factor: 1 },
              { from: 80, factor: 0.6 },
            ],
          },
        },
      ],
    },
  ],
  adjustments: [
    { key: 'plus', name: '正向激励', kind: 'bonus', source: src, perUnit: 0.5, max: 2 },
  ],
};

const units = [
  { unitId: 'X', group: 'g' },
  { unitId: 'Y', group: 'g' },
  { unitId: 'Z', group: 'g' },
  { unitId: 'W', group: 'h' },
];
const table = (rows: Record<string, Record<string, number | null>>): EvalValues =>
  new Map(Object.entries(rows).map(([k, byUnit]) => [k, new Map(Object.entries(byUnit))]));
const values = table({
  a1: { X: 12, Y: 9, Z: 15, W: 8 },
  a2: { X: 2, Y: 4, Z: 6, W: 3 },
  b1: { X: 5, Y: 7, Z: 7, W: 1 },
  b2: { X: 70, Y: 95, Z: 50, W: null },
  plus: { X: 0, Y: null, Z: 4, W: 1 },
});

describe('computeScheme', () => {
  const results = computeScheme(def, units, values);
  const of = (id: string) => results.find((r) => r.unitId === id)!;
  const leaf = (id: string, key: string) => of(id).leaves.find((l) => l.key === key)!;

  it('gives each leaf its share of the parent: 40, 20, 20, 20', () => {
    expect(leavesOf(def).map((l) => [l.leaf.key, l.points])).toEqual([
      ['a1', 40],
      ['a2', 20],
      ['b1', 20],
      ['b2', 20],
    ]);
  });

  it('scores every normalisation as worked by hand', () => {
    // a1: 12/10 = 1.2 → 48; 9/10 → 36; 15/10 capped at 1.2 → 48.
    expect([leaf('X', 'a1').points, leaf('Y', 'a1').points, leaf('Z', 'a1').points]).toEqual([
      48, 36, 48,
    ]);
    // a2 lower is better, min 2 max 6: X 20, Y 10, Z 0.
    expect([leaf('X', 'a2').points, leaf('Y', 'a2').points, leaf('Z', 'a2').points]).toEqual([
      20, 10, 0,
    ]);
    // b1 ranks: Y and Z tie first (20), X third (0.6 → 12).
    expect([leaf('X', 'b1').points, leaf('Y', 'b1').points, leaf('Z', 'b1').points]).toEqual([
      12, 20, 20,
    ]);
    // b2 steps: 70 → 0.3 → 6; 95 → 1 → 20; 50 → none → 0.
    expect([leaf('X', 'b2').points, leaf('Y', 'b2').points, leaf('Z', 'b2').points]).toEqual([
      6, 20, 0,
    ]);
  });

  it('adds the bonus (capped at its maximum) and ranks with a tie', () => {
    expect(of('X')).toMatchObject({ base: 86, total: 86, rank: 1, groupSize: 3 });
    expect(of('Y')).toMatchObject({ base: 86, total: 86, rank: 1 });
    // Z: 68 + min(2, 4 × 0.5) = 70.
    expect(of('Z')).toMatchObject({ base: 68, total: 70, rank: 3 });
    expect(of('Z').adjustments[0]).toMatchObject({ points: 2, triggered: true });
  });

  it('ranks another group apart, and a missing figure earns nothing', () => {
    // W alone: a1 8/10 → 32; a2, b1 alone → full 20 + 20; b2 missing → 0; bonus 0.5.
    expect(of('W')).toMatchObject({ base: 72, total: 72.5, rank: 1, groupSize: 1 });
    expect(leaf('W', 'b2')).toMatchObject({ value: null, points: 0 });
  });

  it('sums points per node and shows where points were lost against the best peer', () => {
    expect(of('X').nodePoints.get('A')).toBe(68);
    expect(of('X').nodePoints.get('B')).toBe(18);
    expect(leaf('X', 'b1')).toMatchObject({
      bestPoints: 20,
      bestUnitIds: ['Y', 'Z'],
      lostToBest: 8,
    });
    expect(leaf('X', 'b2')).toMatchObject({
      bestUnitIds: ['Y'],
      bestValue: 95,
      lostToBest: 14,
      lostToFull: 14,
    });
    expect(leaf('X', 'a1')).toMatchObject({ lostToBest: 0, lostToFull: 0 });
    expect(leaf('Y', 'a1')).toMatchObject({ bestUnitIds: ['X', 'Z'], lostToBest: 12 });
  });

  it('says what matching the best peer on one indicator would change', () => {
    expect(whatIfMatchedBest(def, units, values, 'X')).toEqual([
      // b1 = 7: all three tie first → 20 points.
      { key: 'b1', value: 7, total: 94, rank: 1, gain: 8 },
      { key: 'b2', value: 95, total: 100, rank: 1, gain: 14 },
    ]);
    // Z matching X's 2 overdue: the range shrinks to 2–4, so Y drops to 0 there and Z leads.
    const z = whatIfMatchedBest(def, units, values, 'Z');
    expect(z.find((w) => w.key === 'a2')).toEqual({
      key: 'a2',
      value: 2,
      total: 90,
      rank: 1,
      gain: 20,
    });
  });
});

describe('veto items (一票否决)', () => {
  const veto = (effect: 'zero' | 'cap'): SchemeDefinition => ({
    ...def,
    adjustments: [
      ...def.adjustments,
      { key: 'v', name: '安全生产一票否决', kind: 'veto', source: src, effect, cap: 60 },
    ],
  });
  const withVeto = new Map(values);
  withVeto.set('v', new Map([['X', 1]]));

  it('zeroes the total and moves the unit to the bottom', () => {
    const r = computeScheme(veto('zero'), units, withVeto);
    expect(r.find((x) => x.unitId === 'X')).toMatchObject({ total: 0, vetoed: true, rank: 3 });
    expect(r.find((x) => x.unitId === 'Y')).toMatchObject({ total: 86, rank: 1 });
  });

  it('or caps it', () => {
    const r = computeScheme(veto('cap'), units, withVeto);
    expect(r.find((x) => x.unitId === 'X')).toMatchObject({ total: 60, vetoed: true, rank: 3 });
  });
});

describe('checkDefinition', () => {
  it('names every problem in Chinese', () => {
    const bad: SchemeDefinition = {
      total: 100,
      nodes: [
        { key: 'A', name: '甲', weight: 0, children: [] },
        {
          key: 'A',
          name: '乙',
          weight: 1,
          direction: 'higher_better',
          source: src,
          normalisation: { kind: 'ratio_to_target', target: 0, cap: 0.5 },
        },
      ],
      adjustments: [],
    };
    expect(checkDefinition(bad)).toEqual([
      '“甲”的权重必须大于 0',
      '“甲”没有下级指标',
      '指标编号“A”重复（乙）',
      '“乙”的目标值必须大于 0',
      '“乙”的封顶倍数不能小于 1',
    ]);
    expect(checkDefinition(def)).toEqual([]);
  });
});
