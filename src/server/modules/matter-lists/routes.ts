import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MATTER_LIMITS as L, MATTER_SOURCES } from '../../../core/enums';
import { LIGHT_LABELS } from '../../../core/matters/lights';
import { sendXlsx, streamLedger } from '../../excel/ledger-writer';
import { readUploadedXlsx } from '../../uploads';
import { notFound } from '../../errors';
import type { ModuleDeps } from '../index';
import { matterScope } from '../matters/access';
import { callerOf } from '../matters/detail';
import { presentSummary } from '../matters/presenter';
import { cooperatorsOf, latestReports, listMatters } from '../matters/queries';
import { loadMatterSettings } from '../matters/settings';
import { assignList, createList, importList, listLists } from './service';

const ListParams = z.object({ id: z.uuid().describe('清单') });
const ListView = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number(),
  source: z.string(),
  description: z.string(),
  counts: z.object({ total: z.number(), open: z.number(), closed: z.number(), red: z.number() }),
});

export default async function matterListRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const present = (l: Awaited<ReturnType<typeof listLists>>[number]) => ({
    id: l.id,
    title: l.title,
    year: l.year,
    source: l.source,
    description: l.description,
    counts: l.counts,
  });

  app.get(
    '/api/matter-lists',
    { schema: { response: { 200: z.object({ items: z.array(ListView) }) } } },
    async (req) => ({
      items: (await listLists(db, callerOf(req, config))).map(present),
    }),
  );

  app.post(
    '/api/matter-lists',
    {
      schema: {
        body: z.object({
          title: z.string().trim().min(1).max(L.listTitleMax).describe('清单名称'),
          year: z.number().int().min(2000).max(2100).describe('年度'),
          source: z.enum(MATTER_SOURCES).default('key_work').describe('事项来源'),
          description: z.string().trim().max(L.contentMax).default('').describe('说明'),
        }),
        response: { 201: ListView },
      },
    },
    async (req, reply) => {
      const caller = callerOf(req, config);
      const id = await createList(db, caller, req.body);
      const list = (await listLists(db, caller)).find((l) => l.id === id)!;
      return reply.status(201).send(present(list));
    },
  );

  app.post(
    '/api/matter-lists/:id/import',
    { schema: { params: ListParams, response: { 200: z.object({ imported: z.number() }) } } },
    async (req) => {
      const caller = callerOf(req, config);
      return {
        imported: await importList(db, caller, req.params.id, () => readUploadedXlsx(req)),
      };
    },
  );

  app.post(
    '/api/matter-lists/:id/assign',
    {
      schema: {
        params: ListParams,
        body: z.object({ assignedOn: z.iso.date().optional().describe('交办日期') }),
        response: { 200: z.object({ assigned: z.number() }) },
      },
    },
    async (req) => ({
      assigned: await assignList(db, callerOf(req, config), req.params.id, req.body.assignedOn),
    }),
  );

  // The list's ledger (台账) as offices keep it in Excel.
  app.get(
    '/api/matter-lists/:id/ledger.xlsx',
    { schema: { params: ListParams } },
    async (req, reply) => {
      const caller = callerOf(req, config);
      const ws = caller.auth.workspaceId;
      // Only a list the caller may see (the same rule as the list page), or its title leaks.
      const list = (await listLists(db, caller)).find((l) => l.id === req.params.id);
      if (!list) throw notFound('清单');
      const { yellowWithinDays } = await loadMatterSettings(db, ws);
      const { rows } = await listMatters(db, {
        workspaceId: ws,
        paths: matterScope(caller.auth),
        today: caller.today,
        yellowWithinDays,
        filter: { listId: list.id },
        page: 1,
        pageSize: 100_000,
      });
      rows.sort((a, b) => (a.seq ?? 1e9) - (b.seq ?? 1e9));
      const last = await latestReports(
        db,
        ws,
        rows.map((r) => r.id),
      );
      const coops = new Map<string, string>();
      for (const r of rows)
        coops.set(r.id, (await cooperatorsOf(db, ws, r.id)).map((c) => c.name).join('、'));
      const items = rows.map((r) => ({ r, s: presentSummary(r, caller.today, yellowWithinDays) }));
      type Item = (typeof items)[number];
      const stream = streamLedger<Item>(
        {
          title: `${list.title}落实情况台账`,
          sheetName: '台账',
          subtitle: `导出日期：${caller.today}`,
          columns: [
            { header: '事项名称', width: 36, value: ({ r }) => r.title },
            { header: '来源', value: ({ s }) => s.sourceLabel },
            { header: '牵头领导', value: ({ r }) => r.leadLeader },
            { header: '牵头单位', width: 20, value: ({ r }) => r.leadUnitName },
            { header: '配合单位', width: 24, value: ({ r }) => coops.get(r.id) ?? '' },
            { header: '事项内容', width: 36, value: ({ r }) => r.content },
            { header: '交办日期', value: ({ r }) => r.assignedOn },
            { header: '办结期限', value: ({ r }) => r.finalDue },
            { header: '办理状态', value: ({ s }) => s.statusLabel },
            {
              header: '灯',
              value: ({ s }) => (s.light === 'none' ? '' : LIGHT_LABELS[s.light as 'red'].zh),
            },
            { header: '最新进展', width: 40, value: ({ r }) => last.get(r.id)?.content ?? '' },
            { header: '办结日期', value: ({ r }) => r.closedOn },
            { header: '评定等次', value: ({ r }) => r.rating },
          ],
        },
        items,
      );
      return sendXlsx(reply, `${list.title}台账.xlsx`, stream);
    },
  );
}
