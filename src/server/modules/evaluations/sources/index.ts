/**
 * The data-source registry of evaluations. A source is a small function
 * `(ctx, { unitIds, period, params }) => Map<unitId, number | null>` with a description
 * (sources/types.ts); a scheme's leaf names one by `kind` and gives its params.
 *
 * Extension point. A module adds its sources here, each in its own file reusing the module's
 * own queries, with one `registerSource(...)` line below (projects.ts: 三个一批 rates and
 * 投资完成率; enterprises.ts: titles gained and against targets). A scheme may only name a
 * kind that exists, so a figure is never invented.
 */
import { badRequest } from '../../../errors';
import { enterpriseTitleCompletion, enterpriseTitles } from './enterprises';
import { manualScore } from './manual';
import { mattersClosedOnTime, mattersOnTimeRate, mattersOverdue } from './matters';
import { projectInvestment, projectStageRate } from './projects';
import { targetActual, targetCompletion } from './targets';
import type { DataSource } from './types';

export type { DataSource, SourceContext, SourceQuery } from './types';

// Sources differ in their params type; the registry checks params with each one's own schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySource = DataSource<any>;
const registry = new Map<string, AnySource>();

export function registerSource(source: AnySource): void {
  if (registry.has(source.kind)) throw new Error(`data source ${source.kind} registered twice`);
  registry.set(source.kind, source);
}

export function sourceOf(kind: string): AnySource | undefined {
  return registry.get(kind);
}

export function allSources(): AnySource[] {
  return [...registry.values()];
}

/** Validated params of a source, or a Chinese 400 naming the item. */
export function checkSourceParams(kind: string, params: unknown, itemName: string): unknown {
  const s = registry.get(kind);
  if (!s) throw badRequest(`“${itemName}”的数据来源“${kind}”不存在`);
  const r = s.params.safeParse(params ?? {});
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const field = s.paramFields.find((f) => f.name === issue.path[0])?.labelZh ?? '参数';
    throw badRequest(`“${itemName}”的${field}无效：${issue.message}`);
  }
  return r.data;
}

registerSource(targetActual);
registerSource(targetCompletion);
registerSource(mattersClosedOnTime);
registerSource(mattersOnTimeRate);
registerSource(mattersOverdue);
registerSource(manualScore);
registerSource(projectStageRate);
registerSource(projectInvestment);
registerSource(enterpriseTitles);
registerSource(enterpriseTitleCompletion);
