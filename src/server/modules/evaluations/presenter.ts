// Shaping schemes for the API: the flat item rows with depth and full points, labels in Chinese.
import { pathInScope } from '../../auth/scope';
import { pointsByKey } from '../../../core/evaluations/types';
import type { Normalisation } from '../../../core/evaluations/types';
import { canManage, type EvalAccess } from './access';
import { toDefinition } from './definition';
import { groupLabel } from './results';
import type { SchemeRecord, StoredDefinition, UnitInfo } from './queries';
import { sourceOf } from './sources';

export function normalisationLabel(n: Normalisation): string {
  switch (n.kind) {
    case 'ratio_to_target':
      return `与目标值 ${n.target} 之比，封顶 ${n.cap} 倍`;
    case 'min_max':
      return '同组极差法（最好满分、最差零分）';
    case 'rank_points':
      return `按组内名次得分：${n.points.join('、')}（满分为 1）`;
    case 'threshold':
      return `分档：${n.steps.map((s) => `${s.from}→${s.factor}`).join('；')}`;
  }
}

function sourceLabel(kind: string, params: Record<string, unknown>): string {
  const s = sourceOf(kind);
  if (!s) return kind;
  const extra = Object.entries(params)
    .map(([k, v]) => `${s.paramFields.find((f) => f.name === k)?.labelZh ?? k}：${String(v)}`)
    .join('，');
  return extra ? `${s.labelZh}（${extra}）` : s.labelZh;
}

export function presentSummary(
  s: SchemeRecord,
  def: StoredDefinition,
  access: EvalAccess,
  /** The scheme's units, to count those the caller sees as its results table shows them. */
  units: Map<string, UnitInfo>,
) {
  const shownUnitCount = def.units.filter((u) => {
    const info = units.get(u.unitId);
    return info !== undefined && pathInScope(info.path, access.read);
  }).length;
  return {
    id: s.id,
    code: s.code,
    name: s.name,
    source: s.source,
    organiser: { id: s.organiser.id, name: s.organiser.name },
    defaultPeriod: s.defaultPeriod,
    latestVersion: s.latestVersion,
    unitCount: def.units.length,
    shownUnitCount,
    placeholderCount: def.items.filter((i) => i.placeholder).length,
    canManage: canManage(access, s.organiser.path),
  };
}

export function presentDetail(
  s: SchemeRecord,
  version: number,
  def: StoredDefinition,
  versions: { version: number; note: string; createdByName: string; createdAt: Date }[],
  units: Map<string, UnitInfo>,
  access: EvalAccess,
) {
  const { definition } = toDefinition(def);
  const points = pointsByKey(definition);
  const depth = new Map<string, number>();
  for (const it of def.items)
    depth.set(it.key, it.parentKey ? (depth.get(it.parentKey) ?? 0) + 1 : 0);
  const hasChildren = new Set(def.items.map((i) => i.parentKey).filter(Boolean));
  return {
    ...presentSummary(s, def, access, units),
    version,
    versions: versions.map((v) => ({
      version: v.version,
      note: v.note,
      createdByName: v.createdByName,
      createdAt: v.createdAt.toISOString(),
    })),
    total: def.total,
    items: def.items.map((it) => ({
      key: it.key,
      parentKey: it.parentKey,
      depth: depth.get(it.key) ?? 0,
      name: it.name,
      weight: it.weight,
      points: Math.round((points.get(it.key) ?? 0) * 100) / 100,
      isLeaf: !hasChildren.has(it.key),
      direction: it.direction ?? null,
      sourceKind: it.source?.kind ?? null,
      sourceLabel: it.source ? sourceLabel(it.source.kind, it.source.params) : null,
      sourceParams: it.source?.params ?? null,
      normalisationLabel: it.normalisation ? normalisationLabel(it.normalisation) : null,
      placeholder: it.placeholder,
      note: it.note,
    })),
    adjustments: def.adjustments.map((a) => ({
      key: a.key,
      name: a.name,
      kind: a.kind,
      rule:
        a.kind === 'veto'
          ? a.effect === 'zero'
            ? '一票否决：总分记为 0'
            : `一票否决：总分最高 ${a.cap ?? 0} 分`
          : `${a.kind === 'bonus' ? '加' : '减'}分：每单位 ${a.perUnit} 分，最多 ${a.max} 分`,
      sourceLabel: sourceLabel(a.source.kind, a.source.params),
    })),
    units: def.units.flatMap((u) => {
      const info = units.get(u.unitId);
      if (!info) return [];
      const group = u.group === undefined ? info.rankingGroup : u.group;
      return [{ id: info.id, name: info.name, group, groupLabel: groupLabel(group) }];
    }),
  };
}
