import { and, eq, sql, type SQL } from 'drizzle-orm';
import { BUSINESS_ROLES } from '../../../core/enums';
import { inScope, pathInScope, scopePaths } from '../../auth/scope';
import type { AuthContext } from '../../auth/session-store';
import type { DbOrTx } from '../../db/connection';
import { enterpriseDepartments } from '../../db/schema';
import { forbidden, notFound } from '../../errors';

// Who sees and edits which enterprises. An enterprise belongs to a unit (its county):
//   supervisor, leader, viewer, liaison on that unit or above   read
//   supervisor or liaison on that unit or above                 edit (figures, titles …)
//   liaison of an overseeing department (市工信局, 市科技局: the  read and edit the whole
//   enterprise_departments table)                               library
//   supervisor on the root unit, or system admin                 criteria versions, targets
// Administrators (三员) do not see enterprises; everyone else outside scope gets 404.

export interface EnterpriseScope {
  readPaths: string[];
  writePaths: string[];
  /** A department liaison (or a root grant): the whole workspace. */
  readAll: boolean;
  writeAll: boolean;
  /** May change criteria versions and targets. */
  admin: boolean;
}

export async function enterpriseScope(db: DbOrTx, auth: AuthContext): Promise<EnterpriseScope> {
  const readPaths = scopePaths(auth, BUSINESS_ROLES);
  const writePaths = scopePaths(auth, ['supervisor', 'liaison']);
  const liaisonUnits = auth.roles.filter((g) => g.role === 'liaison').map((g) => g.unitId);
  let dept = false;
  if (liaisonUnits.length > 0) {
    const rows = await db
      .select({ id: enterpriseDepartments.unitId })
      .from(enterpriseDepartments)
      .where(
        and(
          eq(enterpriseDepartments.workspaceId, auth.workspaceId),
          sql`${enterpriseDepartments.unitId} = any(${'{' + liaisonUnits.join(',') + '}'}::uuid[])`,
        ),
      );
    dept = rows.length > 0;
  }
  const root = (paths: string[]) => paths.some((p) => /^\/[^/]+\/$/.test(p));
  return {
    readPaths,
    writePaths,
    readAll: dept || root(readPaths),
    writeAll: dept || root(writePaths),
    admin:
      auth.roles.some((g) => g.role === 'system_admin') ||
      auth.roles.some((g) => g.role === 'supervisor' && /^\/[^/]+\/$/.test(g.unitPath)),
  };
}

/** Any business role at all, else 403 (the three administrators do not see enterprises). */
export function requireReader(s: EnterpriseScope): void {
  if (!s.readAll && s.readPaths.length === 0) throw forbidden('无权查看企业库');
}

export function requireWriter(s: EnterpriseScope): void {
  if (!s.writeAll && s.writePaths.length === 0) throw forbidden('无权修改企业信息');
}

export function requireCriteriaAdmin(s: EnterpriseScope): void {
  if (!s.admin) throw forbidden('只有市级督查人员或系统管理员可以维护认定标准和培育目标');
}

/** SQL: the unit path column is readable. */
export function readable(s: EnterpriseScope, pathColumn: SQL): SQL {
  return s.readAll ? sql`true` : inScope(pathColumn, s.readPaths);
}

export function canRead(s: EnterpriseScope, unitPath: string): boolean {
  return s.readAll || pathInScope(unitPath, s.readPaths);
}

/** Edit check on an enterprise the caller can read: 403 when they only read it. */
export function assertCanWrite(s: EnterpriseScope, unitPath: string): void {
  if (!canRead(s, unitPath)) throw notFound('企业');
  if (!(s.writeAll || pathInScope(unitPath, s.writePaths))) throw forbidden('无权修改该企业');
}
