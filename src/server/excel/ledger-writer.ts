import { PassThrough, type Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import ExcelJS from 'exceljs';

export interface LedgerColumn<T> {
  header: string;
  /** Optional unit shown under the header, as ledgers do: （万元）, （%）. */
  unit?: string;
  width?: number;
  /** Columns with the same group, side by side, share a merged header cell above theirs. */
  group?: string;
  value: (row: T) => string | number | null;
  /** A light shown as the cell's fill. */
  fill?: (row: T) => LedgerFill | null;
  /** Excel number format, e.g. '0.00' so 87.1 shows 87.10 as on screen. */
  numFmt?: string;
}

export type LedgerFill = 'green' | 'yellow' | 'red';
const FILL_ARGB: Record<LedgerFill, string> = {
  green: 'FFC6EFCE',
  yellow: 'FFFFEB9C',
  red: 'FFFFC7CE',
};

export interface LedgerSpec<T> {
  title: string;
  sheetName: string;
  /** A line under the title: who exported it and when, the period. */
  subtitle?: string;
  columns: LedgerColumn<T>[];
  /** The 序号 cell; by default 1, 2, 3 … (a plan numbers its phrases, not its lines). */
  seq?: (row: T, index: number) => string | number | null;
}

/**
 * Cells that begin with = + - @ must stay text: ExcelJS writes a JS string as a string cell,
 * never as a formula (only {formula} objects become formulas), so values pass through as
 * typed. Numbers stay numbers so sums work in the exported sheet.
 */
export function ledgerCell(v: string | number | null): string | number | null {
  return typeof v === 'number' && !Number.isFinite(v) ? null : v;
}

/**
 * Streams a ledger in the layout offices use: a merged title row, an optional subtitle, a
 * header row with units, a 序号 column, thin borders. Rows come from an async iterable so a
 * 100k-row export does not sit in memory.
 */
export function streamLedger<T>(
  spec: LedgerSpec<T>,
  rows: AsyncIterable<T> | Iterable<T>,
): Readable {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const ws = wb.addWorksheet(spec.sheetName);
  const ncol = spec.columns.length + 1;
  const border = { style: 'thin' as const };
  const borders = { top: border, left: border, bottom: border, right: border };
  ws.columns = [{ width: 6 }, ...spec.columns.map((c) => ({ width: c.width ?? 16 }))];

  void (async () => {
    const title = ws.addRow([spec.title]);
    title.font = { bold: true, size: 16 };
    title.alignment = { horizontal: 'center' };
    ws.mergeCells(1, 1, 1, ncol);
    title.commit();
    let headerRowNo = 2;
    if (spec.subtitle) {
      const sub = ws.addRow([spec.subtitle]);
      sub.alignment = { horizontal: 'right' };
      ws.mergeCells(2, 1, 2, ncol);
      sub.commit();
      headerRowNo = 3;
    }
    const headerTexts = spec.columns.map((c) => (c.unit ? `${c.header}\n（${c.unit}）` : c.header));
    const grouped = spec.columns.some((c) => c.group);
    const headerRows = grouped
      ? [
          ws.addRow(['序号', ...spec.columns.map((c, i) => c.group ?? headerTexts[i])]),
          ws.addRow(['序号', ...headerTexts]),
        ]
      : [ws.addRow(['序号', ...headerTexts])];
    if (grouped) mergeHeaders(ws, spec.columns, headerRowNo);
    for (const header of headerRows) {
      header.font = { bold: true };
      header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      header.eachCell((cell) => (cell.border = borders));
      header.commit();
    }
    let n = 0;
    for await (const row of rows) {
      n++;
      const seq = spec.seq ? spec.seq(row, n) : n;
      const r = ws.addRow([seq, ...spec.columns.map((c) => ledgerCell(c.value(row)))]);
      r.eachCell({ includeEmpty: true }, (cell) => (cell.border = borders));
      spec.columns.forEach((c, i) => {
        if (c.numFmt) r.getCell(i + 2).numFmt = c.numFmt;
        const fill = c.fill?.(row);
        if (fill) {
          r.getCell(i + 2).fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: FILL_ARGB[fill] },
          };
        }
      });
      r.commit();
    }
    ws.commit();
    await wb.commit();
  })().catch((err) => out.destroy(err));
  return out;
}

/** Two header rows: groups merged across, ungrouped headers (and 序号) merged down. */
function mergeHeaders<T>(
  ws: { mergeCells(top: number, left: number, bottom: number, right: number): void },
  columns: LedgerColumn<T>[],
  top: number,
) {
  ws.mergeCells(top, 1, top + 1, 1);
  let i = 0;
  while (i < columns.length) {
    const group = columns[i]!.group;
    let j = i;
    while (group && j + 1 < columns.length && columns[j + 1]!.group === group) j++;
    if (group) {
      if (j > i) ws.mergeCells(top, i + 2, top, j + 2);
    } else ws.mergeCells(top, i + 2, top + 1, i + 2);
    i = j + 1;
  }
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A Content-Disposition value that carries a Chinese file name safely (RFC 5987). */
export function attachmentName(fileName: string): string {
  return `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Sends a ledger as an .xlsx download named in Chinese. */
export function sendXlsx(reply: FastifyReply, fileName: string, stream: Readable) {
  return reply
    .header('content-type', XLSX_MIME)
    .header('content-disposition', attachmentName(fileName))
    .send(stream);
}
