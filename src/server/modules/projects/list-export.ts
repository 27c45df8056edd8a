// The filtered project list as an .xlsx ledger: the same filters as /api/projects (the list
// a 三个一批 rate or a map click opens), every row of it, as the page shows them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { formatBeijing } from '../../../core/beijing-time';
import type { Db } from '../../db/connection';
import { pagesForExport } from '../../excel/list-export';
import { sendXlsx, streamLedger, type LedgerFill } from '../../excel/ledger-writer';
import type { Caller } from '../matters/context';
import { projectScope } from './access';
import { projectAnswers } from './presenter';
import { listProjects } from './queries';
import { ListProjectsQuery } from './schema';
import { loadReportRules } from './settings';

export function projectListExportRoutes(
  fastify: FastifyInstance,
  db: Db,
  reader: (req: FastifyRequest) => Caller,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/projects/list.xlsx',
    { schema: { querystring: ListProjectsQuery.omit({ page: true, pageSize: true }) } },
    async (req, reply) => {
      const caller = reader(req);
      const ws = caller.auth.workspaceId;
      const rules = await loadReportRules(db, ws);
      const rows = await pagesForExport(async (offset, limit) => {
        const r = await listProjects(db, {
          ws,
          paths: projectScope(caller.auth),
          today: caller.today,
          filter: req.query,
          rules,
          limit,
          offset,
        });
        return { rows: projectAnswers(r.rows, caller.today, rules), total: r.total };
      });
      type Row = ReturnType<typeof projectAnswers>[number];
      const light = (r: Row) =>
        ['red', 'yellow', 'green'].includes(r.reportLight) ? (r.reportLight as LedgerFill) : null;
      const stream = streamLedger<Row>(
        {
          title: '重点项目（筛选结果）',
          sheetName: '重点项目',
          subtitle: `导出人：${caller.auth.displayName}  导出时间：${formatBeijing(new Date())}`,
          columns: [
            { header: '项目名称', width: 36, value: (r) => r.name },
            { header: '所属单位', width: 16, value: (r) => r.unit.name },
            { header: '级别', width: 10, value: (r) => r.levelLabel },
            { header: '项目单位', width: 24, value: (r) => r.owner },
            { header: '所处阶段', width: 10, value: (r) => r.stageLabel },
            { header: '计划年度', width: 10, value: (r) => r.planYear },
            { header: '年度计划投资', unit: '万元', numFmt: '0.00', value: (r) => r.annualPlan },
            {
              header: '本年累计完成',
              unit: '万元',
              numFmt: '0.00',
              value: (r) => r.ytdCompleted,
            },
            {
              header: '投资完成率',
              unit: '%',
              numFmt: '0.0',
              value: (r) => r.investmentRate,
            },
            { header: '填报', width: 24, value: (r) => r.reportLightReason, fill: light },
          ],
        },
        rows,
      );
      return sendXlsx(reply, '重点项目.xlsx', stream);
    },
  );
}
