import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withProgress } from '../../progress-stream';
import { MATTER_LIMITS as L, MATTER_SOURCES } from '../../../core/enums';
import { sendXlsx } from '../../excel/ledger-writer';
import { readUploadedXlsx } from '../../uploads';
import type { ModuleDeps } from '../index';
import { matterScope } from '../matters/access';
import { callerOf } from '../matters/detail';
import { matterListLedger } from './ledger';
import { assignList, createList, importList, listLists, visibleList } from './service';

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
    // With Accept: application/x-ndjson the answer streams the import's progress (see
    // progress-stream.ts); the page draws a bar for a ledger of a few thousand rows.
    async (req, reply) => {
      const caller = callerOf(req, config);
      return withProgress(req, reply, async (progress) => ({
        imported: await importList(db, caller, req.params.id, () => readUploadedXlsx(req), progress),
      }));
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

  // The list's ledger (台账) as offices keep it in Excel, streamed. Large lists are better
  // exported as a job (POST /api/exports, kind matter-list-ledger) with a progress bar.
  app.get(
    '/api/matter-lists/:id/ledger.xlsx',
    { schema: { params: ListParams } },
    async (req, reply) => {
      const caller = callerOf(req, config);
      await visibleList(db, caller, req.params.id);
      const { fileName, stream } = await matterListLedger(db, caller.auth.workspaceId, {
        listId: req.params.id,
        paths: matterScope(caller.auth),
        today: caller.today,
      });
      return sendXlsx(reply, fileName, stream);
    },
  );
}
