// Yearly figures as the ledger offices keep them: a title row, a two-row header (groups merged
// across, the rest merged down), 序号, one enterprise a row. The export is the form to fill;
// the import saves every row or none, keyed by 统一社会信用代码 with the name as a check.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getTableColumns, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/connection';
import { enterpriseFigures } from '../../db/schema';
import { parseAmount } from '../../excel/amounts';
import { readLedger, type LedgerField, type LedgerRow } from '../../excel/ledger-reader';
import { sendXlsx, streamLedger, type LedgerColumn } from '../../excel/ledger-writer';
import { AppError } from '../../errors';
import { withProgress } from '../../progress-stream';
import { readUploadedXlsx } from '../../uploads';
import type { ModuleDeps } from '../index';
import { readable, requireWriter, type EnterpriseScope } from './access';
import { contextOf } from './context';
import { FIGURE_KEYS, FIGURE_LABELS, type FigureKey } from './figure-fields';
import { figuresOf } from './queries';
import type { FiguresInput } from './schema';
import { figureProblems, saveFiguresBatch } from './service';

const YearQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).describe('年度'),
  unitId: z.uuid().optional().describe('所属单位'),
});

/** Which figures are whole numbers (people, IP items), which percentages, the rest money. */
const COUNTS: FigureKey[] = [
  'employees',
  'rdStaff',
  'stStaff',
  'ipClassIHighValue',
  'ipClassISelf',
  'ipClassI',
  'ipClassII',
  'ipMainProductClassI',
];
const SHARES: FigureKey[] = ['debtRatio', 'marketShare', 'highTechIncomeShare'];
const CAPPED: Partial<Record<FigureKey, number>> = { yearsInNiche: 200, htInnovationScore: 100 };

/** Header groups of the office layout, left to right. */
export const FIGURE_GROUPS: { group: string; keys: FigureKey[] }[] = [
  { group: '经营情况', keys: ['revenue', 'mainRevenue', 'debtRatio', 'equityFinancing'] },
  { group: '研发投入', keys: ['rdExpense', 'rdExpenseDomestic'] },
  { group: '人员', keys: ['employees', 'rdStaff', 'stStaff'] },
  {
    group: '知识产权（件）',
    keys: ['ipClassIHighValue', 'ipClassISelf', 'ipClassI', 'ipClassII', 'ipMainProductClassI'],
  },
  {
    group: '市场与认定',
    keys: ['yearsInNiche', 'marketShare', 'highTechIncomeShare', 'htInnovationScore'],
  },
];

/** Other names the same column has in sheets people already keep. */
const ALIASES: Partial<Record<FigureKey, string[]>> = {
  revenue: ['营业总收入', '营业收入'],
  mainRevenue: ['主营收入', '主营业务收入'],
  rdExpense: ['研发经费', '研发投入', '研发费用'],
  employees: ['从业人员', '职工总数', '职工人数'],
  debtRatio: ['资产负债率'],
  marketShare: ['国内细分市场占有率', '细分市场占有率'],
};

const FOOTER = /^(填报人|填表人|联系电话|联系人|审核人|单位负责人|负责人|填报日期|制表)/;
const TOTAL = /^(合计|总计|小计)$/;

const IMPORT_FIELDS: LedgerField[] = [
  { key: 'seq', headers: ['序号'] },
  { key: 'uscc', headers: ['统一社会信用代码', '社会信用代码', '信用代码'], required: true },
  { key: 'name', headers: ['企业名称', '单位名称', '企业'] },
  ...FIGURE_GROUPS.flatMap((g) =>
    g.keys.map((k) => ({ key: k, headers: [FIGURE_LABELS[k], ...(ALIASES[k] ?? [])] })),
  ),
];

interface ExportRow {
  id: string;
  uscc: string;
  name: string;
  unitName: string;
  figures: Record<string, number | null> | null;
}

/** Readable enterprises with their figures for the year, in pages (no 300k rows in memory). */
async function* exportRows(
  db: Db,
  ws: string,
  scope: EnterpriseScope,
  year: number,
  unitId?: string,
): AsyncGenerator<ExportRow> {
  const sub = unitId
    ? sql`and u.path like (select path from units where workspace_id = ${ws} and id = ${unitId}) || '%'`
    : sql``;
  let after: [string, string] = ['', '00000000-0000-0000-0000-000000000000'];
  for (;;) {
    const r = await db.execute(sql`select e.id::text as id, e.uscc, e.name, e.pinyin,
      u.name as "unitName", to_jsonb(f) as figures
      from enterprises e join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
      left join enterprise_figures f on f.workspace_id = e.workspace_id
        and f.enterprise_id = e.id and f.year = ${year}
      where e.workspace_id = ${ws} and ${readable(scope, sql`u.path`)} ${sub}
        and (e.pinyin, e.id) > (${after[0]}, ${after[1]}::uuid)
      order by e.pinyin, e.id limit 2000`);
    const rows = r.rows as unknown as (ExportRow & { pinyin: string })[];
    for (const row of rows) yield row;
    if (rows.length < 2000) return;
    const last = rows.at(-1)!;
    after = [last.pinyin, last.id];
  }
}

/** The stored jsonb row uses column names; the sheet uses the figure keys. */
function storedValue(f: Record<string, number | null> | null, k: FigureKey): number | null {
  if (!f) return null;
  const v = f[getTableColumns(enterpriseFigures)[k].name];
  return v === null || v === undefined ? null : Number(v);
}

export function figureColumns(): LedgerColumn<ExportRow>[] {
  return [
    { header: '统一社会信用代码', width: 22, value: (r) => r.uscc },
    { header: '企业名称', width: 34, value: (r) => r.name },
    { header: '所属单位', width: 12, value: (r) => r.unitName },
    ...FIGURE_GROUPS.flatMap((g) =>
      g.keys.map((k) => ({
        header: FIGURE_LABELS[k],
        group: g.group,
        width: 14,
        value: (r: ExportRow) => storedValue(r.figures, k),
      })),
    ),
  ];
}

/** One cell to a figure, or a Chinese problem naming the column. */
function parseFigure(k: FigureKey, v: string | number | null): number | null | string {
  if (v === null) return null;
  const text = typeof v === 'string' ? v.replace(/[%％]$/, '') : v;
  const n = parseAmount(text);
  const label = FIGURE_LABELS[k];
  if (n === null) return `${label}“${String(v)}”不是有效数字`;
  if (COUNTS.includes(k) && !Number.isInteger(n)) return `${label}“${String(v)}”应为整数`;
  if (SHARES.includes(k) && n > 100) return `${label}“${String(v)}”不能超过 100`;
  const cap = CAPPED[k];
  if (cap !== undefined && n > cap) return `${label}“${String(v)}”不能超过 ${cap}`;
  if (n > 1e9) return `${label}“${String(v)}”数值过大`;
  return n;
}

const isFooterOrTotal = (row: LedgerRow) =>
  [row.values.seq, row.values.uscc, row.values.name].some(
    (v) => typeof v === 'string' && (TOTAL.test(v.replace(/\s/g, '')) || FOOTER.test(v)),
  );

interface Writable {
  id: string;
  name: string;
  formerNames: string[];
}

/** Checks every row; returns the rows to save or throws listing each problem by row. */
export async function checkImport(
  db: Db,
  ws: string,
  scope: EnterpriseScope,
  year: number,
  sheet: LedgerRow[],
) {
  const writable = { ...scope, readPaths: scope.writePaths, readAll: scope.writeAll };
  const codes = [
    ...new Set(
      sheet.map((r) =>
        String(r.values.uscc ?? '')
          .replace(/\s/g, '')
          .toUpperCase(),
      ),
    ),
  ].filter(Boolean);
  const byCode = new Map<string, Writable>();
  if (codes.length) {
    const r = await db.execute(sql`select e.id::text as id, e.uscc, e.name,
      e.former_names as "formerNames" from enterprises e
      join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
      where e.workspace_id = ${ws} and ${readable(writable, sql`u.path`)}
        and e.uscc = any(${'{' + codes.join(',') + '}'}::text[])`);
    for (const x of r.rows as unknown as (Writable & { uscc: string })[]) byCode.set(x.uscc, x);
  }
  const stored = new Map(
    (
      await figuresOf(
        db,
        ws,
        [...byCode.values()].map((x) => x.id),
      )
    )
      .filter((f) => f.year === year)
      .map((f) => [f.enterpriseId, f]),
  );
  const errors: string[] = [];
  const rows: (FiguresInput & { enterpriseId: string; rowLabel: string })[] = [];
  const seen = new Map<string, number>();
  for (const row of sheet) {
    if (isFooterOrTotal(row)) continue;
    const at = `第 ${row.rowNumber} 行`;
    const code = String(row.values.uscc ?? '')
      .replace(/\s/g, '')
      .toUpperCase();
    const problems: string[] = [];
    const figures: Partial<Record<FigureKey, number | null>> = {};
    // A blank cell keeps what is stored: an import never wipes a figure by omission.
    for (const k of FIGURE_KEYS) {
      const cell = row.values[k] ?? null;
      if (cell === null) continue;
      const v = parseFigure(k, cell);
      if (typeof v === 'string') problems.push(v);
      else figures[k] = v;
    }
    const filled = Object.keys(figures).length > 0 || problems.length > 0;
    if (!code) {
      if (filled) errors.push(`${at}：统一社会信用代码 未填写`);
      continue;
    }
    const e = byCode.get(code);
    const name = typeof row.values.name === 'string' ? row.values.name.trim() : '';
    if (!e) problems.unshift(`统一社会信用代码 ${code} 不在本单位可填报的企业库中`);
    else if (name && name !== e.name && !e.formerNames.includes(name))
      problems.unshift(`企业名称“${name}”与统一社会信用代码对应的企业“${e.name}”不一致`);
    if (e && seen.has(e.id)) problems.push(`与第 ${seen.get(e.id)} 行是同一家企业`);
    if (!filled && problems.length === 0) continue; // listed but not filled in: skipped
    if (e) seen.set(e.id, row.rowNumber);
    const before = e ? stored.get(e.id) : undefined;
    const merged: FiguresInput = {
      ...(before ? pickFigures(before) : {}),
      ...figures,
      zjtxScores: before?.zjtxScores ?? null,
      flags: (before?.flags ?? []) as FiguresInput['flags'],
    };
    problems.push(...figureProblems(merged));
    if (problems.length) errors.push(`${at}：${problems.join('；')}`);
    else rows.push({ ...merged, enterpriseId: e!.id, rowLabel: at });
  }
  if (errors.length === 0 && rows.length === 0) errors.push('表格中没有填写经营数据的企业');
  if (errors.length) {
    throw new AppError(
      400,
      'invalid_rows',
      `有 ${errors.length} 行未通过检查，均未保存`,
      'file',
      errors,
    );
  }
  return rows;
}

function pickFigures(f: Record<string, unknown>): Partial<FiguresInput> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(FIGURE_LABELS)) out[k] = f[k] ?? null;
  return out as Partial<FiguresInput>;
}

export default async function figuresExcelRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/enterprises/figures.xlsx',
    { schema: { querystring: YearQuery } },
    async (req, reply) => {
      const { c } = await contextOf(req, db, config);
      const title = `${req.query.year}年度企业经营数据表`;
      const stream = streamLedger(
        {
          title,
          sheetName: '经营数据',
          subtitle: `导出人：${c.actor.name}，金额单位：万元`,
          columns: figureColumns(),
        },
        exportRows(db, c.ws, c.scope, req.query.year, req.query.unitId),
      );
      return sendXlsx(reply, `${title}.xlsx`, stream);
    },
  );

  app.post(
    '/api/enterprises/figures/import',
    {
      schema: {
        querystring: YearQuery.pick({ year: true }),
        response: { 200: z.object({ saved: z.number() }) },
      },
    },
    // With Accept: application/x-ndjson the saving streams its progress (progress-stream.ts);
    // a file refused by the checks is answered 400 with every faulty row, as before.
    async (req, reply) => {
      const { c } = await contextOf(req, db, config);
      // Permission first: the file is read only for someone who may enter figures.
      requireWriter(c.scope);
      const file = await readUploadedXlsx(req);
      const sheet = await readLedger(file.data, IMPORT_FIELDS, { maxRows: 5000 });
      const rows = await checkImport(db, c.ws, c.scope, req.query.year, sheet);
      return withProgress(req, reply, async (progress) => ({
        saved: await saveFiguresBatch(c, req.query.year, rows, 'import', progress),
      }));
    },
  );
}
