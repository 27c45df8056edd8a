import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Config } from '../../config';
import type { Db } from '../../db/connection';
import { AppError, notFound } from '../../errors';
import { readLedger } from '../../excel/ledger-reader';
import { readUploadedXlsx } from '../../uploads';
import { canManage, evalAccess, requireManager } from './access';
import { toDefinition } from './definition';
import { definitionFromSheet, IMPORT_FIELDS } from './import';
import { findScheme, loadVersion } from './queries';
import { SchemeDetail, SchemeIdParams } from './schema';
import { addVersion, type EvalCaller } from './service';

export async function importRoutes(
  app: FastifyInstance,
  o: {
    db: Db;
    config: Config;
    callerOf: (req: FastifyRequest) => EvalCaller;
    detail: (
      caller: EvalCaller,
      id: string,
      version?: number,
    ) => Promise<z.infer<typeof SchemeDetail>>;
  },
) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  // A new version from an .xlsx: permission first, then the file is read (size-limited).
  typed.post(
    '/api/evaluations/schemes/:id/import',
    { schema: { params: SchemeIdParams, response: { 201: SchemeDetail } } },
    async (req, reply) => {
      const caller = o.callerOf(req);
      const access = evalAccess(caller.auth);
      requireManager(access);
      const scheme = await findScheme(o.db, caller.auth.workspaceId, req.params.id);
      if (!canManage(access, scheme.organiser.path)) throw notFound('考核方案');
      const file = await readUploadedXlsx(req);
      const rows = await readLedger(file.data, IMPORT_FIELDS, { maxRows: 500 });
      const latest = await loadVersion(
        o.db,
        caller.auth.workspaceId,
        scheme.id,
        scheme.latestVersion,
      );
      const parsed = definitionFromSheet(rows, latest.definition.units);
      let errors = parsed.errors;
      if (parsed.body) {
        const { problems } = toDefinition(parsed.body);
        errors = problems.map((p) => {
          if (p.index < 0) return p.message;
          const row = (p.adjustment ? parsed.rowOfAdjustment : parsed.rowOfItem)[p.index];
          return `第 ${row} 行：${p.message}`;
        });
      }
      if (errors.length > 0 || !parsed.body)
        throw new AppError(
          400,
          'import_rejected',
          `导入失败：有 ${errors.length} 处问题，未导入任何内容`,
          'file',
          errors,
        );
      const version = await addVersion(o.db, caller, scheme.id, {
        ...parsed.body,
        note: `从 ${file.name} 导入`,
      });
      return reply.status(201).send(await o.detail(caller, scheme.id, version));
    },
  );
}
