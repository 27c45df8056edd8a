import { and, eq, sql } from 'drizzle-orm';
import { monthOf, type IsoDate } from '../../../core/dates';
import { investmentTrend, monthsOfYearUpTo, type TrendReport } from '../../../core/projects/trend';
import type { DbOrTx } from '../../db/connection';
import { programmes } from '../../db/schema';
import { notFound } from '../../errors';
import { selectRound } from './dashboard';
import { programmeEntries, rankingUnits, type EntryRow } from './queries';

/**
 * A programme's monthly investment completion this year, for the programme and per county:
 * the projects built this year with a plan (as the dashboard's 投资完成率 counts them).
 */
export async function programmeTrend(
  db: DbOrTx,
  o: {
    ws: string;
    id: string;
    paths: string[];
    today: IsoDate;
    round?: number;
    cumulative: boolean;
  },
) {
  const [p] = await db
    .select({ id: programmes.id })
    .from(programmes)
    .where(and(eq(programmes.workspaceId, o.ws), eq(programmes.id, o.id)));
  if (!p) throw notFound('项目计划');
  const year = Number(o.today.slice(0, 4));
  // The trend reads its own monthly figures: no latest figure needed from the entries.
  const all = await programmeEntries(db, o.ws, o.id, o.paths);
  const seqs = [...new Set(all.map((e) => e.roundSeq).filter((s): s is number => s !== null))];
  const round = o.round ?? (seqs.length > 0 ? Math.max(...seqs) : null);
  const built = new Map<string, EntryRow>();
  for (const e of selectRound(all, round, o.cumulative)) {
    if (e.planYear === year && e.annualPlan > 0) built.set(e.projectId, e);
  }
  const projects = [...built.values()].map((e) => ({ id: e.projectId, annualPlan: e.annualPlan }));
  const reports =
    projects.length === 0
      ? []
      : ((
          await db.execute(sql`select project_id::text as "projectId", month,
            ytd_completed::float8 as "ytdCompleted" from project_investments
            where workspace_id = ${o.ws} and month like ${`${year}-%`}
              and project_id = any(${`{${projects.map((x) => x.id).join(',')}}`}::uuid[])`)
        ).rows as unknown as TrendReport[]);
  const months = monthsOfYearUpTo(monthOf(o.today));
  const units = await rankingUnits(db, o.ws);
  return {
    year,
    months,
    overall: investmentTrend(projects, reports, months),
    units: units
      .map((u) => {
        const mine = projects.filter((x) => built.get(x.id)!.unitPath.startsWith(u.path));
        return {
          unit: { id: u.id, name: u.name },
          projects: mine.length,
          points: investmentTrend(mine, reports, months),
        };
      })
      .filter((u) => u.projects > 0),
  };
}
