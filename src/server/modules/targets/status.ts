// Computing verdicts and lights from reports (never typed in): loads the current reports and
// judgements a set of lines needs, and runs core/targets/assess on each.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { formatBeijing } from '../../../core/beijing-time';
import type { ReportFrequency } from '../../../core/enums';
import { assessTarget, VERDICT_LABELS } from '../../../core/targets/assess';
import type { Direction } from '../../../core/targets/normalize';
import { effectiveMonth, periodKey, periodLabel } from '../../../core/targets/periods';
import type { ParsedWording } from '../../../core/targets/wording';
import type { DbOrTx } from '../../db/connection';
import {
  indicatorReports,
  targetJudgements,
  targets,
  type IndicatorReportRow,
  type TargetJudgementRow,
  type TargetPlanRow,
} from '../../db/schema';
import { toleranceOf, type Line } from './lines';
import type { StatusViewT } from './schema';

export interface Facts {
  reports: Map<string, IndicatorReportRow>;
  judgements: Map<string, TargetJudgementRow>;
}

export const reportKey = (unitId: string, indicatorId: string, month: number) =>
  `${unitId}|${indicatorId}|${month}`;
const judgementKey = (targetId: string, month: number) => `${targetId}|${month}`;

/** Current reports and judgements of `lines` in `year`, for the given months (all if omitted). */
export async function loadFacts(
  db: DbOrTx,
  workspaceId: string,
  year: number,
  lines: Line[],
  months?: number[],
): Promise<Facts> {
  const facts: Facts = { reports: new Map(), judgements: new Map() };
  if (lines.length === 0 || months?.length === 0) return facts;
  const unitIds = [...new Set(lines.map((l) => l.target.unitId))];
  const indicatorIds = [...new Set(lines.map((l) => l.target.indicatorId))];
  const reportRows = await db
    .select()
    .from(indicatorReports)
    .where(
      and(
        eq(indicatorReports.workspaceId, workspaceId),
        eq(indicatorReports.current, true),
        eq(indicatorReports.year, year),
        inArray(indicatorReports.indicatorId, indicatorIds),
        inArray(indicatorReports.unitId, unitIds),
        months ? inArray(indicatorReports.month, months) : undefined,
      ),
    );
  for (const r of reportRows) facts.reports.set(reportKey(r.unitId, r.indicatorId, r.month), r);
  const judgementRows = await db
    .select()
    .from(targetJudgements)
    .where(
      and(
        eq(targetJudgements.workspaceId, workspaceId),
        eq(targetJudgements.current, true),
        // Judgements are rare: ask by plan rather than list thousands of target ids.
        inArray(
          targetJudgements.targetId,
          db
            .select({ id: targets.id })
            .from(targets)
            .where(
              and(
                eq(targets.workspaceId, workspaceId),
                inArray(targets.planId, [...new Set(lines.map((l) => l.target.planId))]),
              ),
            ),
        ),
        months ? inArray(targetJudgements.month, months) : undefined,
      ),
    );
  for (const j of judgementRows) facts.judgements.set(judgementKey(j.targetId, j.month), j);
  return facts;
}

/** The months a set of lines is judged at when the plan is viewed at `month`. */
export function effectiveMonths(lines: Line[], month: number): number[] {
  const set = new Set<number>();
  for (const l of lines) {
    const m = effectiveMonth(l.indicator.frequency as ReportFrequency, month);
    if (m !== null) set.add(m);
  }
  return [...set];
}

/** The status of one line when the plan is viewed at `viewMonth`: verdict, light and the figure behind it. */
export function statusOf(
  plan: TargetPlanRow,
  line: Line,
  viewMonth: number,
  facts: Facts,
): StatusViewT {
  const ind = line.indicator;
  const frequency = ind.frequency as ReportFrequency;
  const month = effectiveMonth(frequency, viewMonth);
  const label = periodLabel(plan.year, month ?? viewMonth, {
    cumulative: ind.cumulative,
    frequency,
  });
  const base = { period: periodKey(plan.year, viewMonth), periodLabel: label, month };
  if (month === null) {
    return {
      ...base,
      actual: null,
      reportId: null,
      reportedAt: null,
      reporterName: null,
      corrected: false,
      synthetic: false,
      verdict: 'not_due',
      verdictLabel: '尚未到报告期',
      light: null,
      behindPoints: null,
      detail: `${ind.name}${frequency === 'yearly' ? '按年' : '按季'}报送，本期尚无数据`,
      detailEn: `reported ${frequency === 'yearly' ? 'yearly' : 'quarterly'}: no figure for this period`,
      judgement: null,
    };
  }
  const report = facts.reports.get(reportKey(line.target.unitId, ind.id, month)) ?? null;
  const judgement = facts.judgements.get(judgementKey(line.target.id, month)) ?? null;
  const a = assessTarget({
    parsed: line.target.parsed as ParsedWording,
    direction: ind.direction as Direction,
    cumulative: ind.cumulative,
    month,
    actual: report?.value ?? null,
    tolerance: toleranceOf(line, plan),
    controlValue: line.target.controlValue,
    referenceValues: (line.target.referenceValues as (number | null)[] | null) ?? null,
    manual: judgement
      ? { verdict: judgement.verdict === 'met' ? 'met' : 'not_met', reason: judgement.reason }
      : null,
    thresholds: {
      yellowFrom: plan.yellowFrom,
      redFrom: plan.redFrom,
      notStartedMonths: plan.notStartedMonths,
    },
  });
  return {
    ...base,
    actual: report?.value ?? null,
    reportId: report?.id ?? null,
    reportedAt: report ? formatBeijing(report.reportedAt) : null,
    reporterName: report?.reporterName ?? null,
    corrected: report?.correctsId != null,
    synthetic: report?.synthetic ?? false,
    verdict: a.verdict,
    verdictLabel: VERDICT_LABELS[a.verdict],
    light: a.light,
    behindPoints: a.behindPoints,
    detail: a.detail,
    detailEn: a.detailEn,
    judgement: judgement
      ? { verdict: judgement.verdict, reason: judgement.reason, judgeName: judgement.judgeName }
      : null,
  };
}

/** The latest month with any current report for these lines, or null. */
export async function latestReportedMonth(
  db: DbOrTx,
  workspaceId: string,
  year: number,
  lines: Line[],
): Promise<number | null> {
  if (lines.length === 0) return null;
  const [row] = await db
    .select({ m: sql<number | null>`max(${indicatorReports.month})` })
    .from(indicatorReports)
    .where(
      and(
        eq(indicatorReports.workspaceId, workspaceId),
        eq(indicatorReports.current, true),
        eq(indicatorReports.year, year),
        inArray(indicatorReports.indicatorId, [...new Set(lines.map((l) => l.target.indicatorId))]),
        inArray(indicatorReports.unitId, [...new Set(lines.map((l) => l.target.unitId))]),
      ),
    );
  return row?.m == null ? null : Number(row.m);
}
