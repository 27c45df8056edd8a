/**
 * Scoring a scheme for a set of units: leaf points among peers (the unit's ranking group),
 * bonus/penalty/veto, the total (two decimals, half up), the rank within the group (ties
 * share a rank), and where each unit lost points against the best peer of its group.
 */
import { roundHalfUp } from '../format';
import { rankWithinGroups } from '../ranking';
import { factorsAmongPeers } from './normalise';
import { isLeaf, leavesOf, type Adjustment, type SchemeDefinition, type SchemeNode } from './types';

export interface EvalUnit {
  unitId: string;
  /** Ranking group (县(市)组 / 城区组); units without one are ranked together. */
  group: string | null;
}

/** Values by item key (leaf or adjustment), then by unit. */
export type EvalValues = ReadonlyMap<string, ReadonlyMap<string, number | null>>;

export interface LeafResult {
  key: string;
  value: number | null;
  factor: number;
  points: number;
  fullPoints: number;
  /** The most points a peer of the same group earned here, and who (ties: all of them). */
  bestPoints: number;
  bestUnitIds: string[];
  bestValue: number | null;
  lostToBest: number;
  lostToFull: number;
}

export interface AdjustmentResult {
  key: string;
  name: string;
  kind: Adjustment['kind'];
  value: number | null;
  /** Points added (+) or taken off (−); 0 for a veto. */
  points: number;
  triggered: boolean;
}

export interface UnitResult {
  unitId: string;
  group: string | null;
  /** Sum of the leaves' points. */
  base: number;
  adjustments: AdjustmentResult[];
  vetoed: boolean;
  total: number;
  rank: number | null;
  groupSize: number;
  leaves: LeafResult[];
  /** Points earned per node (groups and leaves) by key. */
  nodePoints: Map<string, number>;
}

const groupKey = (u: EvalUnit) => u.group ?? '';

function valueOf(values: EvalValues, key: string, unitId: string): number | null {
  const v = values.get(key)?.get(unitId);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function computeScheme(
  def: SchemeDefinition,
  units: readonly EvalUnit[],
  values: EvalValues,
): UnitResult[] {
  const leaves = leavesOf(def);
  const groups = new Map<string, EvalUnit[]>();
  for (const u of units) groups.set(groupKey(u), [...(groups.get(groupKey(u)) ?? []), u]);

  const results: UnitResult[] = [];
  for (const peers of groups.values()) {
    const leafResults = new Map<string, LeafResult[]>(peers.map((u) => [u.unitId, []]));
    for (const { leaf, points: full } of leaves) {
      const vals = new Map(peers.map((u) => [u.unitId, valueOf(values, leaf.key, u.unitId)]));
      const factors = factorsAmongPeers(vals, leaf.direction, leaf.normalisation);
      const pts = new Map(peers.map((u) => [u.unitId, full * (factors.get(u.unitId) ?? 0)]));
      const best = Math.max(...pts.values());
      const bestUnitIds = peers.filter((u) => same(pts.get(u.unitId)!, best)).map((u) => u.unitId);
      const bestValue = vals.get(bestUnitIds[0]!) ?? null;
      for (const u of peers) {
        const p = pts.get(u.unitId)!;
        leafResults.get(u.unitId)!.push({
          key: leaf.key,
          value: vals.get(u.unitId) ?? null,
          factor: factors.get(u.unitId) ?? 0,
          points: p,
          fullPoints: full,
          bestPoints: best,
          bestUnitIds,
          bestValue,
          lostToBest: Math.max(0, best - p),
          lostToFull: Math.max(0, full - p),
        });
      }
    }
    for (const u of peers) {
      const lr = leafResults.get(u.unitId)!;
      const base = lr.reduce((s, l) => s + l.points, 0);
      const adjustments = def.adjustments.map((a) => adjust(a, valueOf(values, a.key, u.unitId)));
      let total = base + adjustments.reduce((s, a) => s + a.points, 0);
      let vetoed = false;
      for (const a of def.adjustments) {
        const r = adjustments.find((x) => x.key === a.key)!;
        if (a.kind !== 'veto' || !r.triggered) continue;
        vetoed = true;
        total = a.effect === 'zero' ? 0 : Math.min(total, a.cap ?? 0);
      }
      results.push({
        unitId: u.unitId,
        group: u.group,
        base,
        adjustments,
        vetoed,
        total: roundHalfUp(total, 2),
        rank: null,
        groupSize: peers.length,
        leaves: lr,
        nodePoints: nodePoints(def.nodes, new Map(lr.map((l) => [l.key, l.points]))),
      });
    }
  }
  const ranked = rankWithinGroups(
    results,
    (r) => r.group ?? '',
    (r) => r.total,
    'higher_better',
  );
  const order = new Map(units.map((u, i) => [u.unitId, i]));
  return ranked.sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)!);
}

function adjust(a: Adjustment, value: number | null): AdjustmentResult {
  const base = { key: a.key, name: a.name, kind: a.kind, value };
  const on = value !== null && value > 0;
  if (a.kind === 'veto') return { ...base, points: 0, triggered: on };
  const pts = on ? Math.min(a.max, value * a.perUnit) : 0;
  return { ...base, points: a.kind === 'bonus' ? pts : -pts, triggered: on };
}

function nodePoints(nodes: SchemeNode[], leafPoints: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (n: SchemeNode): number => {
    const p = isLeaf(n)
      ? (leafPoints.get(n.key) ?? 0)
      : n.children.reduce((s, c) => s + walk(c), 0);
    out.set(n.key, p);
    return p;
  };
  nodes.forEach(walk);
  return out;
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export interface WhatIf {
  key: string;
  /** The value the unit would need: the best peer's. */
  value: number | null;
  total: number;
  rank: number | null;
  gain: number;
}

/**
 * "What moving one indicator would change": for each leaf where the unit is behind the best
 * peer of its group, its total and rank if its value matched that peer's, everything else
 * unchanged (peers' min–max and rank points recomputed too).
 */
export function whatIfMatchedBest(
  def: SchemeDefinition,
  units: readonly EvalUnit[],
  values: EvalValues,
  unitId: string,
  current?: UnitResult[],
): WhatIf[] {
  const now = (current ?? computeScheme(def, units, values)).find((r) => r.unitId === unitId);
  if (!now) return [];
  const out: WhatIf[] = [];
  for (const l of now.leaves) {
    if (l.lostToBest <= 1e-9 || l.bestValue === null) continue;
    const changed = new Map(values);
    const row = new Map(values.get(l.key) ?? []);
    row.set(unitId, l.bestValue);
    changed.set(l.key, row);
    const after = computeScheme(def, units, changed).find((r) => r.unitId === unitId)!;
    out.push({
      key: l.key,
      value: l.bestValue,
      total: after.total,
      rank: after.rank,
      gain: roundHalfUp(after.total - now.total, 2),
    });
  }
  return out;
}
