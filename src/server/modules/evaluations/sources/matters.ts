// Figures from supervised matters (督查督办), by lead unit, with the definitions of the
// monthly statistics (shared/domain.md §3) over the evaluation period (year to date).
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { roundHalfUp } from '../../../../core/format';
import { memoMatterCounts, type MatterRows } from '../../../db/matter-counts-memo';
import { uuidArray } from '../../matters/access';
import type { DataSource, SourceContext, SourceQuery } from './types';

const NoParams = z.object({}).strict();
type Row = { unit: string; closed: number; on_time: number; overdue: number };

function counts(ctx: SourceContext, q: SourceQuery<unknown>): Promise<Map<string, Row>> {
  return ctx.memo(`matters|${q.period.key}`, () => countsOnce(ctx, q));
}

/** Counted afresh once, then brought up to date from the matters that changed. */
async function countsOnce(ctx: SourceContext, q: SourceQuery<unknown>): Promise<Map<string, Row>> {
  if (q.unitIds.length === 0) return new Map();
  const s = sql`${q.period.start}::date`;
  const e = sql`${q.period.end}::date`;
  const query = (rows: MatterRows) => sql`select m.lead_unit_id::text as unit,
      ${rows.count(sql`m.closed_on between ${s} and ${e}`)} as closed,
      ${rows.count(sql`m.closed_on between ${s} and ${e} and m.closed_on <= m.final_due`)} as on_time,
      ${rows.count(sql`m.assigned_on <= ${e} and (m.closed_on is null or m.closed_on > ${e})
        and m.final_due < ${e}`)} as overdue
    from ${rows.from}
    where m.workspace_id = ${ctx.workspaceId} and m.lead_unit_id = any(${uuidArray(q.unitIds)})
      and m.assigned_on is not null
    group by m.lead_unit_id`;
  const rows = await memoMatterCounts<Row>(ctx.shared, query, ['unit']);
  return new Map(rows.map((x) => [x.unit, x]));
}

function perUnit(q: SourceQuery<unknown>, rows: Map<string, Row>, pick: (r: Row) => number | null) {
  const zero: Row = { unit: '', closed: 0, on_time: 0, overdue: 0 };
  return new Map(q.unitIds.map((id) => [id, pick(rows.get(id) ?? zero)]));
}

const link = (unitId: string, extra: string) => `/matters/list?unitId=${unitId}&${extra}`;

export const mattersClosedOnTime: DataSource<z.infer<typeof NoParams>> = {
  kind: 'matters_closed_on_time',
  labelZh: '按期办结事项数',
  labelEn: 'Matters closed on time',
  descriptionZh: '考核期内（当年1月1日至期末）牵头办结、且在办结期限内办结的督办事项件数',
  measureUnit: '件',
  params: NoParams,
  paramFields: [],
  load: async (ctx, q) => perUnit(q, await counts(ctx, q), (r) => r.on_time),
  rowsLink: ({ unitId, period }) =>
    link(unitId, `closedFrom=${period.start}&closedTo=${period.end}&closedOnTime=true`),
};

export const mattersOnTimeRate: DataSource<z.infer<typeof NoParams>> = {
  kind: 'matters_on_time_rate',
  labelZh: '按期办结率',
  labelEn: 'On-time closing rate',
  descriptionZh: '考核期内按期办结件数 ÷ 办结件数（%，一位小数）；无办结事项时为空',
  measureUnit: '%',
  params: NoParams,
  paramFields: [],
  load: async (ctx, q) =>
    perUnit(q, await counts(ctx, q), (r) =>
      r.closed === 0 ? null : roundHalfUp((r.on_time / r.closed) * 100, 1),
    ),
  rowsLink: ({ unitId, period }) =>
    link(unitId, `closedFrom=${period.start}&closedTo=${period.end}`),
};

export const mattersOverdue: DataSource<z.infer<typeof NoParams>> = {
  kind: 'matters_overdue',
  labelZh: '超期未办结事项数',
  labelEn: 'Overdue open matters',
  descriptionZh: '期末仍未办结、且办结期限已过的牵头督办事项件数（越少越好）',
  measureUnit: '件',
  params: NoParams,
  paramFields: [],
  load: async (ctx, q) => perUnit(q, await counts(ctx, q), (r) => r.overdue),
  rowsLink: ({ unitId, period }) => link(unitId, `overdueAt=${period.end}`),
};
