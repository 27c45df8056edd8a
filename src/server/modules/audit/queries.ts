import { and, desc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection';
import { auditEvents } from '../../db/schema';

export interface AuditFilter {
  from?: string;
  to?: string;
  action?: string;
  actor?: string;
  q?: string;
  beforeSeq?: number;
  limit: number;
}

export async function searchAudit(db: DbOrTx, workspaceId: string, f: AuditFilter) {
  const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  return db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.workspaceId, workspaceId),
        f.from ? gte(auditEvents.at, new Date(`${f.from}T00:00:00+08:00`)) : undefined,
        f.to ? lte(auditEvents.at, new Date(`${f.to}T23:59:59.999+08:00`)) : undefined,
        f.action
          ? sql`${auditEvents.action} like ${f.action.replace(/[\\%_]/g, '') + '%'}`
          : undefined,
        f.actor ? sql`${auditEvents.actorName} like ${like(f.actor)}` : undefined,
        f.q ? sql`${auditEvents.summary} like ${like(f.q)}` : undefined,
        f.beforeSeq ? lt(auditEvents.id, f.beforeSeq) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(f.limit);
}
