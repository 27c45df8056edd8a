import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/connection';

/**
 * Copies each project's latest year-to-date report of its plan year onto the project row
 * (projects.ytd_month / ytd_completed), with all of that year's reports by month
 * (plan_year_reports), or clears them when there is none. Called in the same
 * transaction as every write of a report (form, batch form, .xlsx import, demo seed) and of a
 * project's plan year, so the copy never disagrees with the monthly figures. Without ids, every
 * project of the workspace is refreshed (bulk loads).
 */
export async function refreshLatestInvestment(
  db: DbOrTx,
  ws: string,
  projectIds?: readonly string[],
) {
  if (projectIds && projectIds.length === 0) return;
  // Lock the rows first: the update below then starts after any concurrent report of the
  // same project has committed and reads it (read committed: a snapshot per statement), so
  // two months reported at once cannot leave the earlier one as the latest.
  if (projectIds) {
    await db.execute(sql`select 1 from projects where workspace_id = ${ws}
      and id = any(${`{${projectIds.join(',')}}`}::uuid[]) order by id for update`);
  }
  const only = projectIds ? sql`and p.id = any(${`{${projectIds.join(',')}}`}::uuid[])` : sql``;
  // The plan year's reports: the latest, and all of them by month (the trend, 0021).
  await db.execute(sql`update projects p set ytd_month = l.month, ytd_completed = l.ytd,
      plan_year_reports = l.reports
    from projects q
    left join lateral (select
        (array_agg(i.month order by i.month desc))[1] as month,
        (array_agg(i.ytd_completed order by i.month desc))[1] as ytd,
        jsonb_object_agg(i.month, i.ytd_completed order by i.month) as reports
      from project_investments i
      where i.workspace_id = q.workspace_id and i.project_id = q.id
        and i.month like q.plan_year::text || '-%') l on true
    where q.workspace_id = p.workspace_id and q.id = p.id and p.workspace_id = ${ws} ${only}
      and (p.ytd_month is distinct from l.month or p.ytd_completed is distinct from l.ytd
        or p.plan_year_reports is distinct from l.reports)`);
}
