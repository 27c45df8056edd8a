// One batch of the evaluation job: its facts in one query, evaluated with the pure evaluators,
// its results written in one statement. Profiled at 30,000 enterprises (bench/RESULTS.md):
// the earlier three queries per batch spent more time in row parsing, drizzle's row mapping
// and garbage collection than in the evaluators, and 'not' rows were 56% of the inserts.
import { sql, type SQL } from 'drizzle-orm';
import type { CriteriaVersion, EvaluatedKind } from '../../../core/enterprises/criteria';
import type { EnterpriseFacts, HeldTitle, YearFigures } from '../../../core/enterprises/figures';
import type { DbOrTx } from '../../db/connection';
import { readable, type EnterpriseScope } from './access';
import { evaluateFacts } from './evaluation';

/** The outcomes stored row by row: the lists people act on. Others are only counted. */
export const LISTED_OUTCOMES = new Set(['qualifies', 'nearly']);

export interface BatchFacts {
  ids: string[];
  unitIds: string[];
  facts: Map<string, EnterpriseFacts>;
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
): Promise<BatchFacts | null> {
  const r = await db.execute(sql`select coalesce(json_agg(b order by b.id), '[]') as batch from (
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
  const rows = (r.rows[0] as { batch: BatchRow[] }).batch;
  if (rows.length === 0) return null;
  const facts = new Map<string, EnterpriseFacts>();
  for (const b of rows) {
    facts.set(b.id, {
      registeredOn: b.registeredOn,
      strategicEmerging: b.strategicEmerging,
      titles: b.titles.map(([kind, validFrom, validTo]) => ({ kind, validFrom, validTo })),
      figures: new Map(b.figures.map((f) => [f.year, f])),
    });
  }
  return { ids: rows.map((b) => b.id), unitIds: rows.map((b) => b.unitId), facts };
}

interface BatchRow {
  id: string;
  unitId: string;
  registeredOn: string | null;
  strategicEmerging: boolean;
  titles: [HeldTitle['kind'], string, string | null][];
  figures: YearFigures[];
}

/** Outcome counts of a batch: title → version → unit → outcome → n. */
export type Counts = Map<string, number>;
export const countKey = (kind: string, version: string, unitId: string, outcome: string) =>
  `${kind}\u0000${version}\u0000${unitId}\u0000${outcome}`;

/**
 * Evaluates a batch, adds its outcomes to `counts`, and stores its listed results. When the
 * year was evaluated before under these versions (`replacing`), an enterprise that no longer
 * qualifies or nearly qualifies loses its earlier row.
 */
export async function evaluateAndStore(
  db: DbOrTx,
  ws: string,
  year: number,
  versions: CriteriaVersion[],
  kinds: readonly EvaluatedKind[],
  batch: BatchFacts,
  counts: Counts,
  run: { jobId: string | null; replacing: boolean },
): Promise<void> {
  const results = evaluateFacts(batch.facts, year, versions, kinds);
  const listed: ResultColumns = { id: [], kind: [], version: [], outcome: [], score: [], gaps: [] };
  const gone: Pick<ResultColumns, 'id' | 'kind' | 'version'> = { id: [], kind: [], version: [] };
  batch.ids.forEach((id, i) => {
    for (const e of results.get(id)!) {
      const version = e.versionId ?? 'none';
      const key = countKey(e.titleKind, version, batch.unitIds[i]!, e.outcome);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const to = LISTED_OUTCOMES.has(e.outcome) ? listed : run.replacing ? gone : null;
      if (!to) continue;
      to.id.push(id);
      to.kind.push(e.titleKind);
      to.version.push(version);
      if (to !== listed) continue;
      listed.outcome.push(e.outcome);
      listed.score.push(e.score);
      listed.gaps.push(JSON.stringify(e.gaps));
    }
  });
  await db.execute(storeSql(ws, year, listed, gone, run.jobId));
}

export interface ResultColumns {
  id: string[];
  kind: string[];
  version: string[];
  outcome: string[];
  score: (number | null)[];
  gaps: string[];
}

/**
 * One statement, arrays unnested server-side (not thousands of parameters): the listed rows
 * upserted, the rows that are no longer listed deleted by their exact keys (primary-key
 * probes; a filter on the batch's ids made PostgreSQL walk the whole year's rows).
 */
export function storeSql(
  ws: string,
  year: number,
  listed: ResultColumns,
  gone: Pick<ResultColumns, 'id' | 'kind' | 'version'>,
  jobId: string | null,
): SQL {
  return sql`with gone as (delete from enterprise_evaluation_results x
      using unnest(${arr(gone.id)}::uuid[], ${arr(gone.kind)}::text[],
        ${arr(gone.version)}::text[]) as g(id, kind, version)
      where x.workspace_id = ${ws} and x.year = ${year} and x.title_kind = g.kind
        and x.criteria_version_id = g.version and x.enterprise_id = g.id)
    insert into enterprise_evaluation_results
      (workspace_id, enterprise_id, year, title_kind, criteria_version_id, outcome, score, gaps,
       job_id, evaluated_at)
    select ${ws}::uuid, r.id, ${year}, r.kind, r.version, r.outcome, r.score, r.gaps::jsonb,
      ${jobId}::uuid, now()
    from unnest(${arr(listed.id)}::uuid[], ${arr(listed.kind)}::text[],
      ${arr(listed.version)}::text[], ${arr(listed.outcome)}::text[],
      ${arr(listed.score)}::float8[], ${arr(listed.gaps)}::text[])
      as r(id, kind, version, outcome, score, gaps)
    on conflict (workspace_id, year, title_kind, criteria_version_id, enterprise_id) do update
      set outcome = excluded.outcome, score = excluded.score, gaps = excluded.gaps,
        job_id = excluded.job_id, evaluated_at = excluded.evaluated_at`;
}

/** A Postgres array literal as one text parameter (quotes and backslashes escaped). */
export function arr(values: (string | number | null)[]): string {
  const items = values.map((v) =>
    v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, '\\$&')}"`,
  );
  return `{${items.join(',')}}`;
}
