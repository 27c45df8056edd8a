// Flat rows (key, parentKey) → the core's tree, with every problem named in Chinese.
import {
  checkDefinition,
  type Adjustment,
  type LeafNode,
  type SchemeDefinition,
  type SchemeNode,
} from '../../../core/evaluations/types';
import { sourceOf } from './sources';
import type { DefinitionBodyT } from './schema';

export interface RowProblem {
  /** Index in items (or adjustments when `adjustment`), from 0. */
  index: number;
  adjustment?: boolean;
  message: string;
}

export function paramsProblem(kind: string, params: unknown): string | null {
  const s = sourceOf(kind);
  if (!s) return `数据来源“${kind}”不存在`;
  const r = s.params.safeParse(params ?? {});
  if (r.success) return null;
  const issue = r.error.issues[0]!;
  const field = s.paramFields.find((f) => f.name === issue.path[0])?.labelZh ?? '来源参数';
  return `${field}无效：${issue.message}`;
}

export function toDefinition(body: Pick<DefinitionBodyT, 'total' | 'items' | 'adjustments'>): {
  definition: SchemeDefinition;
  problems: RowProblem[];
} {
  const problems: RowProblem[] = [];
  const keys = new Map<string, number>();
  body.items.forEach((it, i) => {
    if (keys.has(it.key)) problems.push({ index: i, message: `指标编号“${it.key}”重复` });
    else keys.set(it.key, i);
  });
  const children = new Map<string | null, number[]>();
  body.items.forEach((it, i) => {
    if (it.parentKey !== null && !keys.has(it.parentKey))
      problems.push({ index: i, message: `上级指标编号“${it.parentKey}”不存在` });
    const p = it.parentKey !== null && keys.has(it.parentKey) ? it.parentKey : null;
    children.set(p, [...(children.get(p) ?? []), i]);
  });
  const visiting = new Set<string>();
  const build = (i: number): SchemeNode | null => {
    const it = body.items[i]!;
    if (visiting.has(it.key)) {
      problems.push({ index: i, message: `“${it.name}”的上级关系成环` });
      return null;
    }
    visiting.add(it.key);
    const kids = children.get(it.key) ?? [];
    const base = {
      key: it.key,
      name: it.name,
      weight: it.weight,
      placeholder: it.placeholder,
      note: it.note,
    };
    if (kids.length > 0) {
      if (it.source)
        problems.push({ index: i, message: `“${it.name}”有下级指标，不能再指定数据来源` });
      return { ...base, children: kids.map(build).filter((n): n is SchemeNode => n !== null) };
    }
    if (!it.source || !it.normalisation || !it.direction) {
      problems.push({ index: i, message: `末级指标“${it.name}”须指定方向、数据来源和计分方法` });
      return null;
    }
    const pp = paramsProblem(it.source.kind, it.source.params);
    if (pp) problems.push({ index: i, message: `“${it.name}”的${pp}` });
    const leaf: LeafNode = {
      ...base,
      direction: it.direction,
      source: { kind: it.source.kind, params: it.source.params },
      normalisation: it.normalisation,
    };
    return leaf;
  };
  const nodes = (children.get(null) ?? []).map(build).filter((n): n is SchemeNode => n !== null);
  const adjustments: Adjustment[] = body.adjustments.map((a, i) => {
    if (keys.has(a.key))
      problems.push({ index: i, adjustment: true, message: `编号“${a.key}”与指标重复` });
    const pp = paramsProblem(a.source.kind, a.source.params);
    if (pp) problems.push({ index: i, adjustment: true, message: `“${a.name}”的${pp}` });
    if (a.kind === 'veto')
      return { ...a, source: { kind: a.source.kind, params: a.source.params } };
    return { ...a, source: { kind: a.source.kind, params: a.source.params } };
  });
  const definition: SchemeDefinition = { total: body.total, nodes, adjustments };
  if (problems.length === 0) {
    for (const message of checkDefinition(definition)) problems.push({ index: -1, message });
  }
  return { definition, problems };
}

/** "第 3 项：…" for the API; the .xlsx import words rows its own way. */
export function describeProblems(problems: RowProblem[]): string[] {
  return problems.map((p) =>
    p.index < 0
      ? p.message
      : `${p.adjustment ? '加减分项' : '指标'}第 ${p.index + 1} 项：${p.message}`,
  );
}
