import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../core/dates';
import type { DbOrTx } from '../../db/connection';
import {
  enterpriseFigureRevisions,
  enterpriseFigures,
  enterpriseTitles,
  enterprises,
  units,
} from '../../db/schema';
import { readable, type EnterpriseScope } from './access';
import { selectSql } from './library-query';

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
export { listEnterprises } from './library-query';
