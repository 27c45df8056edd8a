import { and, desc, eq } from 'drizzle-orm';
import { monthOf } from '../../../core/dates';
import { changesOfReports, monthsOfYearUpTo, trendFromChanges } from '../../../core/projects/trend';
import type { Db, DbOrTx } from '../../db/connection';
import { programmeRounds, programmes } from '../../db/schema';
import { notFound } from '../../errors';
import { selectRound } from './dashboard';
import { byTop, type ProgrammeView } from './programme-counts';
import { rankingUnits, rememberedEntries, type EntryRow } from './queries';

/**
 * A programme's monthly investment completion this year, for the programme and per county:
 * the projects built this year with a plan (as the dashboard's 投资完成率 counts them), from
 * the remembered list entries and the plan year's reports copied onto them (plan_year_reports,
 * migration 0021). After a monthly report only that project's entries are read again; before,
 * a statement read the 32,000 monthly figures of the programme's projects (65 ms at province
 * scale) after every report. programme-counts.test.ts checks it against `investmentTrend` over
 * the reports themselves.
 */
export async function programmeTrend(
  db: DbOrTx,
  shared: Db,
  o: ProgrammeView,
  /** false: the programme's line alone (the cockpit), without one per county. */
  { byUnit = true }: { byUnit?: boolean } = {},
) {
  const year = Number(o.today.slice(0, 4));
  const [[p], [latest], units, entries] = await Promise.all([
    db
      .select({ id: programmes.id })
      .from(programmes)
      .where(and(eq(programmes.workspaceId, o.ws), eq(programmes.id, o.id))),
    db
      .select({ seq: programmeRounds.seq })
      .from(programmeRounds)
      .where(and(eq(programmeRounds.workspaceId, o.ws), eq(programmeRounds.programmeId, o.id)))
      .orderBy(desc(programmeRounds.seq))
      .limit(1),
    byUnit ? rankingUnits(db, o.ws) : [],
    rememberedEntries(shared, o.ws, o.id, o.paths),
  ]);
  if (!p) throw notFound('项目计划');
  const chosen = selectRound(entries, o.round ?? latest?.seq ?? null, o.cumulative);
  const months = monthsOfYearUpTo(monthOf(o.today));
  const ofUnit = byUnit ? byTop(chosen) : new Map<string | null, EntryRow[]>();
  return {
    year,
    months,
    overall: entriesTrend(chosen, year, months).points,
    units: units
      .map((u) => ({
        unit: { id: u.id, name: u.name },
        ...entriesTrend(ofUnit.get(u.id) ?? [], year, months),
      }))
      .filter((u) => u.projects > 0),
  };
}

/**
 * The trend of some entries' projects: those of `year` with a plan, each once, with the
 * reports copied onto their entries.
 */
export function entriesTrend(entries: readonly EntryRow[], year: number, months: string[]) {
  const projects = new Map<string, EntryRow>();
  for (const e of entries)
    if (e.planYear === year && e.annualPlan > 0) projects.set(e.projectId, e);
  let plan = 0;
  const reports: Record<string, number>[] = [];
  for (const e of projects.values()) {
    plan += e.annualPlan;
    if (e.planYearReports) reports.push(e.planYearReports);
  }
  return {
    projects: projects.size,
    points: trendFromChanges(plan, changesOfReports(reports), months),
  };
}
