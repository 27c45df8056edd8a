import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { formatDateZh } from '../../../core/format';
import { circularDocx, type CircularColumn } from '../../documents/circular';
import { sendDocx } from '../../documents/send';
import { sendXlsx, streamLedger, type LedgerColumn } from '../../excel/ledger-writer';
import type { Caller } from '../matters/context';
import type { ModuleDeps } from '../index';
import { projectScope } from './access';
import { rememberedDashboard } from './remembered';
import { DashboardQuery, ProgrammeIdParams } from './schema';

/** The ranking table of the quarterly review (观摩点评) as an .xlsx ledger and as a 通报 (.docx). */
export function rankingRoutes(
  fastify: FastifyInstance,
  { database }: ModuleDeps,
  reader: (req: FastifyRequest) => Caller,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  async function load(req: FastifyRequest, id: string, q: z.infer<typeof DashboardQuery>) {
    const caller = reader(req);
    const ws = caller.auth.workspaceId;
    const d = await rememberedDashboard(db, {
      ws,
      id,
      paths: projectScope(caller.auth),
      today: caller.today,
      round: q.round,
      cumulative: q.cumulative === 'true',
    });
    const roundName = d.rounds.find((r) => r.seq === d.round)?.name ?? '';
    const when = roundName ? (d.cumulative ? `（截至${roundName}累计）` : `（${roundName}）`) : '';
    // As on screen: the caller's own units, ranked among every peer; other units' rows are
    // the map's grey shapes, not lines of dashes.
    const ranked = d.ranking.filter((r) => r.visible);
    return { caller, d, when, ranked };
  }
  app.get(
    '/api/programmes/:id/ranking.xlsx',
    { schema: { params: ProgrammeIdParams, querystring: DashboardQuery } },
    async (req, reply) => {
      const { d, when, ranked } = await load(req, req.params.id, req.query);
      type Row = (typeof ranked)[number];
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
      const title = `${d.programme.name}${when}排名表`;
      const stream = streamLedger(
        { title, sheetName: '排名', subtitle: `统计截至${formatDateZh(d.asOf)}`, columns },
        ranked,
      );
      return sendXlsx(reply, `${title}.xlsx`, stream);
    },
  );

  app.get(
    '/api/programmes/:id/ranking.docx',
    {
      schema: {
        params: ProgrammeIdParams,
        querystring: DashboardQuery.extend({
          number: z.string().trim().max(40).optional().describe('文号'),
        }),
      },
    },
    async (req, reply) => {
      const { caller, d, when, ranked } = await load(req, req.params.id, req.query);
      const office = await db.execute(
        sql`select name from units where workspace_id = ${caller.auth.workspaceId} and id = ${caller.auth.unitId}`,
      );
      // As the dashboard's ranking table shows them: rates with one decimal and %, ranks or —.
      const pct = (v: number | null | undefined) =>
        v === null || v === undefined ? '—' : `${v.toFixed(1)}%`;
      const columns: CircularColumn[] = [
        { header: '分组', width: 1.1 },
        { header: '单位', width: 1.6 },
      ];
      const cells: ((r: (typeof d.ranking)[number]) => string)[] = [
        (r) => r.groupLabel,
        (r) => r.unit.name,
      ];
      for (const l of d.lists)
        for (const s of l.rates) {
          const key = `${l.list}.${s.key}`;
          columns.push(
            { header: s.label, group: l.label },
            { header: '排名', group: l.label, width: 0.7 },
          );
          cells.push(
            (r) => pct(listOf(r, l.list)?.rates.find((x) => x.key === s.key)?.rate),
            (r) => String(r.ranks[key] ?? '—'),
          );
        }
      columns.push(
        { header: '完成率', group: '投资完成' },
        { header: '排名', group: '投资完成', width: 0.7 },
      );
      cells.push(
        (r) => pct(r.investment.rate),
        (r) => String(r.ranks.investment ?? '—'),
      );
      const summary = d.lists
        .map(
          (l) =>
            `${l.label}${l.listed}个，${l.rates.map((s) => `${s.label}${pct(s.rate)}`).join('、')}`,
        )
        .join('；');
      const title = `关于${d.programme.name}${when}推进情况及排名的通报`;
      const file = await circularDocx({
        office: (office.rows[0] as { name: string } | undefined)?.name ?? '',
        number: req.query.number ?? `〔${caller.today.slice(0, 4)}〕\u3000号`,
        title,
        addressee: '各县（市）区，各有关单位',
        issuedOn: caller.today,
        blocks: [
          {
            paragraph: `现将${d.programme.name}${when}推进情况通报如下（统计截至${formatDateZh(d.asOf)}）。`,
          },
          { heading: '一、总体情况' },
          { paragraph: `${summary}；投资完成率${pct(d.investment.rate)}。` },
          { heading: '二、各县（市）区排名' },
          {
            paragraph: '排名在县（市）组、城区组内分别进行，比率相同者名次并列。',
          },
          {
            table: {
              caption: `${d.programme.name}${when}排名表`,
              columns,
              rows: ranked.map((r) => cells.map((c) => c(r))),
            },
          },
          { heading: '三、下步要求' },
          {
            paragraph:
              '各县（市）区要对照排名，紧盯开工、投产、达效等关键节点，倒排工期、挂图作战，排名靠后的单位要认真查找原因，加快项目建设进度。',
          },
        ],
      });
      return sendDocx(reply, `${title}.docx`, file);
    },
  );
}

function listOf(
  r: { lists: { list: string; listed: number; rates: { key: string; rate: number | null }[] }[] },
  list: string,
) {
  return r.lists.find((l) => l.list === list);
}
