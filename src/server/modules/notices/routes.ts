import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireAuth } from '../../auth/plugin';
import type { ModuleDeps } from '../index';
import { noticeDocx } from './document';
import { noticeDocumentData } from './service';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export default async function noticeRoutes(fastify: FastifyInstance, { database }: ModuleDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/api/notices/:id/document.docx',
    { schema: { params: z.object({ id: z.uuid().describe('督办单') }) } },
    async (req, reply) => {
      const data = await noticeDocumentData(database.db, { auth: requireAuth(req) }, req.params.id);
      const file = await noticeDocx(data);
      const name = `督办单${data.number}.docx`;
      return reply
        .type(DOCX_MIME)
        .header(
          'content-disposition',
          `attachment; filename="notice.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .send(file);
    },
  );
}
