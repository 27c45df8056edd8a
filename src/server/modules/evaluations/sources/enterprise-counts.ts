// The cultivation counts (新增规上, 新增高新技术企业, 新增专精特新) and targets of many units at
// once, for the cockpit and the evaluations. The same numbers as the enterprises module's
// countsByUnit (the 培育目标 page): each enterprise is judged by the shared metricSql, so a
// count always equals the rows of the list it opens. What differs is the path to them:
// countsByUnit walks every enterprise of the workspace once per unit and metric (181 county
// units × 60,000 enterprises took over 10 s at province scale); this reads only the
// enterprises with a ladder step or a title dated in the year (a condition metricSql implies),
// each once, and adds them up under the units they belong to.
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/connection';
import { readable, type EnterpriseScope } from '../../enterprises/access';
import { METRICS, metricSql } from '../../enterprises/metrics';

type Metric = (typeof METRICS)[number];

/** Title kinds each title metric counts (as metricSql's firstTitle lists them). */
const TITLE_KINDS: Record<Exclude<Metric, 'new_above_scale'>, string[]> = {
  new_high_tech: ['high_tech'],
  new_specialized: ['specialized_sme', 'little_giant'],
};

/** Per unit (by id): each metric's count in the year and its target (null when none set). */
export type UnitCounts = Map<string, Record<Metric | `${Metric}_target`, number | null>>;

export async function cultivationCounts(
  db: DbOrTx,
  ws: string,
  scope: EnterpriseScope,
  year: number,
  unitIds: string[],
): Promise<UnitCounts> {
  const out: UnitCounts = new Map();
  if (unitIds.length === 0) return out;
  const ids = `{${unitIds.join(',')}}`;
  const from = sql`make_date(${year}::int, 1, 1)`;
  const to = sql`make_date(${year}::int + 1, 1, 1)`;
  // Enterprises dated in the year for a metric: a superset of those metricSql counts.
  const candidates = (m: Metric) =>
    m === 'new_above_scale'
      ? sql`select l.enterprise_id from enterprise_ladder_steps l where l.workspace_id = ${ws}
          and l.step = 'xiao_to_gui' and l.reached_on >= ${from} and l.reached_on < ${to}`
      : sql`select t.enterprise_id from enterprise_titles t where t.workspace_id = ${ws}
          and t.kind = any(${`{${TITLE_KINDS[m].join(',')}}`}::text[])
          and t.granted_on >= ${from} and t.granted_on < ${to}`;
  const hits = sql.join(
    METRICS.map(
      (m) => sql`select ${m}::text as metric, eu.path from enterprises e
        join units eu on eu.workspace_id = e.workspace_id and eu.id = e.unit_id
        where e.workspace_id = ${ws} and e.id in (${candidates(m)})
          and ${readable(scope, sql`eu.path`)} and ${metricSql(m, year)}`,
    ),
    sql` union all `,
  );
  const r = await db.execute(sql`
    with top as (select id, path from units where workspace_id = ${ws} and id = any(${ids}::uuid[])),
    hits as (${hits})
    select top.id::text as "unitId", h.metric, count(*)::int as n
    from hits h join top on h.path like top.path || '%'
    group by top.id, h.metric
    union all
    select t.unit_id::text, t.metric || '_target', t.target from enterprise_cultivation_targets t
    where t.workspace_id = ${ws} and t.year = ${year} and t.unit_id = any(${ids}::uuid[])
      and t.metric = any(${`{${METRICS.join(',')}}`}::text[])`);
  for (const id of unitIds)
    out.set(id, {
      new_above_scale: 0,
      new_high_tech: 0,
      new_specialized: 0,
      new_above_scale_target: null,
      new_high_tech_target: null,
      new_specialized_target: null,
    });
  for (const row of r.rows as { unitId: string; metric: string; n: number }[]) {
    const c = out.get(row.unitId);
    if (c) c[row.metric as Metric] = Number(row.n);
  }
  return out;
}
