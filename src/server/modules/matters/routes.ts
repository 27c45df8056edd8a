import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pathInScope } from '../../auth/scope';
import type { Tx } from '../../db/connection';
import { writeTx, type Audit } from '../../db/write';
import { notFound } from '../../errors';
import type { ModuleDeps } from '../index';
import { issueNotice } from '../notices/service';
import { accessTo, matterScope } from './access';
import { attachmentRoutes } from './attachments';
import { matterListExportRoutes } from './list-export';
import {
  decideExtension,
  instruct,
  remind,
  reportProgress,
  requestExtension,
  simpleAction,
} from './actions';
import type { Caller } from './context';
import { presentSummary } from './presenter';
import { findMatterWithCooperators, latestReports, listMatters } from './queries';
import {
  AssignBody,
  BatchReportBody,
  CloseBody,
  CreateMatterBody,
  ExtensionParams,
  ExtensionRequestBody,
  GrantExtensionBody,
  InstructionBody,
  ListMattersQuery,
  MatterDetail,
  MatterIdParams,
  MatterPage,
  MatterSummary,
  PageQuery,
  NoticeBody,
  OptionalNoteBody,
  ReasonBody,
  ReportBody,
  TimelineEntry,
  UpdateMatterBody,
} from './schema';
import { assignMatter, createMatter, updateDraft } from './service';
import { loadMatterSettings } from './settings';
import { timelineOf } from './timeline';
import { callerOf, matterDetail } from './detail';

const MineItem = MatterSummary.extend({
  myRole: z.enum(['lead', 'cooperating']),
  lastReport: z.string().nullable(),
  lastPercent: z.number().nullable(),
});

export default async function matterRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const detail = { 200: MatterDetail };

  /** Runs one write in one transaction and answers with the matter's new detail. */
  async function write(
    req: FastifyRequest,
    id: string,
    work: (tx: Tx, audit: Audit, c: Caller) => Promise<unknown>,
  ) {
    const caller = callerOf(req, config);
    await writeTx(db, caller.actor, (tx, audit) => work(tx, audit, caller));
    return matterDetail(db, caller, id);
  }

  app.get(
    '/api/matters',
    { schema: { querystring: ListMattersQuery, response: { 200: MatterPage } } },
    async (req) => {
      const caller = callerOf(req, config);
      const { page, pageSize, ...filter } = req.query;
      const { yellowWithinDays } = await loadMatterSettings(
        db,
        caller.auth.workspaceId,
        caller.auth.settings,
      );
      const r = await listMatters(db, {
        workspaceId: caller.auth.workspaceId,
        paths: matterScope(caller.auth),
        today: caller.today,
        yellowWithinDays,
        filter,
        page,
        pageSize,
      });
      return {
        items: r.rows.map((x) => presentSummary(x, caller.today, yellowWithinDays)),
        total: r.total,
        page,
        pageSize,
      };
    },
  );

  // The liaison's one page: every open matter of their unit(s), led or cooperated on, a page
  // at a time (most urgent first) with the total, so nothing is silently left out.
  app.get(
    '/api/matters/mine',
    {
      schema: {
        querystring: PageQuery,
        response: {
          200: z.object({
            items: z.array(MineItem),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const { page, pageSize } = req.query;
      const caller = callerOf(req, config);
      const ws = caller.auth.workspaceId;
      const paths = matterScope(caller.auth, ['liaison']);
      const { yellowWithinDays } = await loadMatterSettings(db, ws, caller.auth.settings);
      const r = await listMatters(db, {
        workspaceId: ws,
        paths,
        today: caller.today,
        yellowWithinDays,
        filter: { status: 'open' },
        page,
        pageSize,
      });
      const last = await latestReports(
        db,
        ws,
        r.rows.map((x) => x.id),
      );
      return {
        items: r.rows.map((x) => ({
          ...presentSummary(x, caller.today, yellowWithinDays),
          myRole: pathInScope(x.leadUnitPath, paths) ? ('lead' as const) : ('cooperating' as const),
          lastReport: last.get(x.id)?.content ?? null,
          lastPercent: last.get(x.id)?.percent ?? null,
        })),
        total: r.total,
        page,
        pageSize,
      };
    },
  );

  app.post(
    '/api/matters',
    { schema: { body: CreateMatterBody, response: { 201: MatterDetail } } },
    async (req, reply) => {
      const caller = callerOf(req, config);
      const id = await createMatter(db, caller, req.body);
      return reply.status(201).send(await matterDetail(db, caller, id));
    },
  );

  app.get(
    '/api/matters/:id',
    { schema: { params: MatterIdParams, response: detail } },
    async (req) => matterDetail(db, callerOf(req, config), req.params.id),
  );

  app.patch(
    '/api/matters/:id',
    { schema: { params: MatterIdParams, body: UpdateMatterBody, response: detail } },
    async (req) => {
      const caller = callerOf(req, config);
      await updateDraft(db, caller, req.params.id, req.body);
      return matterDetail(db, caller, req.params.id);
    },
  );

  app.get(
    '/api/matters/:id/timeline',
    {
      schema: {
        params: MatterIdParams,
        response: { 200: z.object({ items: z.array(TimelineEntry) }) },
      },
    },
    async (req) => {
      const caller = callerOf(req, config);
      const ws = caller.auth.workspaceId;
      const found = await findMatterWithCooperators(
        db,
        ws,
        req.params.id,
        matterScope(caller.auth),
      );
      if (!found) throw notFound('事项');
      const { row, cooperators: coops } = found;
      if (
        !accessTo(
          caller.auth,
          row.leadUnitPath,
          coops.map((c) => c.path),
        ).canSee
      )
        throw notFound('事项');
      return { items: await timelineOf(db, ws, row.id) };
    },
  );

  const P = { params: MatterIdParams, response: detail };
  app.post('/api/matters/:id/assign', { schema: { ...P, body: AssignBody } }, async (req) =>
    write(req, req.params.id, (tx, a, c) =>
      assignMatter(tx, a, c, req.params.id, req.body.assignedOn),
    ),
  );
  app.post('/api/matters/:id/sign', { schema: P }, async (req) =>
    write(req, req.params.id, (tx, a, c) => simpleAction(tx, a, c, req.params.id, 'sign', {})),
  );
  app.post('/api/matters/:id/reports', { schema: { ...P, body: ReportBody } }, async (req) =>
    write(req, req.params.id, (tx, a, c) => reportProgress(tx, a, c, req.params.id, req.body)),
  );
  app.post('/api/matters/:id/closeout', { schema: { ...P, body: OptionalNoteBody } }, async (req) =>
    write(req, req.params.id, (tx, a, c) =>
      simpleAction(tx, a, c, req.params.id, 'request_closeout', req.body),
    ),
  );
  app.post('/api/matters/:id/review', { schema: { ...P, body: OptionalNoteBody } }, async (req) =>
    write(req, req.params.id, (tx, a, c) =>
      simpleAction(tx, a, c, req.params.id, 'review_pass', req.body),
    ),
  );
  app.post('/api/matters/:id/return', { schema: { ...P, body: ReasonBody } }, async (req) =>
    write(req, req.params.id, (tx, a, c) =>
      simpleAction(tx, a, c, req.params.id, 'return', req.body),
    ),
  );
  app.post('/api/matters/:id/close', { schema: { ...P, body: CloseBody } }, async (req) =>
    write(req, req.params.id, (tx, a, c) =>
      simpleAction(tx, a, c, req.params.id, 'close', req.body),
    ),
  );
  app.post(
    '/api/matters/:id/extensions',
    { schema: { ...P, body: ExtensionRequestBody } },
    async (req) =>
      write(req, req.params.id, (tx, a, c) => requestExtension(tx, a, c, req.params.id, req.body)),
  );
  app.post(
    '/api/matters/:id/extensions/:extensionId/grant',
    { schema: { params: ExtensionParams, body: GrantExtensionBody, response: detail } },
    async (req) =>
      write(req, req.params.id, (tx, a, c) =>
        decideExtension(tx, a, c, req.params.id, req.params.extensionId, {
          grant: true,
          grantedDue: req.body.grantedDue,
          reason: req.body.note,
        }),
      ),
  );
  app.post(
    '/api/matters/:id/extensions/:extensionId/refuse',
    { schema: { params: ExtensionParams, body: ReasonBody, response: detail } },
    async (req) =>
      write(req, req.params.id, (tx, a, c) =>
        decideExtension(tx, a, c, req.params.id, req.params.extensionId, {
          grant: false,
          reason: req.body.reason,
        }),
      ),
  );
  app.post('/api/matters/:id/remind', { schema: { ...P, body: OptionalNoteBody } }, async (req) =>
    write(req, req.params.id, (tx, a, c) => remind(tx, a, c, req.params.id, req.body.note)),
  );
  app.post(
    '/api/matters/:id/instructions',
    { schema: { ...P, body: InstructionBody } },
    async (req) =>
      write(req, req.params.id, (tx, a, c) =>
        instruct(tx, a, c, req.params.id, req.body.instruction),
      ),
  );
  app.post(
    '/api/matters/:id/notices',
    {
      schema: {
        params: MatterIdParams,
        body: NoticeBody,
        response: { 201: z.object({ id: z.string(), number: z.string(), matter: MatterDetail }) },
      },
    },
    async (req, reply) => {
      const caller = callerOf(req, config);
      const notice = await writeTx(db, caller.actor, (tx, audit) =>
        issueNotice(tx, audit, caller, req.params.id, req.body),
      );
      return reply
        .status(201)
        .send({ ...notice, matter: await matterDetail(db, caller, req.params.id) });
    },
  );

  attachmentRoutes(fastify, db, config);
  matterListExportRoutes(fastify, db, config);

  // Several reports at once, all or nothing: one transaction for the whole page.
  app.post(
    '/api/matters/reports',
    {
      schema: {
        body: BatchReportBody,
        response: { 200: z.object({ items: z.array(MatterDetail) }) },
      },
    },
    async (req) => {
      const caller = callerOf(req, config);
      await writeTx(db, caller.actor, async (tx, audit) => {
        for (const r of req.body.reports) await reportProgress(tx, audit, caller, r.matterId, r);
      });
      const ids = [...new Set(req.body.reports.map((r) => r.matterId))];
      const items = [];
      for (const id of ids) items.push(await matterDetail(db, caller, id));
      return { items };
    },
  );
}
