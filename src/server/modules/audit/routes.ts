import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatBeijing } from '../../../core/beijing-time';
import { requireAuth } from '../../auth/plugin';
import { requireRolePaths } from '../../auth/scope';
import { configuredAnchorStore } from '../../audit/anchor-store';
import { readAnchors } from '../../audit/anchors';
import { sealAuditChain } from '../../audit/seal';
import { verifyAuditChain } from '../../audit/verify';
import { sendXlsx, streamLedger } from '../../excel/ledger-writer';
import type { ModuleDeps } from '../index';
import { searchAudit, type AuditFilter } from './queries';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');
const AuditQuery = z.object({
  from: date.optional().describe('开始日期'),
  to: date.optional().describe('结束日期'),
  action: z.string().max(60).optional().describe('操作类型'),
  actor: z.string().max(40).optional().describe('操作人'),
  q: z.string().max(60).optional().describe('关键词'),
  beforeSeq: z.coerce.number().int().positive().optional().describe('翻页位置'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('每页条数'),
});

const AuditView = z.object({
  /** The record number (assigned when written; the chain position comes with sealing). */
  seq: z.number(),
  sealed: z.boolean(),
  at: z.string(),
  actorName: z.string(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  summary: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export default async function auditRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/audit',
    {
      schema: {
        querystring: AuditQuery,
        response: { 200: z.object({ items: z.array(AuditView) }) },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      requireRolePaths(auth, ['audit_admin']);
      const rows = await searchAudit(db, auth.workspaceId, req.query);
      return {
        items: rows.map((r) => ({
          ...r,
          seq: r.id,
          sealed: r.seq !== null,
          at: r.at.toISOString(),
        })),
      };
    },
  );

  app.get('/api/audit/export.xlsx', { schema: { querystring: AuditQuery } }, async (req, reply) => {
    const auth = requireAuth(req);
    requireRolePaths(auth, ['audit_admin']);
    const filter: AuditFilter = { ...req.query, limit: 100_000 };
    const rows = await searchAudit(db, auth.workspaceId, filter);
    const stream = streamLedger(
      {
        title: '审计日志',
        sheetName: '审计日志',
        subtitle: `导出人：${auth.displayName}  导出时间：${formatBeijing(new Date())}`,
        columns: [
          { header: '记录号', width: 10, value: (r) => r.id },
          { header: '时间', width: 22, value: (r) => formatBeijing(r.at) },
          { header: '操作人', width: 14, value: (r) => r.actorName },
          { header: '来源地址', width: 16, value: (r) => r.ip },
          { header: '操作', width: 24, value: (r) => r.action },
          { header: '内容', width: 60, value: (r) => r.summary },
        ],
      },
      rows,
    );
    return sendXlsx(reply, '审计日志.xlsx', stream);
  });

  app.get(
    '/api/audit/verify',
    {
      schema: {
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number(),
            pending: z.number(),
            pendingOldestSeconds: z.number().nullable(),
            anchorsChecked: z.number(),
            problems: z.array(
              z.object({
                workspaceCode: z.string(),
                seq: z.number(),
                record: z.number().nullable(),
                problem: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const auth = requireAuth(req);
      requireRolePaths(auth, ['audit_admin']);
      // Seal what is pending first, so the answer covers every record written so far.
      await sealAuditChain(db);
      const anchors = readAnchors(configuredAnchorStore(config));
      return verifyAuditChain(db, { workspaceId: auth.workspaceId, anchors });
    },
  );
}
