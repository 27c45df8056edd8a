// The filtered matters list as an .xlsx ledger: the same filters as /api/matters (the list a
// number opens), every row of it, as the page shows them.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { formatBeijing } from '../../../core/beijing-time';
import type { Db } from '../../db/connection';
import { pagesForExport } from '../../excel/list-export';
import { sendXlsx, streamLedger, type LedgerFill } from '../../excel/ledger-writer';
import type { Config } from '../../config';
import { matterScope } from './access';
import { callerOf } from './detail';
import { presentSummary } from './presenter';
import { listMatters } from './queries';
import { ListMattersQuery } from './schema';
import { loadMatterSettings } from './settings';

const LIGHT_ZH: Record<LedgerFill, string> = { red: '红灯', yellow: '黄灯', green: '绿灯' };

export function matterListExportRoutes(fastify: FastifyInstance, db: Db, config: Config) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/matters/list.xlsx',
    { schema: { querystring: ListMattersQuery.omit({ page: true, pageSize: true }) } },
    async (req, reply) => {
      const caller = callerOf(req, config);
      const ws = caller.auth.workspaceId;
      const { yellowWithinDays } = await loadMatterSettings(db, ws, caller.auth.settings);
      const rows = await pagesForExport(async (offset, limit) => {
        const r = await listMatters(db, {
          workspaceId: ws,
          paths: matterScope(caller.auth),
          today: caller.today,
          yellowWithinDays,
          filter: req.query,
          page: offset / limit + 1,
          pageSize: limit,
        });
        return {
          rows: r.rows.map((x) => presentSummary(x, caller.today, yellowWithinDays)),
          total: r.total,
        };
      });
      type Row = ReturnType<typeof presentSummary>;
      const light = (r: Row) => (r.light === null ? null : (r.light as LedgerFill));
      const stream = streamLedger<Row>(
        {
          title: '督查事项（筛选结果）',
          sheetName: '督查事项',
          subtitle: `导出人：${caller.auth.displayName}  导出时间：${formatBeijing(new Date())}`,
          columns: [
            { header: '事项', width: 40, value: (r) => r.title },
            { header: '清单', width: 30, value: (r) => r.listTitle ?? '—' },
            { header: '牵头单位', width: 16, value: (r) => r.leadUnit.name },
            { header: '牵头领导', width: 10, value: (r) => r.leadLeader },
            { header: '状态', width: 10, value: (r) => r.statusLabel },
            {
              header: '灯',
              width: 8,
              value: (r) => (light(r) ? LIGHT_ZH[light(r)!] : '—'),
              fill: light,
            },
            { header: '下一期限', width: 12, value: (r) => r.nextDue ?? '—' },
            { header: '办结期限', width: 12, value: (r) => r.finalDue ?? '—' },
            { header: '办结日期', width: 12, value: (r) => r.closedOn ?? '—' },
          ],
        },
        rows,
      );
      return sendXlsx(reply, '督查事项.xlsx', stream);
    },
  );
}
