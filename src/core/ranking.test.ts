import { describe, expect, it } from 'vitest';
import { rankUnits, rankWithinGroups } from './ranking';

interface Unit {
  name: string;
  group: string | null;
  value: number | null;
}
const u = (name: string, value: number | null, group: string | null = null): Unit => ({
  name,
  value,
  group,
});

describe('rankUnits', () => {
  it('uses competition ranking: 1, 2, 2, 4', () => {
    const r = rankUnits(
      [u('a', 5), u('b', 9), u('c', 7), u('d', 7)],
      (x) => x.value,
      'higher_better',
    );
    expect(r.map((x) => [x.name, x.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 2],
      ['a', 4],
    ]);
  });
  it('ranks lower-is-better ascending', () => {
    const r = rankUnits([u('a', 5.5), u('b', 4.8), u('c', 5.5)], (x) => x.value, 'lower_better');
    expect(r.map((x) => [x.name, x.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
    ]);
  });
  it('puts units without a value last, unranked, in original order', () => {
    const r = rankUnits(
      [u('a', null), u('b', 1), u('c', Number.NaN), u('d', 2)],
      (x) => x.value,
      'higher_better',
    );
    expect(r.map((x) => [x.name, x.rank])).toEqual([
      ['d', 1],
      ['b', 2],
      ['a', null],
      ['c', null],
    ]);
  });
  it('treats float noise as a tie', () => {
    const r = rankUnits([u('a', 0.1 + 0.2), u('b', 0.3)], (x) => x.value, 'higher_better');
    expect(r.map((x) => x.rank)).toEqual([1, 1]);
  });
  it('does not modify the input and keeps item fields', () => {
    const items = [u('a', 1)];
    const r = rankUnits(items, (x) => x.value, 'higher_better');
    expect(items[0]).not.toHaveProperty('rank');
    expect(r[0]).toEqual({ name: 'a', value: 1, group: null, rank: 1 });
  });
  it('handles an empty list', () => {
    expect(rankUnits([], (x: Unit) => x.value, 'higher_better')).toEqual([]);
  });
});

describe('rankWithinGroups', () => {
  it('ranks 县(市)组 and 城区组 separately', () => {
    const items = [
      u('沁阳市', 8.1, '县(市)组'),
      u('解放区', 7.2, '城区组'),
      u('孟州市', 8.4, '县(市)组'),
      u('山阳区', 7.9, '城区组'),
      u('温县', 8.1, '县(市)组'),
      u('示范区', 9, null),
    ];
    const r = rankWithinGroups(
      items,
      (x) => x.group,
      (x) => x.value,
      'higher_better',
    );
    expect(r.map((x) => [x.name, x.rank])).toEqual([
      ['孟州市', 1],
      ['沁阳市', 2],
      ['温县', 2],
      ['山阳区', 1],
      ['解放区', 2],
      ['示范区', null],
    ]);
  });
});
