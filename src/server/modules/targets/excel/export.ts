// The plan ledger (台账) and the period report sheet, as offices print and fill them.
import { eq } from 'drizzle-orm';
import type { Readable } from 'node:stream';
import { formatBeijing } from '../../../../core/beijing-time';
import type { ReportFrequency } from '../../../../core/enums';
import { isReportingMonth, parsePeriodKey } from '../../../../core/targets/periods';
import type { DbOrTx } from '../../../db/connection';
import { targets } from '../../../db/schema';
import { badRequest } from '../../../errors';
import { streamLedger, type LedgerColumn } from '../../../excel/ledger-writer';
import { canSeeLine, type TargetAccess } from '../access';
import { loadLines, type Line } from '../lines';
import { planForRead } from '../plans/service';
import { loadFacts, reportKey } from '../status';
import { planTable, SYNTHETIC_NOTE } from '../views/service';

type TableRow = Awaited<ReturnType<typeof planTable>>['rows'][number];

export async function exportLedger(
  db: DbOrTx,
  o: {
    workspaceId: string;
    access: TargetAccess;
    ownUnitId: string;
    planId: string;
    period?: string;
  },
): Promise<{ fileName: string; stream: Readable }> {
  const t = await planTable(db, o);
  const group = `${t.periodLabel}完成情况`;
  const unitGroup = '分单位完成值（绿：符合序时进度，黄：落后，红：严重落后）';
  const columns: LedgerColumn<TableRow>[] = [
    { header: '指标名称', width: 22, value: (r) => r.target.indicator.name },
    { header: '计量单位', width: 8, value: (r) => r.target.indicator.measureUnit },
    { header: '年度目标', width: 34, value: (r) => r.target.wording },
    { header: '目标含义', width: 20, value: (r) => r.target.meaning },
    {
      header: '完成值',
      group,
      width: 10,
      value: (r) => r.status.actual,
      fill: (r) => r.status.light,
    },
    { header: '判定', group, width: 12, value: (r) => r.status.verdictLabel },
    { header: '说明', group, width: 36, value: (r) => r.status.detail },
    ...t.units.map((u): LedgerColumn<TableRow> => ({
      header: u.name,
      group: unitGroup,
      width: 10,
      value: (r) => r.units.find((x) => x.unitId === u.id)?.status.actual ?? null,
      fill: (r) => r.units.find((x) => x.unitId === u.id)?.status.light ?? null,
    })),
  ];
  const title = `${t.unit.name}${t.plan.year}年${t.plan.title}完成情况台账`;
  const stream = streamLedger(
    {
      title,
      sheetName: '目标台账',
      subtitle: `报告期：${t.periodLabel}；导出时间：${formatBeijing(new Date())}${t.synthetic ? `；注：${SYNTHETIC_NOTE}` : ''}`,
      seq: (r) => (r.target.lineNo === 1 ? r.target.seq : null),
      columns,
    },
    t.rows,
  );
  return { fileName: `${title}（${t.periodLabel}）.xlsx`, stream };
}

export const SHEET_HEADERS = {
  unitCode: '单位代码',
  unitName: '单位名称',
  indicator: '指标名称',
  value: '本期值',
  note: '说明',
} as const;

/** One row per unit and indicator due in the period, prefilled with the current figures. */
export async function exportReportSheet(
  db: DbOrTx,
  o: { workspaceId: string; access: TargetAccess; planId: string; period: string },
): Promise<{ fileName: string; stream: Readable }> {
  const plan = await planForRead(db, o.workspaceId, o.access, o.planId);
  const p = parsePeriodKey(o.period);
  if (!p || p.year !== plan.plan.year)
    throw badRequest(`报告期应在计划年度 ${plan.plan.year} 年内`, 'period');
  const lines = (await loadLines(db, o.workspaceId, eq(targets.planId, plan.plan.id)))
    .filter(
      (l) =>
        canSeeLine(o.access.read, l) &&
        isReportingMonth(l.indicator.frequency as ReportFrequency, p.month),
    )
    .sort((a, b) =>
      a.unit.path.length !== b.unit.path.length
        ? a.unit.path.length - b.unit.path.length
        : a.unit.sortKey < b.unit.sortKey
          ? -1
          : a.unit.sortKey > b.unit.sortKey
            ? 1
            : a.target.seq - b.target.seq || a.target.lineNo - b.target.lineNo,
    );
  const facts = await loadFacts(db, o.workspaceId, p.year, lines, [p.month]);
  const current = (l: Line) => facts.reports.get(reportKey(l.unit.id, l.indicator.id, p.month));
  const group = `${p.year}年${p.month}月报告期（累计指标填1-${p.month}月累计数）`;
  const title = `${plan.unit.name}${p.year}年${plan.plan.title}填报表`;
  const stream = streamLedger<Line>(
    {
      title,
      sheetName: '填报表',
      subtitle: `报告期：${o.period}；请勿修改单位代码和指标名称；不填的行不导入`,
      columns: [
        { header: SHEET_HEADERS.unitCode, width: 12, value: (l) => l.unit.code },
        { header: SHEET_HEADERS.unitName, width: 20, value: (l) => l.unit.name },
        { header: SHEET_HEADERS.indicator, width: 22, value: (l) => l.indicator.name },
        { header: '计量单位', width: 8, value: (l) => l.indicator.measureUnit },
        { header: '年度目标', width: 30, value: (l) => l.target.wording },
        { header: SHEET_HEADERS.value, group, width: 12, value: (l) => current(l)?.value ?? null },
        { header: SHEET_HEADERS.note, group, width: 30, value: (l) => current(l)?.note ?? null },
      ],
    },
    lines,
  );
  return { fileName: `${title}（${o.period}）.xlsx`, stream };
}
