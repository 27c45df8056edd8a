import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { addNaturalDays, type IsoDate } from '../../../core/dates';
import type { DbOrTx } from '../../db/connection';
import {
  enterpriseFigureRevisions,
  enterpriseFigures,
  enterpriseTitles,
  enterprises,
  units,
} from '../../db/schema';
import { readable, type EnterpriseScope } from './access';
import { metricSql } from './metrics';
import type { ListFilter } from './schema';

export interface EnterpriseRow {
  id: string;
  uscc: string;
  name: string;
  formerNames: string[];
  unitId: string;
  unitName: string;
  unitPath: string;
  industryCode: string;
  chain: string;
  strategicEmerging: boolean;
  scale: string;
  listing: string;
  registeredOn: string | null;
  contacts: { name: string; phone: string; role: string }[];
  serviceOfficer: string;
  synthetic: boolean;
  /** Titles valid today. */
  titles: string[];
  /** Earliest expiry of a valid title, for warnings. */
  nextExpiry: string | null;
  inPool: boolean;
}

const escape = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

function filterSql(ws: string, f: Partial<ListFilter>, today: IsoDate): SQL[] {
  const w: SQL[] = [];
  if (f.q) {
    const like = `%${escape(f.q)}%`;
    const prefix = `${escape(f.q.toLowerCase())}%`;
    w.push(sql`(e.name like ${like} or e.uscc like ${escape(f.q.toUpperCase()) + '%'}
      or e.pinyin_initials like ${prefix} or e.pinyin like ${prefix}
      or exists (select 1 from unnest(e.former_names) n where n like ${like}))`);
  }
  if (f.unitId) {
    w.push(
      sql`u.path like (select path from units where workspace_id = ${ws} and id = ${f.unitId}) || '%'`,
    );
  }
  // A chain's aliases count as the chain (the chains page's counts open this list).
  if (f.chain)
    w.push(sql`(e.chain = ${f.chain} or e.chain = any(coalesce((select c.aliases
      from industry_chains c where c.workspace_id = ${ws} and c.name = ${f.chain}), '{}')))`);
  if (f.scale) w.push(sql`e.scale = ${f.scale}`);
  if (f.title && f.titleYear) {
    w.push(sql`exists (select 1 from enterprise_titles t where t.workspace_id = e.workspace_id
      and t.enterprise_id = e.id and t.kind = ${f.title}
      and extract(year from t.granted_on) = ${f.titleYear})`);
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
  return w;
}

function selectSql(today: IsoDate): SQL {
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

export async function listEnterprises(
  db: DbOrTx,
  ws: string,
  scope: EnterpriseScope,
  f: ListFilter,
  today: IsoDate,
): Promise<{ rows: EnterpriseRow[]; total: number }> {
  const where = sql.join(
    [sql`e.workspace_id = ${ws}`, readable(scope, sql`u.path`), ...filterSql(ws, f, today)],
    sql` and `,
  );
  const from = sql`from enterprises e join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id`;
  const [rows, total] = await Promise.all([
    db.execute(sql`select ${selectSql(today)} ${from} where ${where}
      order by e.pinyin, e.id limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`),
    db.execute(sql`select count(*)::int as n ${from} where ${where}`),
  ]);
  return {
    rows: rows.rows as unknown as EnterpriseRow[],
    total: (total.rows[0] as { n: number }).n,
  };
}

/** One enterprise the caller can read, or null. */
export async function findEnterprise(
  db: DbOrTx,
  ws: string,
  scope: EnterpriseScope,
  id: string,
  today: IsoDate,
): Promise<EnterpriseRow | null> {
  const r = await db.execute(sql`select ${selectSql(today)} from enterprises e
    join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
    where e.workspace_id = ${ws} and e.id = ${id} and ${readable(scope, sql`u.path`)}`);
  return (r.rows[0] as unknown as EnterpriseRow) ?? null;
}

export async function titlesOf(db: DbOrTx, ws: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(enterpriseTitles)
    .where(
      and(
        eq(enterpriseTitles.workspaceId, ws),
        sql`${enterpriseTitles.enterpriseId} = any(${'{' + ids.join(',') + '}'}::uuid[])`,
      ),
    )
    .orderBy(asc(enterpriseTitles.grantedOn));
}

export type FigureRow = typeof enterpriseFigures.$inferSelect;

export async function figuresOf(db: DbOrTx, ws: string, ids: string[]): Promise<FigureRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(enterpriseFigures)
    .where(
      and(
        eq(enterpriseFigures.workspaceId, ws),
        sql`${enterpriseFigures.enterpriseId} = any(${'{' + ids.join(',') + '}'}::uuid[])`,
      ),
    )
    .orderBy(asc(enterpriseFigures.year));
}

export async function revisionsOf(db: DbOrTx, ws: string, id: string) {
  return db
    .select()
    .from(enterpriseFigureRevisions)
    .where(
      and(
        eq(enterpriseFigureRevisions.workspaceId, ws),
        eq(enterpriseFigureRevisions.enterpriseId, id),
      ),
    )
    .orderBy(desc(enterpriseFigureRevisions.at))
    .limit(100);
}

/** Ids and unit paths of every readable enterprise (optionally in a unit's subtree). */
export async function readableIds(
  db: DbOrTx,
  ws: string,
  scope: EnterpriseScope,
  unitId?: string,
): Promise<{ id: string; name: string; unitId: string; unitName: string }[]> {
  const sub = unitId
    ? sql`and u.path like (select path from units where workspace_id = ${ws} and id = ${unitId}) || '%'`
    : sql``;
  const r = await db.execute(sql`select e.id::text as id, e.name, e.unit_id::text as "unitId",
    u.name as "unitName" from enterprises e join units u on u.workspace_id = e.workspace_id
    and u.id = e.unit_id where e.workspace_id = ${ws} and ${readable(scope, sql`u.path`)} ${sub}
    order by e.pinyin`);
  return r.rows as { id: string; name: string; unitId: string; unitName: string }[];
}

export async function unitPathOf(db: DbOrTx, ws: string, unitId: string) {
  const [u] = await db
    .select({ path: units.path, name: units.name })
    .from(units)
    .where(and(eq(units.workspaceId, ws), eq(units.id, unitId)));
  return u ?? null;
}

export { enterprises };
