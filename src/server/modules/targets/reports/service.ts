// Reporting figures (once per unit, indicator and period; corrections keep history) and
// people's judgements of qualitative targets.
import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { formatBeijing } from '../../../../core/beijing-time';
import { todayInShanghai } from '../../../../core/dates';
import type { ReportFrequency } from '../../../../core/enums';
import {
  isReportingMonth,
  parsePeriodKey,
  periodKey,
  periodLabel,
  periodMonths,
} from '../../../../core/targets/periods';
import type { Actor } from '../../../audit/record';
import type { Audit } from '../../../db/write';
import type { Db, DbOrTx, Tx } from '../../../db/connection';
import {
  indicatorReports,
  targetJudgements,
  type IndicatorReportRow,
  type IndicatorRow,
  type TargetPlanRow,
} from '../../../db/schema';
import { writeTx } from '../../../db/write';
import { badRequest, conflict, forbidden } from '../../../errors';
import { canReportLine, type TargetAccess } from '../access';
import type { Line } from '../lines';
import { lineForRead } from '../plans/targets-service';
import type { JudgeBody, SubmitReportBody } from './schema';

const FREQ_ZH: Record<ReportFrequency, string> = {
  monthly: '按月',
  quarterly: '按季',
  yearly: '按年',
};

/** The month of `period` within the plan's year, checked against the indicator; Chinese errors. */
export function periodMonth(
  plan: TargetPlanRow,
  indicator: IndicatorRow,
  period: string,
  today: string = todayInShanghai(new Date()),
): number {
  const p = parsePeriodKey(period);
  if (!p || p.year !== plan.year) {
    throw badRequest(`报告期应在计划年度 ${plan.year} 年内`, 'period');
  }
  const freq = indicator.frequency as ReportFrequency;
  if (!isReportingMonth(freq, p.month)) {
    throw badRequest(
      `“${indicator.name}”${FREQ_ZH[freq]}报送，报告期应为 ${periodMonths(freq).join('、')} 月`,
      'period',
    );
  }
  if (period > today.slice(0, 7)) {
    throw badRequest('报告期尚未到来，不能提前报送', 'period');
  }
  return p.month;
}

export function presentReport(r: IndicatorReportRow, indicator: IndicatorRow) {
  return {
    id: r.id,
    period: periodKey(r.year, r.month),
    periodLabel: periodLabel(r.year, r.month, {
      cumulative: indicator.cumulative,
      frequency: indicator.frequency as ReportFrequency,
    }),
    value: r.value,
    note: r.note,
    current: r.current,
    correctsId: r.correctsId,
    correctionReason: r.correctionReason,
    reporterName: r.reporterName,
    reportedAt: formatBeijing(r.reportedAt),
    synthetic: r.synthetic,
  };
}

export interface WriteReport {
  unitId: string;
  unitName: string;
  indicator: IndicatorRow;
  year: number;
  month: number;
  value: number | null;
  note: string | null;
  correctionReason?: string;
}

/**
 * Saves one figure inside the caller's transaction: a first report, a correction (the earlier
 * row stays, no longer current), or nothing when it repeats the current figure.
 */
export async function writeReport(
  tx: Tx,
  audit: Audit,
  actor: Actor,
  w: WriteReport,
): Promise<{ outcome: 'saved' | 'corrected' | 'unchanged'; report: IndicatorReportRow }> {
  const ws = actor.workspaceId;
  if (w.value === null && w.indicator.kind !== 'qualitative') {
    throw badRequest(`“${w.indicator.name}”须填写数值`, 'value');
  }
  if (w.value === null && !w.note) throw badRequest('定性指标请填写情况说明', 'note');
  const [current] = await tx
    .select()
    .from(indicatorReports)
    .where(
      and(
        eq(indicatorReports.workspaceId, ws),
        eq(indicatorReports.unitId, w.unitId),
        eq(indicatorReports.indicatorId, w.indicator.id),
        eq(indicatorReports.year, w.year),
        eq(indicatorReports.month, w.month),
        eq(indicatorReports.current, true),
      ),
    )
    .for('update');
  const label = periodLabel(w.year, w.month, {
    cumulative: w.indicator.cumulative,
    frequency: w.indicator.frequency as ReportFrequency,
  });
  const what = `${w.unitName}·${w.indicator.name}·${label}`;
  if (current && current.value === w.value && (current.note ?? null) === (w.note ?? null)) {
    return { outcome: 'unchanged', report: current };
  }
  if (current && !w.correctionReason) {
    throw badRequest(
      `${what} 已报送 ${current.value ?? '（定性）'}，更正时请填写更正原因`,
      'correctionReason',
    );
  }
  if (current) {
    await tx
      .update(indicatorReports)
      .set({ current: false })
      .where(and(eq(indicatorReports.workspaceId, ws), eq(indicatorReports.id, current.id)));
  }
  const [row] = await tx
    .insert(indicatorReports)
    .values({
      workspaceId: ws,
      unitId: w.unitId,
      indicatorId: w.indicator.id,
      year: w.year,
      month: w.month,
      value: w.value,
      note: w.note,
      correctsId: current?.id ?? null,
      correctionReason: current ? w.correctionReason! : null,
      reportedBy: actor.userId,
      reporterName: actor.name,
    })
    .returning();
  await audit({
    action: current ? 'indicator_report.corrected' : 'indicator_report.submitted',
    entityType: 'indicator_report',
    entityId: row!.id,
    summary: current
      ? `更正 ${what}：${current.value ?? '（定性）'} → ${w.value ?? '（定性）'}（${w.correctionReason}）`
      : `报送 ${what}：${w.value ?? '（定性）'}${w.indicator.measureUnit}`,
    before: current ?? null,
    after: row,
  });
  return { outcome: current ? 'corrected' : 'saved', report: row! };
}

export function assertCanReport(access: TargetAccess, line: Line) {
  if (!canReportLine(access, line)) {
    throw forbidden(`只能填报本单位的数据，不能填报 ${line.unit.name} 的数据`);
  }
}

export async function submitReport(
  db: Db,
  o: z.infer<typeof SubmitReportBody> & { actor: Actor; access: TargetAccess; targetId: string },
) {
  const ws = o.actor.workspaceId;
  return writeTx(db, o.actor, async (tx, audit) => {
    const { line, plan } = await lineForRead(tx, ws, o.access, o.targetId);
    assertCanReport(o.access, line);
    const month = periodMonth(plan.plan, line.indicator, o.period);
    const r = await writeReport(tx, audit, o.actor, {
      unitId: line.unit.id,
      unitName: line.unit.name,
      indicator: line.indicator,
      year: plan.plan.year,
      month,
      value: o.value,
      note: o.note ?? null,
      correctionReason: o.correctionReason,
    });
    if (r.outcome === 'unchanged') throw conflict('与已报送的数值相同，无需更正', 'value');
    return { outcome: r.outcome, report: presentReport(r.report, line.indicator) };
  });
}

/** Every version of the figures behind a target (newest first), optionally for one period. */
export async function listReports(
  db: DbOrTx,
  o: { workspaceId: string; access: TargetAccess; targetId: string; period?: string },
) {
  const { line, plan } = await lineForRead(db, o.workspaceId, o.access, o.targetId);
  const p = o.period ? parsePeriodKey(o.period) : null;
  const rows = await db
    .select()
    .from(indicatorReports)
    .where(
      and(
        eq(indicatorReports.workspaceId, o.workspaceId),
        eq(indicatorReports.unitId, line.unit.id),
        eq(indicatorReports.indicatorId, line.indicator.id),
        eq(indicatorReports.year, plan.plan.year),
        p ? eq(indicatorReports.month, p.month) : undefined,
      ),
    )
    .orderBy(desc(indicatorReports.month), desc(indicatorReports.reportedAt));
  return rows.map((r) => presentReport(r, line.indicator));
}

export async function judgeTarget(
  db: Db,
  o: z.infer<typeof JudgeBody> & { actor: Actor; access: TargetAccess; targetId: string },
) {
  const ws = o.actor.workspaceId;
  return writeTx(db, o.actor, async (tx, audit) => {
    const { line, plan } = await lineForRead(tx, ws, o.access, o.targetId);
    if (!plan.canManage) throw forbidden('只有本级督查人员可以判定目标完成情况');
    const month = periodMonth(plan.plan, line.indicator, o.period);
    const [current] = await tx
      .select()
      .from(targetJudgements)
      .where(
        and(
          eq(targetJudgements.workspaceId, ws),
          eq(targetJudgements.targetId, line.target.id),
          eq(targetJudgements.month, month),
          eq(targetJudgements.current, true),
        ),
      );
    if (current) {
      await tx
        .update(targetJudgements)
        .set({ current: false })
        .where(and(eq(targetJudgements.workspaceId, ws), eq(targetJudgements.id, current.id)));
    }
    const [row] = await tx
      .insert(targetJudgements)
      .values({
        workspaceId: ws,
        targetId: line.target.id,
        month,
        verdict: o.verdict,
        reason: o.reason,
        judgedBy: o.actor.userId,
        judgeName: o.actor.name,
      })
      .returning();
    const verdictZh = o.verdict === 'met' ? '完成' : '未完成';
    await audit({
      action: 'target.judged',
      entityType: 'target',
      entityId: line.target.id,
      summary: `人工判定 ${line.unit.name}·${line.indicator.name}·${o.period}：${verdictZh}（${o.reason}）`,
      before: current ?? null,
      after: row,
    });
    return presentJudgement(row!, plan.plan.year);
  });
}

export function presentJudgement(j: typeof targetJudgements.$inferSelect, year: number) {
  return {
    id: j.id,
    period: periodKey(year, j.month),
    verdict: j.verdict,
    reason: j.reason,
    current: j.current,
    judgeName: j.judgeName,
    judgedAt: formatBeijing(j.judgedAt),
  };
}

export async function listJudgements(
  db: DbOrTx,
  o: { workspaceId: string; access: TargetAccess; targetId: string },
) {
  const { line, plan } = await lineForRead(db, o.workspaceId, o.access, o.targetId);
  const rows = await db
    .select()
    .from(targetJudgements)
    .where(
      and(
        eq(targetJudgements.workspaceId, o.workspaceId),
        eq(targetJudgements.targetId, line.target.id),
      ),
    )
    .orderBy(desc(targetJudgements.month), desc(targetJudgements.judgedAt));
  return rows.map((j) => presentJudgement(j, plan.plan.year));
}
