import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { circularDocx } from '../../documents/circular';
import { sendDocx } from '../../documents/send';
import type { Db } from '../../db/connection';
import { sendXlsx, streamLedger, type LedgerColumn } from '../../excel/ledger-writer';
import { evalAccess } from './access';
import { circularTables, evaluationCircularBlocks, type RankingLine } from './circular';
import { findScheme } from './queries';
import { rememberedEvaluation } from './results';
import { ResultsQuery, SchemeIdParams } from './schema';
import type { EvalCaller } from './service';

export const CircularQuery = ResultsQuery.extend({
  number: z.string().trim().max(40).optional().describe('文号'),
});

/** 通报 of an evaluation: the ranking and lost-point tables as .docx and .xlsx. */
export function circularRoutes(
  fastify: FastifyInstance,
  { db, callerOf }: { db: Db; callerOf: (req: FastifyRequest) => EvalCaller },
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  async function load(req: FastifyRequest, id: string, q: z.infer<typeof ResultsQuery>) {
    const caller = callerOf(req);
    const access = evalAccess(caller.auth);
    const scheme = await findScheme(db, caller.auth.workspaceId, id);
    const e = await rememberedEvaluation(db, {
      scheme,
      version: q.version,
      period: q.period,
      today: caller.today,
    });
    return { caller, e, tables: circularTables(e, access) };
  }

  app.get(
    '/api/evaluations/schemes/:id/circular.docx',
    { schema: { params: SchemeIdParams, querystring: CircularQuery } },
    async (req, reply) => {
      const { caller, e, tables } = await load(req, req.params.id, req.query);
      const title = `关于${e.scheme.name}${tables.results.periodLabel}考核结果的通报`;
      const file = await circularDocx({
        office: e.scheme.organiser.name,
        number: req.query.number ?? `〔${caller.today.slice(0, 4)}〕\u3000号`,
        title,
        addressee: '各参评单位',
        blocks: evaluationCircularBlocks(e, tables),
        issuedOn: caller.today,
      });
      return sendDocx(reply, `${title}.docx`, file);
    },
  );

  app.get(
    '/api/evaluations/schemes/:id/ranking.xlsx',
    { schema: { params: SchemeIdParams, querystring: ResultsQuery } },
    async (req, reply) => {
      const { e, tables } = await load(req, req.params.id, req.query);
      const p = tables.results;
      const lost = new Map(tables.lost.map((l) => [l.unitId, l]));
      const num = (s: string) => (s === '—' ? null : Number(s));
      const columns: LedgerColumn<RankingLine>[] = [
        { header: '排名组', width: 12, value: (r) => r.group },
        { header: '名次', width: 8, value: (r) => num(r.rank) },
        { header: '单位', width: 20, value: (r) => r.unit },
        { header: '总分', width: 10, numFmt: '0.00', value: (r) => num(r.total) },
        ...p.firstLevel.map((f, i): LedgerColumn<RankingLine> => ({
          header: `${f.name}（${f.points}分）`,
          group: '一级指标得分',
          numFmt: '0.00',
          value: (r) => num(r.firstLevel[i]!),
        })),
        { header: '加减分', width: 10, numFmt: '0.00', value: (r) => num(r.adjustment) },
        { header: '一票否决', width: 10, value: (r) => (r.vetoed ? '是' : '') },
        ...p.firstLevel.map((f, i): LedgerColumn<RankingLine> => ({
          header: f.name,
          group: '较同组最优失分',
          numFmt: '0.00',
          value: (r) => num(lost.get(r.unitId)!.byFirstLevel[i]!),
        })),
        {
          header: '失分合计',
          group: '较同组最优失分',
          numFmt: '0.00',
          value: (r) => num(r.lost),
        },
        {
          header: '失分最多的指标',
          group: '较同组最优失分',
          width: 30,
          value: (r) => lost.get(r.unitId)!.worst,
        },
      ];
      const title = `${e.scheme.name}${p.periodLabel}考核结果及失分情况`;
      const stream = streamLedger(
        {
          title,
          sheetName: '考核结果',
          subtitle: `第${e.version}版 · 统计截至${p.asOf}`,
          columns,
        },
        tables.ranking,
      );
      return sendXlsx(reply, `${title}.xlsx`, stream);
    },
  );
}
