// Who has reported a period, and lights on units that have not (deadline: the plan's due
// day of the following month, moved past rest days).
import { and, eq, inArray, sql } from 'drizzle-orm';
import { officialCalendar } from '../../../../core/calendar/calendar';
import { formatBeijing } from '../../../../core/beijing-time';
import { TARGET_LIMITS, type ReportFrequency } from '../../../../core/enums';
import {
  isReportingMonth,
  parsePeriodKey,
  reportDeadline,
  reportingState,
  type ReportingState,
} from '../../../../core/targets/periods';
import type { DbOrTx } from '../../../db/connection';
import { indicatorReports, targets } from '../../../db/schema';
import { badRequest } from '../../../errors';
import { canSeeLine, type TargetAccess } from '../access';
import { loadLines, presentUnitRef, type Line } from '../lines';
import { planForRead } from '../plans/service';

export const STATE_LABELS: Record<ReportingState, string> = {
  reported: '已按时报送',
  reported_late: '逾期报送',
  not_due: '未到截止日',
  due_soon: '即将截止',
  overdue: '逾期未报',
};

function beijingDate(d: Date): string {
  return formatBeijing(d).slice(0, 10);
}

export async function reportingStatus(
  db: DbOrTx,
  o: { workspaceId: string; access: TargetAccess; planId: string; period: string; today: string },
) {
  const plan = await planForRead(db, o.workspaceId, o.access, o.planId);
  const p = parsePeriodKey(o.period);
  if (!p || p.year !== plan.plan.year)
    throw badRequest(`报告期应在计划年度 ${plan.plan.year} 年内`, 'period');
  const lines = (await loadLines(db, o.workspaceId, eq(targets.planId, plan.plan.id))).filter(
    (l) =>
      canSeeLine(o.access.read, l) &&
      isReportingMonth(l.indicator.frequency as ReportFrequency, p.month),
  );
  const deadline = reportDeadline(p.year, p.month, plan.plan.reportDueDay, officialCalendar());
  const firsts = await firstReports(db, o.workspaceId, p.year, p.month, lines);
  const byUnit = new Map<string, Line[]>();
  for (const l of lines) byUnit.set(l.unit.id, [...(byUnit.get(l.unit.id) ?? []), l]);
  const units = [...byUnit.values()]
    .sort((a, b) => (a[0]!.unit.sortKey < b[0]!.unit.sortKey ? -1 : 1))
    .sort((a, b) => a[0]!.unit.path.length - b[0]!.unit.path.length)
    .map((ls) => {
      const dates = ls.map((l) => firsts.get(`${l.unit.id}|${l.indicator.id}`) ?? null);
      const missing = ls.filter((_l, i) => dates[i] === null).map((l) => l.indicator.name);
      const done = missing.length === 0;
      const last = done ? (dates as string[]).sort().at(-1)! : null;
      const s = reportingState({
        deadline,
        today: o.today,
        firstReportedOn: last,
        dueSoonDays: TARGET_LIMITS.dueSoonDays,
      });
      return {
        unit: presentUnitRef(ls[0]!.unit),
        expected: ls.length,
        reported: ls.length - missing.length,
        missing,
        firstReportedAt: last,
        state: s.state,
        stateLabel: STATE_LABELS[s.state],
        light: s.light,
      };
    });
  return { period: o.period, deadline, today: o.today, units };
}

/** Date (Beijing) each unit first reported each indicator for the period. */
async function firstReports(
  db: DbOrTx,
  workspaceId: string,
  year: number,
  month: number,
  lines: Line[],
): Promise<Map<string, string>> {
  if (lines.length === 0) return new Map();
  const rows = await db
    .select({
      unitId: indicatorReports.unitId,
      indicatorId: indicatorReports.indicatorId,
      first: sql<Date>`min(${indicatorReports.reportedAt})`,
    })
    .from(indicatorReports)
    .where(
      and(
        eq(indicatorReports.workspaceId, workspaceId),
        eq(indicatorReports.year, year),
        eq(indicatorReports.month, month),
        inArray(indicatorReports.unitId, [...new Set(lines.map((l) => l.unit.id))]),
        inArray(indicatorReports.indicatorId, [...new Set(lines.map((l) => l.indicator.id))]),
      ),
    )
    .groupBy(indicatorReports.unitId, indicatorReports.indicatorId);
  return new Map(rows.map((r) => [`${r.unitId}|${r.indicatorId}`, beijingDate(new Date(r.first))]));
}
