// The filtered library at 300,000 enterprises (issue 11 point 9: p95 ≤ 100 ms). What keeps
// it fast, measured with EXPLAIN (ANALYZE, BUFFERS) in bench/RESULTS.md:
// - units as `unit_id = any(array(select ids))`, resolved once, so the page is read in
//   order from the index (workspace_id, pinyin, id) and stops after the page; the unit names
//   are joined to the page's rows only;
// - name search through the unigram/bigram GIN index, code/pinyin/initials by prefix indexes;
// - the total: exact when the planner expects a selective filter, else the planner's
//   estimate, flagged so the page says 约 N (counting 300,000 rows per page view was most of
//   the earlier time).
import { sql, type SQL } from 'drizzle-orm';
import { addNaturalDays, type IsoDate } from '../../../core/dates';
import { searchGrams } from '../../../core/enterprises/search-grams';
import type { DbOrTx } from '../../db/connection';
import { UNPREPARED } from '../../db/auto-prepare';
import { readable, type EnterpriseScope } from './access';
import { metricSql } from './metrics';
import type { EnterpriseRow } from './queries';
import type { ListFilter } from './schema';

/** Above this many expected matches the total is the planner's estimate, not a count. */
export const EXACT_TOTAL_MAX = 5000;

const escape = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);
const textArray = (xs: string[]) =>
  `{${xs.map((x) => `"${x.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

/**
 * The search condition. A statement with it is sent unprepared (UNPREPARED): PostgreSQL may
 * keep a generic plan for a prepared statement after five runs, in which `like $1` cannot use
 * a prefix index nor `@> $2` the grams index; that plan walked all 300,000 rows (5 s).
 * Planned for its actual words each time, it keeps the index plan.
 */
function searchSql(q: string): SQL {
  const like = `%${escape(q)}%`;
  const prefix = `${escape(q.toLowerCase())}%`;
  return sql`${sql.raw(UNPREPARED)} ((enterprise_name_grams(e.name, e.former_names) @> ${textArray(searchGrams(q))}::text[]
      and (e.name like ${like} or exists (select 1 from unnest(e.former_names) n where n like ${like})))
    or e.uscc like ${escape(q.toUpperCase()) + '%'}
    or e.pinyin_initials like ${prefix} or e.pinyin like ${prefix})`;
}

/**
 * The units the caller may read (within unitId's subtree when given) and the chain's names
 * with its aliases, resolved first so the list filters on constant arrays: PostgreSQL then
 * estimates the match count from its statistics per unit and chain (a subquery in the filter
 * left it guessing, 7× off), and the total can trust the estimate.
 */
export async function resolveFilter(
  db: DbOrTx,
  ws: string,
  scope: EnterpriseScope,
  f: Partial<ListFilter>,
): Promise<ResolvedFilter> {
  const needUnits = !scope.readAll || !!f.unitId;
  if (!needUnits && !f.chain) return { unitIds: null, chainNames: [] };
  const subtree = f.unitId
    ? sql`and u.path like (select p.path from units p where p.workspace_id = ${ws} and p.id = ${f.unitId}) || '%'`
    : sql``;
  const r = await db.execute(sql`select
    ${needUnits ? sql`array(select u.id::text from units u where u.workspace_id = ${ws} and ${readable(scope, sql`u.path`)} ${subtree})` : sql`null`} as "unitIds",
    ${f.chain ? sql`coalesce((select c.aliases from industry_chains c where c.workspace_id = ${ws} and c.name = ${f.chain}), '{}')` : sql`'{}'::text[]`} as aliases`);
  const row = r.rows[0] as { unitIds: string[] | null; aliases: string[] };
  return { unitIds: row.unitIds, chainNames: f.chain ? [f.chain, ...row.aliases] : [] };
}

export interface ResolvedFilter {
  /** null: every unit of the workspace. */
  unitIds: string[] | null;
  chainNames: string[];
}

export function librarySql(
  ws: string,
  f: Partial<ListFilter>,
  resolved: ResolvedFilter,
  today: IsoDate,
): SQL {
  const w: SQL[] = [sql`e.workspace_id = ${ws}`];
  if (resolved.unitIds) w.push(sql`e.unit_id = any(${textArray(resolved.unitIds)}::uuid[])`);
  if (f.q) w.push(searchSql(f.q));
  // A chain's aliases count as the chain (the chains page's counts open this list).
  if (f.chain) w.push(sql`e.chain = any(${textArray(resolved.chainNames)}::text[])`);
  if (f.scale) w.push(sql`e.scale = ${f.scale}`);
  if (f.title && f.titleYear) {
    w.push(sql`exists (select 1 from enterprise_titles t where t.workspace_id = e.workspace_id
      and t.enterprise_id = e.id and t.kind = ${f.title}
      and t.granted_on between make_date(${f.titleYear}, 1, 1) and make_date(${f.titleYear}, 12, 31))`);
  } else if (f.title) {
    w.push(sql`exists (select 1 from enterprise_titles t where t.workspace_id = e.workspace_id
      and t.enterprise_id = e.id and t.kind = ${f.title} and t.granted_on <= ${today}::date
      and (t.valid_to is null or t.valid_to >= ${today}::date))`);
  }
  if (f.inPool === 'true' || f.inPool === 'false') {
    const exists = sql`exists (select 1 from enterprise_seed_pool p where p.workspace_id = e.workspace_id and p.enterprise_id = e.id)`;
    w.push(f.inPool === 'true' ? exists : sql`not ${exists}`);
  }
  if (f.metric && f.metricYear) w.push(metricSql(f.metric, f.metricYear));
  if (f.expiringWithinDays) {
    w.push(sql`exists (select 1 from enterprise_titles t where t.workspace_id = e.workspace_id
      and t.enterprise_id = e.id and t.valid_to between ${today}::date
      and ${addNaturalDays(today, f.expiringWithinDays)}::date)`);
  }
  return sql.join(w, sql` and `);
}

export function selectSql(today: IsoDate): SQL {
  return sql`e.id::text as id, e.uscc, e.name, e.former_names as "formerNames",
    e.unit_id::text as "unitId", u.name as "unitName", u.path as "unitPath",
    e.industry_code as "industryCode", e.chain, e.strategic_emerging as "strategicEmerging",
    e.scale, e.listing, e.registered_on::text as "registeredOn", e.contacts,
    e.service_officer as "serviceOfficer", e.synthetic,
    coalesce((select array_agg(distinct t.kind) from enterprise_titles t
      where t.workspace_id = e.workspace_id and t.enterprise_id = e.id
      and t.granted_on <= ${today}::date and (t.valid_to is null or t.valid_to >= ${today}::date)), '{}') as titles,
    (select min(t.valid_to)::text from enterprise_titles t where t.workspace_id = e.workspace_id
      and t.enterprise_id = e.id and t.valid_to >= ${today}::date) as "nextExpiry",
    exists (select 1 from enterprise_seed_pool p where p.workspace_id = e.workspace_id
      and p.enterprise_id = e.id) as "inPool"`;
}

export interface LibraryPage {
  rows: EnterpriseRow[];
  total: number;
  /** The total is the planner's estimate (shown as 约 N). */
  totalEstimated: boolean;
}

export async function listEnterprises(
  db: DbOrTx,
  ws: string,
  scope: EnterpriseScope,
  f: Partial<ListFilter> & { page: number; pageSize: number },
  today: IsoDate,
): Promise<LibraryPage> {
  const where = librarySql(ws, f, await resolveFilter(db, ws, scope, f), today);
  const offset = (f.page - 1) * f.pageSize;
  const [page, total] = await Promise.all([
    db.execute(sql`select ${selectSql(today)} from (select * from enterprises e where ${where}
        order by e.pinyin, e.id limit ${f.pageSize} offset ${offset}) e
      join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
      order by e.pinyin, e.id`),
    totalOf(db, where),
  ]);
  const rows = page.rows as unknown as EnterpriseRow[];
  // A short page ends the list: its total is known exactly whatever was estimated.
  if (rows.length < f.pageSize && (rows.length > 0 || offset === 0))
    return { rows, total: offset + rows.length, totalEstimated: false };
  return { rows, ...total };
}

async function totalOf(db: DbOrTx, where: SQL): Promise<Omit<LibraryPage, 'rows'>> {
  const plan = await db.execute(
    sql`explain (format json) select 1 from enterprises e where ${where}`,
  );
  const estimate = Math.round(
    (plan.rows[0] as { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] })['QUERY PLAN'][0].Plan[
      'Plan Rows'
    ],
  );
  if (estimate > EXACT_TOTAL_MAX) return { total: estimate, totalEstimated: true };
  const r = await db.execute(sql`select count(*)::int as n from enterprises e where ${where}`);
  return { total: (r.rows[0] as { n: number }).n, totalEstimated: false };
}
