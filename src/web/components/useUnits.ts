import { useCallback, useEffect, useMemo, useState } from 'react';
import { get, qs } from '../api';
import type { UnitView } from '../types';

export interface UnitTreeNode {
  key: string;
  title: string;
  unit: UnitView;
  children: UnitTreeNode[];
}

/** The units the caller may see, as a list and as a tree (roots are the top of their scope). */
export function useUnits(includeInactive = false) {
  const [units, setUnits] = useState<UnitView[]>([]);
  const [loading, setLoading] = useState(true);
  const reload = useCallback(async () => {
    setLoading(true);
    try {
      const r = await get<{ items: UnitView[] }>(`/api/units${qs({ includeInactive })}`);
      setUnits(r.items);
    } finally {
      setLoading(false);
    }
  }, [includeInactive]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const tree = useMemo(() => buildTree(units), [units]);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  return { units, tree, byId, loading, reload };
}

export function buildTree(units: UnitView[]): UnitTreeNode[] {
  const nodes = new Map<string, UnitTreeNode>();
  for (const u of units) nodes.set(u.id, { key: u.id, title: u.name, unit: u, children: [] });
  const roots: UnitTreeNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.id)!;
    const parent = u.parentId ? nodes.get(u.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Ids from the root down to the unit, for expanding the tree to it. */
export function ancestorIds(byId: Map<string, UnitView>, id: string): string[] {
  const out: string[] = [];
  let cur = byId.get(id);
  while (cur?.parentId) {
    out.unshift(cur.parentId);
    cur = byId.get(cur.parentId);
  }
  return out;
}

export interface UnitTreeOption {
  value: string;
  title: string;
  children: UnitTreeOption[];
}

/** Active units as TreeSelect options (pickers for a parent unit, a home unit, a role's unit). */
export function useUnitTreeOptions(): UnitTreeOption[] {
  const { units } = useUnits();
  return useMemo(() => toTreeOptions(buildTree(units.filter((u) => u.active))), [units]);
}

export function toTreeOptions(nodes: UnitTreeNode[]): UnitTreeOption[] {
  return nodes.map((n) => ({ value: n.key, title: n.title, children: toTreeOptions(n.children) }));
}
