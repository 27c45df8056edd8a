import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/connection';
import { writeTx } from '../../db/write';
import { parseAmount } from '../../excel/amounts';
import { readLedger } from '../../excel/ledger-reader';
import { sendXlsx, streamLedger } from '../../excel/ledger-writer';
import { AppError } from '../../errors';
import { withProgress } from '../../progress-stream';
import { readUploadedXlsx } from '../../uploads';
import type { Caller } from '../matters/context';
import { requirePaths } from './access';
import { listProjects } from './queries';
import { InvestmentFormQuery } from './schema';
import { reportInvestment } from './service';

// Monthly investment as the ledger offices keep: 序号, 项目名称, 单位, 年度计划投资, 本年累计完成.
// The export is the form to fill; the import saves every row or none.

const REPORTERS = ['supervisor', 'liaison'] as const;
const NO_RIGHT = '只有督查人员和单位联络员可以填报投资';

export { parseAmount };

async function reportable(db: Db, caller: Caller, month: string) {
  const paths = requirePaths(caller.auth, REPORTERS, NO_RIGHT);
  const year = Number(month.slice(0, 4));
  const r = await listProjects(db, {
    ws: caller.auth.workspaceId,
    paths,
    today: caller.today,
    filter: {},
    limit: 5000,
    offset: 0,
  });
  return r.rows.filter((p) => p.planYear === year && p.annualPlan > 0);
}

export function investmentExcelRoutes(
  fastify: FastifyInstance,
  db: Db,
  callerOf: (req: FastifyRequest) => Caller,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/projects/investment-form.xlsx',
    { schema: { querystring: InvestmentFormQuery } },
    async (req, reply) => {
      const caller = callerOf(req);
      const rows = await reportable(db, caller, req.query.month);
      const [y, m] = req.query.month.split('-');
      const title = `${y}年${Number(m)}月重点项目投资完成情况表`;
      const stream = streamLedger(
        {
          title,
          sheetName: '投资完成情况',
          subtitle: `填报单位：${caller.actor.name}`,
          columns: [
            { header: '项目名称', width: 40, value: (p: (typeof rows)[number]) => p.name },
            { header: '单位', width: 14, value: (p) => p.unitName },
            { header: '年度计划投资', unit: '万元', value: (p) => p.annualPlan },
            { header: '本年累计完成', unit: '万元', value: () => null },
          ],
        },
        rows,
      );
      return sendXlsx(reply, `${title}.xlsx`, stream);
    },
  );

  app.post(
    '/api/projects/investments/import',
    {
      schema: {
        querystring: InvestmentFormQuery.pick({ month: true }),
        response: { 200: z.object({ saved: z.number() }) },
      },
    },
    // With Accept: application/x-ndjson the saving streams its progress (progress-stream.ts);
    // a file refused by the checks is answered 400 with every faulty row, as before.
    async (req, reply) => {
      const caller = callerOf(req);
      // Permission first: the file is read only for someone who may report.
      requirePaths(caller.auth, REPORTERS, NO_RIGHT);
      const file = await readUploadedXlsx(req);
      const sheet = await readLedger(
        file.data,
        [
          { key: 'name', headers: ['项目名称'], required: true },
          {
            key: 'ytd',
            headers: ['本年累计完成', '本年累计完成投资', '累计完成投资'],
            required: true,
          },
        ],
        { maxRows: 5000 },
      );
      const byName = new Map<string, string[]>();
      for (const p of await reportable(db, caller, req.query.month)) {
        byName.set(p.name, [...(byName.get(p.name) ?? []), p.id]);
      }
      const errors: string[] = [];
      const items: { rowNumber: number; projectId: string; ytd: number }[] = [];
      for (const { rowNumber, values } of sheet) {
        const name = String(values.name ?? '').trim();
        const ids = byName.get(name) ?? [];
        const ytd = parseAmount(values.ytd ?? null);
        if (values.ytd === null || values.ytd === undefined) continue; // not filled in: skipped
        if (ids.length === 0)
          errors.push(`第 ${rowNumber} 行：项目"${name}"不存在或不归本单位填报`);
        else if (ids.length > 1)
          errors.push(`第 ${rowNumber} 行：项目名称"${name}"重复，请在页面上填报`);
        else if (ytd === null)
          errors.push(`第 ${rowNumber} 行：本年累计完成"${String(values.ytd)}"不是有效金额`);
        else items.push({ rowNumber, projectId: ids[0]!, ytd });
      }
      if (errors.length === 0 && items.length === 0)
        errors.push('表格中没有填写本年累计完成的项目');
      if (errors.length > 0) {
        throw new AppError(
          400,
          'bad_request',
          `有 ${errors.length} 行未通过检查，均未保存`,
          'file',
          errors,
        );
      }
      return withProgress(req, reply, async (progress) => {
        await writeTx(db, caller.actor, async (tx, audit) => {
          for (const [n, i] of items.entries()) {
            progress('saving', n, items.length);
            await reportInvestment(tx, audit, caller, i.projectId, req.query.month, i.ytd);
          }
        });
        progress('saving', items.length, items.length);
        return { saved: items.length };
      });
    },
  );
}
