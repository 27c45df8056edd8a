import { createReadStream, existsSync } from 'node:fs';
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BUSINESS_ROLES } from '../../../core/enums';
import { requireRolePaths } from '../../auth/scope';
import { exportJobs } from '../../db/schema';
import { writeTx } from '../../db/write';
import { notFound } from '../../errors';
import { attachmentName, XLSX_MIME } from '../../excel/ledger-writer';
import { exportFilePath } from '../../exports/runner';
import type { ModuleDeps } from '../index';
import { callerOf } from '../matters/detail';
import { visibleList } from '../matter-lists/service';

const StartExportBody = z.object({
  kind: z.literal('matter-list-ledger').describe('导出类型'),
  listId: z.uuid().describe('清单'),
});
const JobParams = z.object({ id: z.uuid().describe('导出任务') });
const JobView = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  done: z.number(),
  total: z.number().nullable(),
  fileName: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
});

function present(j: typeof exportJobs.$inferSelect) {
  return {
    id: j.id,
    kind: j.kind,
    status: j.status as z.infer<typeof JobView>['status'],
    done: j.done,
    total: j.total,
    fileName: j.fileName,
    error: j.error,
    createdAt: j.createdAt.toISOString(),
  };
}

/**
 * Long exports as jobs: start one, watch its progress, download the file. A job and its file
 * belong to the person who started it; anyone else gets "not found".
 */
export default async function exportRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.post(
    '/api/exports',
    { schema: { body: StartExportBody, response: { 202: JobView } } },
    async (req, reply) => {
      const caller = callerOf(req, config);
      const ws = caller.auth.workspaceId;
      const paths = requireRolePaths(caller.auth, BUSINESS_ROLES);
      const list = await visibleList(db, caller, req.body.listId);
      const job = await writeTx(db, caller.actor, async (tx, audit) => {
        const [row] = await tx
          .insert(exportJobs)
          .values({
            workspaceId: ws,
            userId: caller.auth.userId,
            kind: req.body.kind,
            params: { listId: list.id, paths, today: caller.today },
          })
          .returning();
        await audit({
          action: 'export.requested',
          entityType: 'matter_list',
          entityId: list.id,
          summary: `导出清单台账：${list.title}`,
        });
        return row!;
      });
      return reply.status(202).send(present(job));
    },
  );

  app.get(
    '/api/exports',
    { schema: { response: { 200: z.object({ items: z.array(JobView) }) } } },
    async (req) => {
      const caller = callerOf(req, config);
      const rows = await db
        .select()
        .from(exportJobs)
        .where(
          and(
            eq(exportJobs.workspaceId, caller.auth.workspaceId),
            eq(exportJobs.userId, caller.auth.userId),
          ),
        )
        .orderBy(desc(exportJobs.createdAt))
        .limit(20);
      return { items: rows.map(present) };
    },
  );

  async function ownJob(req: Parameters<typeof callerOf>[0], id: string) {
    const caller = callerOf(req, config);
    const [job] = await db
      .select()
      .from(exportJobs)
      .where(
        and(
          eq(exportJobs.workspaceId, caller.auth.workspaceId),
          eq(exportJobs.id, id),
          eq(exportJobs.userId, caller.auth.userId),
        ),
      );
    if (!job) throw notFound('导出任务');
    return job;
  }

  app.get(
    '/api/exports/:id',
    { schema: { params: JobParams, response: { 200: JobView } } },
    async (req) => present(await ownJob(req, req.params.id)),
  );

  app.get('/api/exports/:id/file', { schema: { params: JobParams } }, async (req, reply) => {
    const job = await ownJob(req, req.params.id);
    const path = exportFilePath(config.LUOSHI_DATA_DIR, job.id);
    if (job.status !== 'done' || !existsSync(path)) throw notFound('导出文件');
    return reply
      .header('content-type', XLSX_MIME)
      .header('content-disposition', attachmentName(job.fileName ?? 'export.xlsx'))
      .send(createReadStream(path));
  });
}
