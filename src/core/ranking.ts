/**
 * Ranking units on an indicator (shared/domain.md §2 and §6). Competition ranking: ties
 * share a rank and the next rank skips (1, 2, 2, 4). Units without a value are unranked
 * (rank null) and listed last in their original order. Values within a tiny relative epsilon
 * count as equal, so 98.8 and 98.80000000001 tie.
 */

export type RankDirection = 'higher_better' | 'lower_better';
export type Ranked<T> = T & { rank: number | null };

function usable(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Rank items best first; ties keep their original order. Returns new objects. */
export function rankUnits<T extends object>(
  items: readonly T[],
  value: (item: T) => number | null | undefined,
  direction: RankDirection,
): Ranked<T>[] {
  const withValue = items.map((item, index) => ({ item, index, v: value(item) }));
  const valued = withValue.filter((x): x is { item: T; index: number; v: number } => usable(x.v));
  const sign = direction === 'higher_better' ? -1 : 1;
  valued.sort((a, b) => (same(a.v, b.v) ? a.index - b.index : sign * (a.v - b.v)));
  const ranked: Ranked<T>[] = [];
  valued.forEach((x, i) => {
    const prev = valued[i - 1];
    const prevRank = ranked[i - 1]?.rank ?? null;
    const rank = prev && prevRank !== null && same(prev.v, x.v) ? prevRank : i + 1;
    ranked.push({ ...x.item, rank });
  });
  const unranked = withValue.filter((x) => !usable(x.v)).map((x) => ({ ...x.item, rank: null }));
  return [...ranked, ...unranked];
}

/**
 * Rank within peer groups (县(市)组, 城区组). Groups come out in order of first appearance,
 * each ranked on its own; items whose group is null are unranked and listed last.
 */
export function rankWithinGroups<T extends object>(
  items: readonly T[],
  groupOf: (item: T) => string | null | undefined,
  value: (item: T) => number | null | undefined,
  direction: RankDirection,
): Ranked<T>[] {
  const groups = new Map<string, T[]>();
  const ungrouped: T[] = [];
  for (const item of items) {
    const g = groupOf(item);
    if (g === null || g === undefined) {
      ungrouped.push(item);
      continue;
    }
    const list = groups.get(g) ?? [];
    list.push(item);
    groups.set(g, list);
  }
  const out: Ranked<T>[] = [];
  for (const list of groups.values()) out.push(...rankUnits(list, value, direction));
  return [...out, ...ungrouped.map((item) => ({ ...item, rank: null }))];
}
