import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { normalizeText, textProblem } from '../../core/text';
import { AppError, badRequest } from '../errors';
import { checkXlsxLimits } from './xlsx-limits';

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

const HEADER_ROWS = 15;

/** "B3" → [3, 2]. */
function cellRef(ref: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
  value: string | number | null;
}

/**
 * Reads the first sheet of a ledger as offices make them: any number of title rows, then a
 * header row (found by its texts, merged cells allowed), then data rows; blank rows and a
 * trailing 合计 row are skipped. Throws a Chinese error naming the missing columns.
 *
 * The file is first checked against the zip, size, row and cell limits (xlsx-limits.ts), then
 * read with ExcelJS's streaming reader row by row, keeping only the wanted columns; merged
 * cells (which the streaming reader ignores) take their top-left cell's value, as in Excel.
 */
export async function readLedger(
  data: Buffer,
  fields: LedgerField[],
  opts: { maxRows?: number } = {},
): Promise<LedgerRow[]> {
  const maxRows = opts.maxRows ?? 100_000;
  const { merges } = await checkXlsxLimits(data, {
    maxRows: maxRows + 100,
    maxCells: (maxRows + 100) * 64,
  });
  const wanted = fields.map((f) => ({ ...f, norm: f.headers.map(normalizeHeader) }));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(data), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });

  let headerRow = 0;
  let headerEnd = 0;
  let columns = new Map<string, number>();
  const rows: LedgerRow[] = [];
  let sawSheet = false;
  try {
    for await (const ws of reader) {
      sawSheet = true;
      const sheetMerges: Merge[] = (merges.get(`sheet${(ws as { id?: string }).id}.xml`) ?? []).map(
        (ref) => {
          const [a, b] = ref.split(':') as [string, string];
          const [top, left] = cellRef(a);
          const [bottom, right] = cellRef(b);
          return { top, left, bottom, right, value: null };
        },
      );
      const valueAt = (row: ExcelJS.Row, col: number) => {
        const merge = sheetMerges.find(
          (m) => row.number >= m.top && row.number <= m.bottom && col >= m.left && col <= m.right,
        );
        if (!merge) return cellValue(row.getCell(col));
        if (row.number === merge.top && col === merge.left)
          merge.value = cellValue(row.getCell(col));
        return merge.value;
      };
      for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
        // Masters of merges are read even in rows that are otherwise skipped.
        for (const m of sheetMerges) if (m.top === row.number) valueAt(row, m.left);
        if (!headerRow) {
          if (row.number > HEADER_ROWS) break;
          const found = new Map<string, number>();
          const width = Math.max(row.cellCount, ...sheetMerges.map((m) => m.right));
          for (let col = 1; col <= width; col++) {
            const text = valueAt(row, col);
            if (typeof text !== 'string') continue;
            const f = wanted.find((w) => w.norm.includes(normalizeHeader(text)));
            if (f && !found.has(f.key)) found.set(f.key, col);
          }
          if (wanted.filter((w) => w.required).every((w) => found.has(w.key))) {
            headerRow = row.number;
            columns = found;
            // A two-row header (groups merged across above, the rest merged down): the rows
            // the header's merged cells reach down to are header too, naming grouped columns.
            headerEnd = Math.max(
              row.number,
              ...sheetMerges.filter((m) => m.top === row.number).map((m) => m.bottom),
            );
          }
          continue;
        }
        if (row.number <= headerEnd) {
          const width = Math.max(row.cellCount, ...sheetMerges.map((m) => m.right));
          for (let col = 1; col <= width; col++) {
            const text = valueAt(row, col);
            if (typeof text !== 'string') continue;
            const f = wanted.find((w) => w.norm.includes(normalizeHeader(text)));
            if (f && !columns.has(f.key)) columns.set(f.key, col);
          }
          continue;
        }
        const values: Record<string, string | number | null> = {};
        let any = false;
        for (const f of wanted) {
          const col = columns.get(f.key);
          const v = col ? valueAt(row, col) : null;
          values[f.key] = v;
          if (v !== null) any = true;
        }
        if (!any) continue;
        for (const f of wanted) {
          const v = values[f.key];
          if (typeof v !== 'string') continue;
          const problem = textProblem(v, { multiline: true });
          if (problem) {
            const where = `第 ${row.number} 行：${f.headers[0]}${problem}`;
            throw new AppError(400, 'import_invalid', `导入失败：${where}`, 'file', [where]);
          }
          values[f.key] = normalizeText(v);
        }
        const first = valueAt(row, 1);
        if (typeof first === 'string' && /^(合计|总计)$/.test(first.replace(/\s/g, ''))) continue;
        rows.push({ rowNumber: row.number, values });
        if (rows.length > maxRows) throw badRequest(`一次最多导入 ${maxRows} 行`, 'file');
      }
      break; // the first sheet only
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw badRequest('文件无法读取：请上传 .xlsx 格式的 Excel 文件', 'file');
  }
  if (!sawSheet) throw badRequest('文件中没有工作表', 'file');
  if (!headerRow) {
    const names = wanted.filter((w) => w.required).map((w) => w.headers[0]);
    throw badRequest(`没有找到表头：表格前 15 行中需要有这些列：${names.join('、')}`, 'file');
  }
  return rows;
}
