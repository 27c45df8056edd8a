// A leaf's value → a factor of its points, among the unit's peers. See Normalisation in types.ts.
import { rankUnits } from '../ranking';
import type { Direction, Normalisation } from './types';

const usable = (v: number | null | undefined): v is number =>
  typeof v === 'number' && Number.isFinite(v);

/**
 * Factors (1 = full points) for every peer of one group on one leaf. A unit without a value
 * gets 0: a missing figure never earns points.
 */
export function factorsAmongPeers(
  values: ReadonlyMap<string, number | null>,
  direction: Direction,
  n: Normalisation,
): Map<string, number> {
  const out = new Map<string, number>();
  const ids = [...values.keys()];
  if (n.kind === 'ratio_to_target') {
    for (const id of ids) out.set(id, ratioFactor(values.get(id), direction, n.target, n.cap));
    return out;
  }
  if (n.kind === 'threshold') {
    for (const id of ids) out.set(id, thresholdFactor(values.get(id), direction, n.steps));
    return out;
  }
  if (n.kind === 'min_max') {
    const present = ids.map((id) => values.get(id)).filter(usable);
    const min = Math.min(...present);
    const max = Math.max(...present);
    for (const id of ids) {
      const v = values.get(id);
      if (!usable(v)) out.set(id, 0);
      else if (max === min) out.set(id, 1);
      else
        out.set(
          id,
          direction === 'higher_better' ? (v - min) / (max - min) : (max - v) / (max - min),
        );
    }
    return out;
  }
  const ranked = rankUnits(
    ids.map((id) => ({ id })),
    (x) => values.get(x.id),
    direction,
  );
  for (const r of ranked) {
    const p = n.points;
    out.set(r.id, r.rank === null ? 0 : (p[Math.min(r.rank, p.length) - 1] ?? 0));
  }
  return out;
}

export function ratioFactor(
  v: number | null | undefined,
  direction: Direction,
  target: number,
  cap: number,
): number {
  if (!usable(v)) return 0;
  const ratio = direction === 'higher_better' ? v / target : v <= 0 ? cap : target / v;
  return Math.max(0, Math.min(cap, ratio));
}

export function thresholdFactor(
  v: number | null | undefined,
  direction: Direction,
  steps: readonly { from: number; factor: number }[],
): number {
  if (!usable(v)) return 0;
  const sorted = [...steps].sort((a, b) =>
    direction === 'higher_better' ? b.from - a.from : a.from - b.from,
  );
  const hit = sorted.find((s) => (direction === 'higher_better' ? v >= s.from : v <= s.from));
  return hit?.factor ?? 0;
}
