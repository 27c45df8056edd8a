// Results computed from records at read time: every leaf's source is asked for its values,
// then the core engine scores, ranks and breaks down. Nothing here is stored.
import { RANKING_GROUP_LABELS, type RankingGroup } from '../../../core/enums';
import {
  computeScheme,
  whatIfMatchedBest,
  type EvalUnit,
  type UnitResult,
} from '../../../core/evaluations/compute';
import { leavesOf, type SchemeDefinition } from '../../../core/evaluations/types';
import { roundHalfUp } from '../../../core/format';
import { pathInScope } from '../../auth/scope';
import type { Db, DbOrTx } from '../../db/connection';
import { memoTracked, memoTrackedParts } from '../../db/count-memo';
import { AppError } from '../../errors';
import type { EvalAccess } from './access';
import { toDefinition } from './definition';
import { parsePeriod, type EvalPeriod } from './period';
import { loadVersion, unitsByIds, type SchemeRecord, type UnitInfo } from './queries';
import { sourceOf } from './sources';

export const groupLabel = (g: string | null) =>
  g === null ? '不分组' : (RANKING_GROUP_LABELS[g as RankingGroup]?.zh ?? g);

export interface Evaluation {
  scheme: SchemeRecord;
  version: number;
  period: EvalPeriod;
  definition: SchemeDefinition;
  units: EvalUnit[];
  unitInfo: Map<string, UnitInfo>;
  values: Map<string, Map<string, number | null>>;
  results: UnitResult[];
  names: Map<string, string>;
  links: Map<string, Map<string, string | null>>;
  computeMs: number;
}

type Options = { scheme: SchemeRecord; version?: number; period?: string; today: string };
type Item = { key: string; name: string; source: { kind: string; params?: unknown } };

/**
 * A scheme's results for a period, from the records. Remembered (db/count-memo.ts) in parts:
 * the scheme version with its units, and the values of each family of sources (targets,
 * matters, projects, enterprises, manual scores) as a part of their own, so a matter's
 * progress report recomputes the matters' values and the scoring, not the targets' values.
 * The same results serve the cockpit of every caller, the results page, the breakdowns and
 * the circular.
 */
export async function rememberedEvaluation(db: Db, o: Options): Promise<Evaluation> {
  // The scheme record is read before (the caller's access check): it is part of the key.
  const key = ['evaluation', JSON.stringify(o.scheme), o.version ?? '', o.period ?? '', o.today];
  const { value } = await memoTrackedParts(db, key.join('|'), () => evaluateWith(db, o));
  return value;
}

/** The family of a source kind ('matters_overdue' → 'matters'): they share loads. */
const familyOf = (kind: string) => kind.split('_')[0]!;

async function evaluateWith(db: Db, o: Options): Promise<Evaluation> {
  const started = performance.now();
  const workspaceId = o.scheme.workspaceId;
  const version = o.version ?? o.scheme.latestVersion;
  const period = parsePeriod(o.period ?? o.scheme.defaultPeriod, o.today);
  // The version and its units are a part too: a project's monthly report recomputes the
  // projects' values and the scoring, and reads the scheme again only when it changed.
  const schemeKey = `evaluation-scheme|${workspaceId}|${o.scheme.id}|${version}`;
  const {
    value: { stored, unitInfo },
  } = await memoTracked(db, schemeKey, async (tx) => {
    const stored = await loadVersion(tx, workspaceId, o.scheme.id, version);
    const ids = stored.definition.units.map((u) => u.unitId);
    return { stored, unitInfo: await unitsByIds(tx, workspaceId, ids) };
  });
  const { definition, problems } = toDefinition(stored.definition);
  if (problems.length > 0)
    throw new AppError(409, 'scheme_unusable', '该版本方案引用的数据来源已不可用，请新建版本');
  const units: EvalUnit[] = stored.definition.units
    .filter((u) => unitInfo.has(u.unitId))
    .map((u) => ({
      unitId: u.unitId,
      group: u.group === undefined ? (unitInfo.get(u.unitId)!.rankingGroup ?? null) : u.group,
    }));
  const unitIds = units.map((u) => u.unitId);
  const items: Item[] = [
    ...leavesOf(definition).map((l) => ({
      key: l.leaf.key,
      name: l.leaf.name,
      source: l.leaf.source,
    })),
    ...definition.adjustments.map((a) => ({ key: a.key, name: a.name, source: a.source })),
  ];
  const families = new Map<string, Item[]>();
  for (const it of items) {
    const f = familyOf(it.source.kind);
    families.set(f, [...(families.get(f) ?? []), it]);
  }
  const values = new Map<string, Map<string, number | null>>();
  const links = new Map<string, Map<string, string | null>>();
  // Each family's values remembered on their own (a part), side by side; the key names what
  // they depend on besides the data.
  await Promise.all(
    [...families].map(async ([family, its]) => {
      const partKey = JSON.stringify([workspaceId, o.scheme.id, period.key, o.today, unitIds, its]);
      const { value } = await memoTracked(db, `evaluation-part|${family}|${partKey}`, (tx) =>
        loadItems(
          db,
          tx,
          { workspaceId, schemeId: o.scheme.id, today: o.today, unitIds, period },
          its,
        ),
      );
      for (const [k, v] of value.values) values.set(k, v);
      for (const [k, v] of value.links) links.set(k, v);
    }),
  );
  const results = computeScheme(definition, units, values);
  const names = new Map(items.map((i) => [i.key, i.name]));
  return {
    scheme: o.scheme,
    version,
    period,
    definition,
    units,
    unitInfo,
    values,
    results,
    names,
    links,
    computeMs: roundHalfUp(performance.now() - started, 1),
  };
}

/**
 * The values and row links of some items, read on `db`. Items with the same source and params
 * share one load, and sources share their queries through ctx.memo.
 */
async function loadItems(
  shared: Db,
  db: DbOrTx,
  q: {
    workspaceId: string;
    schemeId: string;
    today: string;
    unitIds: string[];
    period: EvalPeriod;
  },
  items: Item[],
) {
  const memos = new Map<string, Promise<unknown>>();
  const memo = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    if (!memos.has(key)) memos.set(key, load());
    return memos.get(key) as Promise<T>;
  };
  const loads = new Map<string, Promise<Map<string, number | null>>>();
  const values = new Map<string, Map<string, number | null>>();
  const links = new Map<string, Map<string, string | null>>();
  await Promise.all(
    items.map(async (it) => {
      const source = sourceOf(it.source.kind)!;
      const params = source.params.parse(it.source.params ?? {});
      const ctx = {
        db,
        shared,
        workspaceId: q.workspaceId,
        schemeId: q.schemeId,
        itemKey: it.key,
        today: q.today,
        memo,
      };
      // A manual score is per item; other items with the same source and params share a load.
      const loadKey =
        it.source.kind === 'manual'
          ? `manual|${it.key}`
          : `${it.source.kind}|${JSON.stringify(params)}`;
      let load = loads.get(loadKey);
      if (!load) {
        load = source.load(ctx, { unitIds: q.unitIds, period: q.period, params });
        loads.set(loadKey, load);
      }
      values.set(it.key, await load);
      const rows = await Promise.all(
        q.unitIds.map(
          async (u) =>
            [
              u,
              (await source.rowsLink?.(
                { unitId: u, period: q.period, params, today: q.today },
                ctx,
              )) ?? null,
            ] as const,
        ),
      );
      links.set(it.key, new Map(rows));
    }),
  );
  return { values, links };
}

const r2 = (x: number) => roundHalfUp(x, 2);

function presentRow(e: Evaluation, r: UnitResult) {
  const u = e.unitInfo.get(r.unitId)!;
  return {
    unit: { id: u.id, name: u.name },
    group: r.group,
    groupLabel: groupLabel(r.group),
    rank: r.rank,
    groupSize: r.groupSize,
    total: r.total,
    base: r2(r.base),
    adjustmentPoints: r2(r.adjustments.reduce((s, a) => s + a.points, 0)),
    vetoed: r.vetoed,
    lostToBest: r2(r.leaves.reduce((s, l) => s + l.lostToBest, 0)),
    byFirstLevel: e.definition.nodes.map((n) => ({
      key: n.key,
      points: r2(r.nodePoints.get(n.key) ?? 0),
    })),
  };
}

/** The results table as the caller may see it: rows of units in their subtrees only. */
export function presentResults(e: Evaluation, access: EvalAccess) {
  const visible = e.results.filter((r) => pathInScope(e.unitInfo.get(r.unitId)!.path, access.read));
  const groups = [...new Set(e.units.map((u) => u.group))];
  const rows = visible
    .map((r) => presentRow(e, r))
    .sort(
      (a, b) =>
        groups.indexOf(a.group) - groups.indexOf(b.group) || (a.rank ?? 1e9) - (b.rank ?? 1e9),
    );
  const points = pointsOfFirstLevel(e.definition);
  return {
    scheme: { id: e.scheme.id, name: e.scheme.name, version: e.version },
    period: e.period.key,
    periodLabel: e.period.labelZh,
    asOf: e.period.end,
    firstLevel: e.definition.nodes.map((n) => ({
      key: n.key,
      name: n.name,
      points: r2(points.get(n.key) ?? 0),
    })),
    groups: groups.map((g) => ({ group: g, label: groupLabel(g) })),
    rows,
    computeMs: e.computeMs,
  };
}

function pointsOfFirstLevel(def: SchemeDefinition): Map<string, number> {
  const sum = def.nodes.reduce((s, n) => s + n.weight, 0);
  return new Map(def.nodes.map((n) => [n.key, (def.total * n.weight) / sum]));
}

/** One unit's breakdown: points per node and leaf, lost points, and what matching the best would do. */
export function presentBreakdown(e: Evaluation, unitId: string) {
  const r = e.results.find((x) => x.unitId === unitId)!;
  const name = (id: string) => e.unitInfo.get(id)?.name ?? id;
  const nodes: { key: string; name: string; depth: number; points: number; fullPoints: number }[] =
    [];
  const walk = (list: SchemeDefinition['nodes'], pts: number, depth: number) => {
    const sum = list.reduce((s, n) => s + n.weight, 0);
    for (const n of list) {
      const p = (pts * n.weight) / sum;
      nodes.push({
        key: n.key,
        name: n.name,
        depth,
        points: r2(r.nodePoints.get(n.key) ?? 0),
        fullPoints: r2(p),
      });
      if ('children' in n) walk(n.children, p, depth + 1);
    }
  };
  walk(e.definition.nodes, e.definition.total, 0);
  const whatIf = whatIfMatchedBest(e.definition, e.units, e.values, unitId, e.results);
  return {
    scheme: { id: e.scheme.id, name: e.scheme.name, version: e.version },
    period: e.period.key,
    periodLabel: e.period.labelZh,
    row: presentRow(e, r),
    nodes,
    leaves: r.leaves.map((l) => ({
      key: l.key,
      name: e.names.get(l.key) ?? l.key,
      value: l.value,
      points: r2(l.points),
      fullPoints: r2(l.fullPoints),
      bestPoints: r2(l.bestPoints),
      bestUnits: l.bestUnitIds.map((id) => ({ id, name: name(id) })),
      bestValue: l.bestValue,
      lostToBest: r2(l.lostToBest),
      lostToFull: r2(l.lostToFull),
      rowsLink: e.links.get(l.key)?.get(unitId) ?? null,
    })),
    adjustments: r.adjustments.map((a) => ({ ...a, points: r2(a.points) })),
    whatIf: whatIf.map((w) => ({ ...w, name: e.names.get(w.key) ?? w.key })),
  };
}
