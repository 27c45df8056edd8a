import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { badRequest } from '../errors';

export interface LedgerField {
  key: string;
  /** Header texts that name this column; matched after removing spaces, line breaks and units. */
  headers: string[];
  required?: boolean;
}

export interface LedgerRow {
  /** The spreadsheet row number, as the person sees it in Excel. */
  rowNumber: number;
  values: Record<string, string | number | null>;
}

/** '（万元）', '(%)', line breaks and spaces do not matter when matching headers. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/\s+/g, '')
    .trim();
}

function cellValue(cell: ExcelJS.Cell): string | number | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v)
      return (
        v.richText
          .map((r) => r.text)
          .join('')
          .trim() || null
      );
    if ('result' in v) {
      const r = v.result;
      if (r instanceof Date) return r.toISOString().slice(0, 10);
      return typeof r === 'number' || typeof r === 'string' ? r : null;
    }
    if ('text' in v) return String(v.text).trim() || null;
  }
  return String(v);
}

/**
 * Reads the first sheet of a ledger as offices make them: any number of title rows, then a
 * header row (found by its texts, merged cells allowed), then data rows; blank rows and a
 * trailing 合计 row are skipped. Throws a Chinese error naming the missing columns.
 */
export async function readLedger(
  data: Buffer,
  fields: LedgerField[],
  opts: { maxRows?: number } = {},
): Promise<LedgerRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.read(Readable.from(data));
  } catch {
    throw badRequest('文件无法读取：请上传 .xlsx 格式的 Excel 文件', 'file');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw badRequest('文件中没有工作表', 'file');
  const wanted = fields.map((f) => ({ ...f, norm: f.headers.map(normalizeHeader) }));

  let headerRow = 0;
  let columns = new Map<string, number>();
  for (let r = 1; r <= Math.min(ws.rowCount, 15) && !headerRow; r++) {
    const found = new Map<string, number>();
    ws.getRow(r).eachCell((cell, col) => {
      const text = cellValue(cell);
      if (typeof text !== 'string') return;
      const f = wanted.find((w) => w.norm.includes(normalizeHeader(text)));
      if (f && !found.has(f.key)) found.set(f.key, col);
    });
    if (wanted.filter((w) => w.required).every((w) => found.has(w.key))) {
      headerRow = r;
      columns = found;
    }
  }
  if (!headerRow) {
    const names = wanted.filter((w) => w.required).map((w) => w.headers[0]);
    throw badRequest(`没有找到表头：表格前 15 行中需要有这些列：${names.join('、')}`, 'file');
  }

  const rows: LedgerRow[] = [];
  const maxRows = opts.maxRows ?? 100_000;
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const values: Record<string, string | number | null> = {};
    let any = false;
    for (const f of wanted) {
      const col = columns.get(f.key);
      const v = col ? cellValue(row.getCell(col)) : null;
      values[f.key] = v;
      if (v !== null) any = true;
    }
    if (!any) continue;
    const first = cellValue(row.getCell(1));
    if (typeof first === 'string' && /^(合计|总计)$/.test(first.replace(/\s/g, ''))) continue;
    rows.push({ rowNumber: r, values });
    if (rows.length > maxRows) throw badRequest(`一次最多导入 ${maxRows} 行`, 'file');
  }
  return rows;
}
