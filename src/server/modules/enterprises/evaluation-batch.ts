// The database side of an evaluation batch: its facts in one query, its results written in
// one statement (evaluation-compute.ts evaluates in between, in a worker thread). Profiled at 30,000 enterprises (bench/RESULTS.md):
// the earlier three queries per batch spent more time in row parsing, drizzle's row mapping
// and garbage collection than in the evaluators, and 'not' rows were 56% of the inserts.
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection';
import { readable, type EnterpriseScope } from './access';
import type { ComputeOutput } from './evaluation-compute';

/** A batch as PostgreSQL built it: its JSON text (parsed where it is evaluated), size and last id. */
export interface BatchText {
  json: string;
  n: number;
  last: string;
}

/**
 * The next batch after `after` (and before `before`) in id order, as one JSON value: each enterprise with its
 * titles and the figures of the year and the two before it (all the evaluators read). JSON
 * is parsed natively in one call instead of column by column.
 */
export async function loadBatch(
  db: DbOrTx,
  ws: string,
  s: EnterpriseScope,
  after: string,
  before: string | null,
  year: number,
  size: number,
): Promise<BatchText | null> {
  const r = await db.execute(sql`select coalesce(json_agg(b order by b.id), '[]')::text as json,
      count(*)::int as n, (array_agg(b.id order by b.id desc))[1]::text as last from (
      select e.id, e.unit_id as "unitId", e.registered_on as "registeredOn",
        e.strategic_emerging as "strategicEmerging",
        (select coalesce(json_agg(json_build_array(t.kind, t.granted_on, t.valid_to)), '[]')
          from enterprise_titles t
          where t.workspace_id = e.workspace_id and t.enterprise_id = e.id) as titles,
        (select coalesce(json_agg(f), '[]') from (select f.year, f.revenue,
            f.main_revenue as "mainRevenue", f.rd_expense as "rdExpense",
            f.rd_expense_domestic as "rdExpenseDomestic", f.employees, f.rd_staff as "rdStaff",
            f.st_staff as "stStaff", f.debt_ratio as "debtRatio",
            f.ip_class_i_high_value as "ipClassIHighValue", f.ip_class_i_self as "ipClassISelf",
            f.ip_class_i as "ipClassI", f.ip_class_ii as "ipClassII",
            f.ip_main_product_class_i as "ipMainProductClassI",
            f.equity_financing as "equityFinancing", f.years_in_niche as "yearsInNiche",
            f.market_share as "marketShare", f.high_tech_income_share as "highTechIncomeShare",
            f.zjtx_scores as "zjtxScores", f.ht_innovation_score as "htInnovationScore", f.flags
          from enterprise_figures f where f.workspace_id = e.workspace_id
            and f.enterprise_id = e.id and f.year between ${year - 2} and ${year}) f) as figures
      from enterprises e join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
      where e.workspace_id = ${ws} and e.id > ${after}::uuid
        and ${before === null ? sql`true` : sql`e.id < ${before}::uuid`}
        and ${readable(s, sql`u.path`)}
      order by e.id limit ${size}) b`);
  const batch = r.rows[0] as unknown as BatchText;
  return batch.n === 0 ? null : batch;
}

/**
 * One statement, arrays unnested server-side (not thousands of parameters): the listed rows
 * upserted, the rows no longer listed deleted by their exact keys. The keys are looked up one
 * by one (a lateral primary-key probe, kept apart by its limit, then a TID scan): joined as sets, PostgreSQL hashed
 * the whole year's rows for every batch.
 */
export function storeSql(
  ws: string,
  year: number,
  { listed, gone }: Pick<ComputeOutput, 'listed' | 'gone'>,
  jobId: string | null,
): SQL {
  return sql`with gone as (delete from enterprise_evaluation_results x
      where x.ctid = any(array(select y.ctid
        from unnest(${gone.id}::uuid[], ${gone.kind}::text[], ${gone.version}::text[])
          as g(id, kind, version)
        cross join lateral (select y.ctid from enterprise_evaluation_results y
          where y.workspace_id = ${ws} and y.year = ${year} and y.title_kind = g.kind
            and y.criteria_version_id = g.version and y.enterprise_id = g.id limit 1) y)))
    insert into enterprise_evaluation_results
      (workspace_id, enterprise_id, year, title_kind, criteria_version_id, outcome, score, gaps,
       job_id, evaluated_at)
    select ${ws}::uuid, r.id, ${year}, r.kind, r.version, r.outcome, r.score, r.gaps::jsonb,
      ${jobId}::uuid, now()
    from unnest(${listed.id}::uuid[], ${listed.kind}::text[], ${listed.version}::text[],
      ${listed.outcome}::text[], ${listed.score}::float8[], ${listed.gaps}::text[])
      as r(id, kind, version, outcome, score, gaps)
    on conflict (workspace_id, year, title_kind, criteria_version_id, enterprise_id) do update
      set outcome = excluded.outcome, score = excluded.score, gaps = excluded.gaps,
        job_id = excluded.job_id, evaluated_at = excluded.evaluated_at`;
}
