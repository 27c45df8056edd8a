// Importing a filled period report sheet: every row is checked first, and either all figures
// are saved (one transaction, each audited) or none, with the faulty rows named in Chinese.
import { and, eq } from 'drizzle-orm';
import type { ReportFrequency } from '../../../../core/enums';
import { canonicalIndicatorName } from '../../../../core/targets/normalize';
import { isReportingMonth, parsePeriodKey } from '../../../../core/targets/periods';
import type { Actor } from '../../../audit/record';
import type { Db } from '../../../db/connection';
import { targets, units } from '../../../db/schema';
import { writeTx } from '../../../db/write';
import { AppError, badRequest, forbidden } from '../../../errors';
import { readLedger } from '../../../excel/ledger-reader';
import { canReportLine, type TargetAccess } from '../access';
import { loadLines, type Line } from '../lines';
import { planForRead } from '../plans/service';
import { writeReport } from '../reports/service';
import { SHEET_HEADERS } from './export';

export interface RowError {
  row: number;
  message: string;
}

/**
 * Rejected import: nothing is saved, and error.details lists every faulty row (the same shape
 * as the matters list import, through the global error handler).
 */
export class ImportRejected extends AppError {
  constructor(readonly rows: RowError[]) {
    super(
      400,
      'import_rejected',
      `导入未完成：共 ${rows.length} 行有误，未保存任何数据`,
      'file',
      rows.map((r) => r.message),
    );
  }
}

const MAX_ROWS = 20_000;

function toNumber(v: string | number | null): number | null | 'bad' {
  if (v === null) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : 'bad';
  const s = v.replace(/[,，\s%％]/g, '');
  if (s === '') return null;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : 'bad';
}

interface Planned {
  line: Line;
  value: number | null;
  note: string | null;
}

export async function importReportSheet(
  db: Db,
  o: {
    actor: Actor;
    access: TargetAccess;
    planId: string;
    period: string;
    /** Reads the upload; called only once the caller may import into this plan. */
    readFile: () => Promise<{ name: string; data: Buffer }>;
  },
) {
  const ws = o.actor.workspaceId;
  const plan = await planForRead(db, ws, o.access, o.planId);
  if (o.access.report.length === 0) throw forbidden('只有联络员可以导入填报表');
  const p = parsePeriodKey(o.period);
  if (!p || p.year !== plan.plan.year)
    throw badRequest(`报告期应在计划年度 ${plan.plan.year} 年内`, 'period');
  const file = await o.readFile();
  const rows = await readLedger(
    file.data,
    [
      { key: 'unitCode', headers: [SHEET_HEADERS.unitCode], required: true },
      { key: 'indicator', headers: [SHEET_HEADERS.indicator], required: true },
      { key: 'value', headers: [SHEET_HEADERS.value, '本期累计值', '完成值'], required: true },
      { key: 'note', headers: [SHEET_HEADERS.note, '备注'] },
    ],
    { maxRows: MAX_ROWS },
  );
  const lines = await loadLines(db, ws, eq(targets.planId, plan.plan.id));
  const byKey = new Map(lines.map((l) => [`${l.unit.code}|${l.indicator.canonicalName}`, l]));
  const planIndicators = new Set(lines.map((l) => l.indicator.canonicalName));
  const allUnits = await db
    .select({ code: units.code, name: units.name })
    .from(units)
    .where(and(eq(units.workspaceId, ws)));
  const unitName = new Map(allUnits.map((u) => [u.code, u.name]));

  const errors: RowError[] = [];
  const planned: Planned[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    const fail = (message: string) =>
      errors.push({ row: r.rowNumber, message: `第 ${r.rowNumber} 行：${message}` });
    const code = r.values.unitCode == null ? '' : String(r.values.unitCode).trim();
    const indicator = r.values.indicator == null ? '' : String(r.values.indicator).trim();
    const value = toNumber(r.values.value ?? null);
    const note = r.values.note == null ? null : String(r.values.note).trim() || null;
    if (value === null && note === null) continue; // not filled in: nothing to import
    if (!code) {
      fail('单位代码不能为空');
      continue;
    }
    if (!unitName.has(code)) {
      fail(`单位代码 ${code} 不存在`);
      continue;
    }
    if (!indicator) {
      fail('指标名称不能为空');
      continue;
    }
    const canonical = canonicalIndicatorName(indicator);
    if (!planIndicators.has(canonical)) {
      fail(`本计划没有指标“${indicator}”`);
      continue;
    }
    const line = byKey.get(`${code}|${canonical}`);
    if (!line) {
      fail(`${unitName.get(code)}没有“${indicator}”的目标`);
      continue;
    }
    if (!canReportLine(o.access, line)) {
      fail(`无权填报 ${line.unit.name} 的数据`);
      continue;
    }
    if (value === 'bad') {
      fail(`本期值“${String(r.values.value)}”不是数字`);
      continue;
    }
    if (value === null && line.indicator.kind !== 'qualitative') {
      fail(`“${line.indicator.name}”须填写数值`);
      continue;
    }
    if (!isReportingMonth(line.indicator.frequency as ReportFrequency, p.month)) {
      fail(`“${line.indicator.name}”本期不需报送（报送周期不含 ${p.month} 月）`);
      continue;
    }
    const key = `${line.unit.id}|${line.indicator.id}`;
    const earlier = seen.get(key);
    if (earlier) {
      fail(`与第 ${earlier} 行重复（同一单位、同一指标）`);
      continue;
    }
    seen.set(key, r.rowNumber);
    planned.push({ line, value, note });
  }
  if (errors.length > 0) throw new ImportRejected(errors);
  if (planned.length === 0) throw badRequest('表中没有填写任何数值', 'file');

  return writeTx(db, o.actor, async (tx, audit) => {
    const counts = { saved: 0, corrected: 0, unchanged: 0 };
    for (const item of planned) {
      const r = await writeReport(tx, audit, o.actor, {
        unitId: item.line.unit.id,
        unitName: item.line.unit.name,
        indicator: item.line.indicator,
        year: p.year,
        month: p.month,
        value: item.value,
        note: item.note,
        correctionReason: `通过 Excel 导入更正（${file.name}）`,
      });
      counts[r.outcome]++;
    }
    await audit({
      action: 'indicator_report.imported',
      entityType: 'target_plan',
      entityId: plan.plan.id,
      summary: `导入“${plan.plan.title}”${o.period} 填报表 ${file.name}：新报 ${counts.saved} 项，更正 ${counts.corrected} 项，未变 ${counts.unchanged} 项`,
    });
    return counts;
  });
}
