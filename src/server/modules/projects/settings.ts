import { eq } from 'drizzle-orm';
import { DEFAULT_REPORT_RULES, type ReportRules } from '../../../core/projects/investment-light';
import type { DbOrTx } from '../../db/connection';
import { projectSettings } from '../../db/schema';

/** The workspace's missing-report rules, the defaults when none were saved. */
export async function loadReportRules(db: DbOrTx, ws: string): Promise<ReportRules> {
  const [row] = await db.select().from(projectSettings).where(eq(projectSettings.workspaceId, ws));
  return row
    ? { yellowAfterDays: row.yellowAfterDays, redAfterDays: row.redAfterDays }
    : DEFAULT_REPORT_RULES;
}
