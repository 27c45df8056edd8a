import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MATTER_LIMITS } from '../../../core/enums';
import type { Config } from '../../config';
import type { Db } from '../../db/connection';
import { matterAttachments } from '../../db/schema';
import { writeTx } from '../../db/write';
import { badRequest, forbidden, notFound } from '../../errors';
import { fileNameProblem, normalizeText } from '../../../core/text';
import { accessTo, matterScope } from './access';
import { loadForWrite, type Caller, type LoadedMatter } from './context';
import { findMatterWithCooperators } from './queries';
import { callerOf, matterDetail } from './detail';
import { MatterDetail, MatterIdParams } from './schema';

// Attachments: at most 10 MB, of a known type, checked by the file's own signature and its
// extension together (the type the browser claims is ignored).
const SIGNATURES: { ext: RegExp; mime: string; magic: number[] }[] = [
  { ext: /\.pdf$/i, mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  { ext: /\.(docx|xlsx|ofd)$/i, mime: 'application/zip', magic: [0x50, 0x4b, 0x03, 0x04] },
  { ext: /\.jpe?g$/i, mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { ext: /\.png$/i, mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
];
const MIME_BY_EXT: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ofd: 'application/ofd',
};

export function checkAttachment(name: string, data: Buffer): string {
  const sig = SIGNATURES.find((s) => s.ext.test(name));
  if (!sig)
    throw badRequest('附件只能是 PDF、Word(.docx)、Excel(.xlsx)、OFD、JPG 或 PNG 文件', 'file');
  if (!sig.magic.every((b, i) => data[i] === b)) throw badRequest('附件内容与文件类型不符', 'file');
  const ext = name.split('.').pop()!.toLowerCase();
  return MIME_BY_EXT[ext] ?? sig.mime;
}

function refuseAttach(m: LoadedMatter) {
  const mayWrite = m.access.roles.length > 0 || m.access.cooperatingLiaison;
  if (!mayWrite) throw forbidden('无权上传附件');
  if (m.row.status === 'closed') throw badRequest('事项已办结，不能再上传附件');
}

/** The same checks as inside the write, made before the upload is read (no lock taken). */
async function checkMayAttach(db: Db, caller: Caller, id: string) {
  const ws = caller.auth.workspaceId;
  const found = await findMatterWithCooperators(db, ws, id, matterScope(caller.auth));
  if (!found) throw notFound('事项');
  const { row, cooperators } = found;
  const access = accessTo(
    caller.auth,
    row.leadUnitPath,
    cooperators.map((c) => c.path),
  );
  if (!access.canSee) throw notFound('事项');
  refuseAttach({ ...found, access });
}

export function attachmentRoutes(fastify: FastifyInstance, db: Db, config: Config) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/api/matters/:id/attachments',
    { schema: { params: MatterIdParams, response: { 201: MatterDetail } } },
    async (req, reply) => {
      const caller = callerOf(req, config);
      // Permission first: nobody who may not attach gets the server to read a file.
      await checkMayAttach(db, caller, req.params.id);
      const file = await req.file();
      if (!file) throw badRequest('请选择要上传的文件', 'file');
      const nameProblem = fileNameProblem(file.filename);
      if (nameProblem) throw badRequest(nameProblem, 'file');
      const fileName = normalizeText(file.filename);
      const data = await file.toBuffer().catch(() => {
        throw badRequest(
          `附件不能超过 ${MATTER_LIMITS.attachmentMaxBytes / 1024 / 1024} MB`,
          'file',
        );
      });
      const mime = checkAttachment(fileName, data);
      await writeTx(db, caller.actor, async (tx, audit) => {
        const m = await loadForWrite(tx, caller, req.params.id);
        refuseAttach(m);
        const id = crypto.randomUUID();
        const sha256 = createHash('sha256').update(data).digest('hex');
        await tx.insert(matterAttachments).values({
          workspaceId: caller.auth.workspaceId,
          id,
          matterId: m.row.id,
          fileName,
          mime,
          size: data.length,
          sha256,
          data,
          uploadedByName: caller.actor.name,
        });
        await audit({
          action: 'matter.attachment_added',
          entityType: 'matter',
          entityId: m.row.id,
          summary: `上传附件 ${fileName}：${m.row.title}`,
          after: { attachmentId: id, fileName, size: data.length, sha256 },
        });
      });
      return reply.status(201).send(await matterDetail(db, caller, req.params.id));
    },
  );

  app.get(
    '/api/matters/:id/attachments/:attachmentId',
    { schema: { params: MatterIdParams.extend({ attachmentId: z.uuid().describe('附件') }) } },
    async (req, reply) => {
      const caller = callerOf(req, config);
      await matterDetail(db, caller, req.params.id); // 404 unless the caller sees the matter
      const [a] = await db
        .select()
        .from(matterAttachments)
        .where(
          and(
            eq(matterAttachments.workspaceId, caller.auth.workspaceId),
            eq(matterAttachments.matterId, req.params.id),
            eq(matterAttachments.id, req.params.attachmentId),
          ),
        );
      if (!a) throw notFound('附件');
      return reply
        .type(a.mime)
        .header(
          'content-disposition',
          `attachment; filename="file"; filename*=UTF-8''${encodeURIComponent(a.fileName)}`,
        )
        .send(a.data);
    },
  );
}
