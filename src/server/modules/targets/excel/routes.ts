import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../../auth/plugin';
import { sendXlsx } from '../../../excel/ledger-writer';
import { forbidden } from '../../../errors';
import { readUploadedXlsx } from '../../../uploads';
import type { ModuleDeps } from '../../index';
import { targetAccess } from '../access';
import { IdParams, Period, PeriodQuery } from '../schema';
import { exportLedger, exportReportSheet } from './export';
import { importReportSheet } from './import';

const SheetQuery = z.object({ period: Period });

export default async function excelRoutes(fastify: FastifyInstance, { database }: ModuleDeps) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/target-plans/:id/ledger.xlsx',
    { schema: { params: IdParams, querystring: PeriodQuery } },
    async (req, reply) => {
      const auth = requireAuth(req);
      const { fileName, stream } = await exportLedger(db, {
        workspaceId: auth.workspaceId,
        access: targetAccess(auth),
        ownUnitId: auth.unitId,
        planId: req.params.id,
        period: req.query.period,
      });
      return sendXlsx(reply, fileName, stream);
    },
  );

  app.get(
    '/api/target-plans/:id/report-sheet.xlsx',
    { schema: { params: IdParams, querystring: SheetQuery } },
    async (req, reply) => {
      const auth = requireAuth(req);
      const { fileName, stream } = await exportReportSheet(db, {
        workspaceId: auth.workspaceId,
        access: targetAccess(auth),
        planId: req.params.id,
        period: req.query.period,
      });
      return sendXlsx(reply, fileName, stream);
    },
  );

  // Multipart upload of a filled sheet: all rows saved, or none with each faulty row named.
  app.post(
    '/api/target-plans/:id/report-sheet',
    { schema: { params: IdParams, querystring: SheetQuery } },
    async (req) => {
      const access = targetAccess(requireAuth(req));
      // Refused before the file is read: only liaisons report figures.
      if (access.report.length === 0)
        throw forbidden('只有联络员可以导入填报表；督查室可在“填报情况”中查看各单位报送');
      const counts = await importReportSheet(db, {
        actor: actorOf(req),
        access,
        planId: req.params.id,
        period: req.query.period,
        readFile: () => readUploadedXlsx(req),
      });
      return {
        ...counts,
        message: `导入成功：新报 ${counts.saved} 项，更正 ${counts.corrected} 项，未变 ${counts.unchanged} 项`,
      };
    },
  );
}
