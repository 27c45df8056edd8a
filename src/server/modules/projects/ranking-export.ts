import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { formatDateZh } from '../../../core/format';
import { sendXlsx, streamLedger, type LedgerColumn } from '../../excel/ledger-writer';
import type { Caller } from '../matters/context';
import type { ModuleDeps } from '../index';
import { projectScope } from './access';
import { programmeDashboard } from './dashboard';
import { DashboardQuery, ProgrammeIdParams } from './schema';
import { loadReportRules } from './settings';

/** The ranking table of the quarterly review (观摩点评) as an .xlsx ledger. */
export function rankingRoutes(
  fastify: FastifyInstance,
  { database }: ModuleDeps,
  reader: (req: FastifyRequest) => Caller,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  app.get(
    '/api/programmes/:id/ranking.xlsx',
    { schema: { params: ProgrammeIdParams, querystring: DashboardQuery } },
    async (req, reply) => {
      const caller = reader(req);
      const ws = caller.auth.workspaceId;
      const d = await programmeDashboard(db, {
        ws,
        id: req.params.id,
        paths: projectScope(caller.auth),
        today: caller.today,
        round: req.query.round,
        cumulative: req.query.cumulative === 'true',
        rules: await loadReportRules(db, ws),
      });
      type Row = (typeof d.ranking)[number];
      const columns: LedgerColumn<Row>[] = [
        { header: '分组', width: 10, value: (r) => r.groupLabel },
        { header: '单位', width: 22, value: (r) => r.unit.name },
      ];
      for (const l of d.lists) {
        columns.push({
          header: '列入',
          unit: '个',
          group: l.label,
          value: (r) => listOf(r, l.list)?.listed ?? 0,
        });
        for (const s of l.rates) {
          const key = `${l.list}.${s.key}`;
          columns.push({
            header: s.label,
            unit: '%',
            group: l.label,
            value: (r) => listOf(r, l.list)?.rates.find((x) => x.key === s.key)?.rate ?? null,
          });
          columns.push({
            header: '排名',
            group: l.label,
            width: 8,
            value: (r) => r.ranks[key] ?? null,
          });
        }
      }
      columns.push(
        { header: '年度计划', unit: '万元', group: '投资完成', value: (r) => r.investment.plan },
        {
          header: '累计完成',
          unit: '万元',
          group: '投资完成',
          value: (r) => r.investment.completed,
        },
        { header: '完成率', unit: '%', group: '投资完成', value: (r) => r.investment.rate },
        { header: '排名', group: '投资完成', width: 8, value: (r) => r.ranks.investment ?? null },
      );
      const roundName = d.rounds.find((r) => r.seq === d.round)?.name ?? '';
      const title = `${d.programme.name}${roundName ? (d.cumulative ? `（截至${roundName}累计）` : `（${roundName}）`) : ''}排名表`;
      const stream = streamLedger(
        { title, sheetName: '排名', subtitle: `统计截至${formatDateZh(d.asOf)}`, columns },
        d.ranking,
      );
      return sendXlsx(reply, `${title}.xlsx`, stream);
    },
  );
}

function listOf(
  r: { lists: { list: string; listed: number; rates: { key: string; rate: number | null }[] }[] },
  list: string,
) {
  return r.lists.find((l) => l.list === list);
}
