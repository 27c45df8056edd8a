/**
 * Evaluation schemes (考核评价, shared/domain.md §6) as data: a tree of weighted indicators,
 * applied to a set of units for a period, plus bonus, penalty and veto items.
 *
 * Weights are relative among siblings: a node's points are its parent's points × its weight ÷
 * the sum of its siblings' weights, and the root holds `total` points (100 by default). So the
 * Torch Centre's first level is written 20/20/15/15/30 and a second level may be written in
 * points or in shares alike.
 */
import type { RankDirection } from '../ranking';

export type Direction = RankDirection;

/**
 * How a leaf's value becomes a factor of its points (1 = full points).
 * - ratio_to_target: value ÷ target (target ÷ value when lower is better), capped at `cap`
 *   (1.2 lets a unit earn 120% of the points); 0 below zero.
 * - min_max: among the unit's peers (its ranking group): best 1, worst 0, linear between;
 *   every peer equal → 1.
 * - rank_points: factor by rank among peers (ties share a rank): points[rank - 1], the last
 *   entry for ranks beyond the list.
 * - threshold: the factor of the first step the value reaches (≥ `from` when higher is better,
 *   ≤ `from` when lower is better; steps are tried best first); 0 if none.
 */
export type Normalisation =
  | { kind: 'ratio_to_target'; target: number; cap: number }
  | { kind: 'min_max' }
  | { kind: 'rank_points'; points: number[] }
  | { kind: 'threshold'; steps: { from: number; factor: number }[] };

/** Where a value comes from: a registered data source and its parameters. */
export interface SourceRef {
  kind: string;
  params: Record<string, unknown>;
}

export interface LeafNode {
  key: string;
  name: string;
  weight: number;
  direction: Direction;
  source: SourceRef;
  normalisation: Normalisation;
  /** Shipped without its official definition: an administrator completes it (待补充). */
  placeholder?: boolean;
  note?: string;
}

export interface GroupNode {
  key: string;
  name: string;
  weight: number;
  children: SchemeNode[];
  placeholder?: boolean;
  note?: string;
}

export type SchemeNode = LeafNode | GroupNode;

/**
 * 正负激励 and 一票否决. bonus/penalty: value × perUnit points added or taken off, at most `max`.
 * veto: triggered when the value is above zero; the total becomes 0 ('zero') or at most `cap`.
 */
export type Adjustment =
  | {
      key: string;
      name: string;
      kind: 'bonus' | 'penalty';
      source: SourceRef;
      perUnit: number;
      max: number;
    }
  | {
      key: string;
      name: string;
      kind: 'veto';
      source: SourceRef;
      effect: 'zero' | 'cap';
      cap?: number;
    };

export interface SchemeDefinition {
  total: number;
  nodes: SchemeNode[];
  adjustments: Adjustment[];
}

export function isLeaf(n: SchemeNode): n is LeafNode {
  return !('children' in n);
}

/** Every leaf with its full points (the weights multiplied down the tree) and its path. */
export function leavesOf(
  def: SchemeDefinition,
): { leaf: LeafNode; points: number; path: string[] }[] {
  const out: { leaf: LeafNode; points: number; path: string[] }[] = [];
  const walk = (nodes: SchemeNode[], points: number, path: string[]) => {
    const sum = nodes.reduce((s, n) => s + n.weight, 0);
    for (const n of nodes) {
      const p = sum > 0 ? (points * n.weight) / sum : 0;
      if (isLeaf(n)) out.push({ leaf: n, points: p, path: [...path, n.key] });
      else walk(n.children, p, [...path, n.key]);
    }
  };
  walk(def.nodes, def.total, []);
  return out;
}

/** Full points of every node (groups and leaves) by key. */
export function pointsByKey(def: SchemeDefinition): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (nodes: SchemeNode[], points: number) => {
    const sum = nodes.reduce((s, n) => s + n.weight, 0);
    for (const n of nodes) {
      const p = sum > 0 ? (points * n.weight) / sum : 0;
      out.set(n.key, p);
      if (!isLeaf(n)) walk(n.children, p);
    }
  };
  walk(def.nodes, def.total);
  return out;
}

/**
 * Problems that make a definition unusable, in Chinese, one per problem: duplicate keys,
 * weights that are not positive, empty groups, normalisations that make no sense.
 */
export function checkDefinition(def: SchemeDefinition): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const key = (k: string, name: string) => {
    if (seen.has(k)) problems.push(`指标编号“${k}”重复（${name}）`);
    seen.add(k);
  };
  if (!(def.total > 0)) problems.push('总分必须大于 0');
  if (def.nodes.length === 0) problems.push('方案至少要有一个指标');
  const walk = (nodes: SchemeNode[]) => {
    for (const n of nodes) {
      key(n.key, n.name);
      if (!(n.weight > 0)) problems.push(`“${n.name}”的权重必须大于 0`);
      if (isLeaf(n)) problems.push(...checkNormalisation(n));
      else if (n.children.length === 0) problems.push(`“${n.name}”没有下级指标`);
      else walk(n.children);
    }
  };
  walk(def.nodes);
  for (const a of def.adjustments) {
    key(a.key, a.name);
    if (a.kind === 'veto') {
      if (a.effect === 'cap' && !(typeof a.cap === 'number' && a.cap >= 0))
        problems.push(`“${a.name}”封顶分值必须为非负数`);
    } else {
      if (!(a.perUnit > 0)) problems.push(`“${a.name}”每单位分值必须大于 0`);
      if (!(a.max > 0)) problems.push(`“${a.name}”最高分值必须大于 0`);
    }
  }
  return problems;
}

function checkNormalisation(n: LeafNode): string[] {
  const m = n.normalisation;
  if (m.kind === 'ratio_to_target') {
    const out: string[] = [];
    if (!(m.target > 0)) out.push(`“${n.name}”的目标值必须大于 0`);
    if (!(m.cap >= 1)) out.push(`“${n.name}”的封顶倍数不能小于 1`);
    return out;
  }
  if (m.kind === 'rank_points') {
    return m.points.length === 0 || m.points.some((p) => !(p >= 0))
      ? [`“${n.name}”的名次得分须为非负数列表`]
      : [];
  }
  if (m.kind === 'threshold') {
    return m.steps.length === 0 || m.steps.some((s) => !Number.isFinite(s.from) || !(s.factor >= 0))
      ? [`“${n.name}”的分档表不完整`]
      : [];
  }
  return [];
}
