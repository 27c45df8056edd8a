import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { BUSINESS_ROLES } from '../../../core/enums';
import type { Db } from '../../db/connection';
import { programmeRounds, programmes, projectInvestments } from '../../db/schema';
import { writeTx } from '../../db/write';
import { notFound } from '../../errors';
import type { ModuleDeps } from '../index';
import { callerOf } from '../matters/detail';
import { projectScope, requirePaths } from './access';
import { rememberedDashboard, rememberedTrend } from './remembered';
import { projectDetail, projectHistory } from './detail';
import { projectAnswers } from './presenter';
import { addEntry, addRound, createProgramme } from './programmes';
import { listProjects } from './queries';
import { investmentExcelRoutes } from './investment-excel';
import { projectListExportRoutes } from './list-export';
import { rankingRoutes } from './ranking-export';
import {
  BatchInvestmentBody,
  Dashboard,
  DashboardQuery,
  EntryBody,
  HistoryEntry,
  InvestmentBody,
  InvestmentForm,
  InvestmentFormQuery,
  InvestmentParams,
  ListProjectsQuery,
  ProblemBody,
  ProgrammeBody,
  ProgrammeIdParams,
  ProgrammeList,
  ProjectBody,
  ProjectDetail,
  ProjectIdParams,
  ProjectPage,
  ProjectPatch,
  RoundBody,
  SettingsBody,
  Trend,
} from './schema';
import {
  createProject,
  raiseProblem,
  reportInvestment,
  reportInvestmentBatch,
  saveReportRules,
  updateProject,
} from './service';
import { loadReportRules } from './settings';

const READ = '无权查看重点项目';

export default async function projectRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const reader = (req: FastifyRequest) => {
    const caller = callerOf(req, config);
    requirePaths(caller.auth, BUSINESS_ROLES, READ);
    return caller;
  };

  app.get(
    '/api/projects',
    { schema: { querystring: ListProjectsQuery, response: { 200: ProjectPage } } },
    async (req) => {
      const caller = reader(req);
      const { page, pageSize, ...filter } = req.query;
      const ws = caller.auth.workspaceId;
      const rules = await loadReportRules(db, ws);
      const paths = projectScope(caller.auth);
      // The light is computed from the last month reported: a condition in SQL, so the
      // database pages and counts (see lightBounds).
      const r = await listProjects(db, {
        ws,
        paths,
        today: caller.today,
        filter,
        rules,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: projectAnswers(r.rows, caller.today, rules), total: r.total, page, pageSize };
    },
  );

  app.post(
    '/api/projects',
    { schema: { body: ProjectBody, response: { 201: ProjectDetail } } },
    async (req, reply) => {
      const caller = callerOf(req, config);
      const id = await createProject(db, caller, req.body);
      return reply.status(201).send(await projectDetail(db, caller, id));
    },
  );

  app.get(
    '/api/projects/:id',
    { schema: { params: ProjectIdParams, response: { 200: ProjectDetail } } },
    async (req) => projectDetail(db, reader(req), req.params.id),
  );

  app.patch(
    '/api/projects/:id',
    { schema: { params: ProjectIdParams, body: ProjectPatch, response: { 200: ProjectDetail } } },
    async (req) => {
      const caller = callerOf(req, config);
      await updateProject(db, caller, req.params.id, req.body);
      return projectDetail(db, caller, req.params.id);
    },
  );

  app.get(
    '/api/projects/:id/history',
    {
      schema: {
        params: ProjectIdParams,
        response: { 200: z.object({ items: z.array(HistoryEntry) }) },
      },
    },
    async (req) => {
      const caller = reader(req);
      await projectDetail(db, caller, req.params.id); // 404 outside the caller's scope
      return { items: await projectHistory(db, caller.auth.workspaceId, req.params.id) };
    },
  );

  app.put(
    '/api/projects/:id/investments/:month',
    {
      schema: { params: InvestmentParams, body: InvestmentBody, response: { 200: ProjectDetail } },
    },
    async (req) => {
      const caller = callerOf(req, config);
      await writeTx(db, caller.actor, (tx, audit) =>
        reportInvestment(tx, audit, caller, req.params.id, req.params.month, req.body.ytdCompleted),
      );
      return projectDetail(db, caller, req.params.id);
    },
  );

  // The batch form: every project the caller reports for, last month's figure beside it.
  app.get(
    '/api/projects/investment-form',
    { schema: { querystring: InvestmentFormQuery, response: { 200: InvestmentForm } } },
    async (req) => {
      const caller = callerOf(req, config);
      const paths = requirePaths(
        caller.auth,
        ['supervisor', 'liaison'],
        '只有督查人员和单位联络员可以填报投资',
      );
      const ws = caller.auth.workspaceId;
      const year = Number(req.query.month.slice(0, 4));
      const r = await listProjects(db, {
        ws,
        paths,
        today: caller.today,
        filter: { unitId: req.query.unitId },
        limit: 2000,
        offset: 0,
      });
      const rows = r.rows.filter((p) => p.planYear === year && p.annualPlan > 0);
      const reports = await reportsOf(
        db,
        ws,
        rows.map((p) => p.id),
        req.query.month,
      );
      return {
        month: req.query.month,
        items: rows.map((p) => ({
          projectId: p.id,
          name: p.name,
          unit: p.unitName,
          annualPlan: p.annualPlan,
          previous: reports.previous.get(p.id) ?? null,
          ytdCompleted: reports.current.get(p.id) ?? null,
        })),
      };
    },
  );

  app.post(
    '/api/projects/investments',
    { schema: { body: BatchInvestmentBody, response: { 200: z.object({ saved: z.number() }) } } },
    async (req) => {
      await reportInvestmentBatch(db, callerOf(req, config), req.body);
      return { saved: req.body.items.length };
    },
  );

  app.post(
    '/api/projects/:id/problems',
    { schema: { params: ProjectIdParams, body: ProblemBody, response: { 201: ProjectDetail } } },
    async (req, reply) => {
      const caller = callerOf(req, config);
      await raiseProblem(db, caller, req.params.id, req.body);
      return reply.status(201).send(await projectDetail(db, caller, req.params.id));
    },
  );

  // The way back from a supervised matter to the project it came from.
  app.get(
    '/api/projects/by-matter/:matterId',
    {
      schema: {
        params: z.object({ matterId: z.uuid().describe('事项') }),
        response: { 200: z.object({ projectId: z.string(), name: z.string() }) },
      },
    },
    async (req) => {
      const caller = reader(req);
      const ws = caller.auth.workspaceId;
      const r = await db.execute(sql`select p.id::text as "projectId" from project_problems pr
        join projects p on p.workspace_id = pr.workspace_id and p.id = pr.project_id
        where pr.workspace_id = ${ws} and pr.matter_id = ${req.params.matterId}`);
      const hit = r.rows[0] as { projectId: string } | undefined;
      if (!hit) throw notFound('项目');
      const d = await projectDetail(db, caller, hit.projectId);
      return { projectId: d.id, name: d.name };
    },
  );

  app.get('/api/projects/settings', { schema: { response: { 200: SettingsBody } } }, async (req) =>
    loadReportRules(db, reader(req).auth.workspaceId),
  );
  app.put(
    '/api/projects/settings',
    { schema: { body: SettingsBody, response: { 200: SettingsBody } } },
    async (req) => {
      const caller = callerOf(req, config);
      await saveReportRules(db, caller, req.body);
      return loadReportRules(db, caller.auth.workspaceId);
    },
  );

  app.get('/api/programmes', { schema: { response: { 200: ProgrammeList } } }, async (req) => {
    const ws = reader(req).auth.workspaceId;
    const rows = await db
      .select()
      .from(programmes)
      .where(eq(programmes.workspaceId, ws))
      .orderBy(asc(programmes.createdAt));
    const rounds = await db
      .select({ programmeId: programmeRounds.programmeId })
      .from(programmeRounds)
      .where(eq(programmeRounds.workspaceId, ws));
    return {
      items: rows.map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        synthetic: p.synthetic,
        rounds: rounds.filter((r) => r.programmeId === p.id).length,
      })),
    };
  });

  app.get(
    '/api/programmes/:id/dashboard',
    {
      schema: {
        params: ProgrammeIdParams,
        querystring: DashboardQuery,
        response: { 200: Dashboard },
      },
    },
    async (req) => {
      const caller = reader(req);
      const ws = caller.auth.workspaceId;
      return rememberedDashboard(db, {
        ws,
        id: req.params.id,
        paths: projectScope(caller.auth),
        today: caller.today,
        round: req.query.round,
        cumulative: req.query.cumulative === 'true',
      });
    },
  );

  app.get(
    '/api/programmes/:id/investment-trend',
    {
      schema: {
        params: ProgrammeIdParams,
        querystring: DashboardQuery,
        response: { 200: Trend },
      },
    },
    async (req) => {
      const caller = reader(req);
      return rememberedTrend(db, {
        ws: caller.auth.workspaceId,
        id: req.params.id,
        paths: projectScope(caller.auth),
        today: caller.today,
        round: req.query.round,
        cumulative: req.query.cumulative === 'true',
      });
    },
  );

  app.post(
    '/api/programmes/:id/entries',
    {
      schema: {
        params: ProgrammeIdParams,
        body: EntryBody,
        response: { 201: z.object({ ok: z.boolean() }) },
      },
    },
    async (req, reply) => {
      const caller = callerOf(req, config);
      await writeTx(db, caller.actor, (tx, audit) =>
        addEntry(tx, audit, caller, req.params.id, req.body),
      );
      return reply.status(201).send({ ok: true });
    },
  );

  app.post(
    '/api/programmes',
    { schema: { body: ProgrammeBody, response: { 201: z.object({ id: z.string() }) } } },
    async (req, reply) => {
      const caller = callerOf(req, config);
      const id = await writeTx(db, caller.actor, (tx, audit) =>
        createProgramme(tx, audit, caller, req.body),
      );
      return reply.status(201).send({ id });
    },
  );

  app.post(
    '/api/programmes/:id/rounds',
    {
      schema: {
        params: ProgrammeIdParams,
        body: RoundBody,
        response: { 201: z.object({ seq: z.number() }) },
      },
    },
    async (req, reply) => {
      const caller = callerOf(req, config);
      const seq = await writeTx(db, caller.actor, (tx, audit) =>
        addRound(tx, audit, caller, req.params.id, req.body),
      );
      return reply.status(201).send({ seq });
    },
  );

  rankingRoutes(fastify, { database, config }, reader);
  projectListExportRoutes(fastify, db, reader);
  investmentExcelRoutes(fastify, db, (req) => callerOf(req, config));
}

async function reportsOf(db: Db, ws: string, ids: string[], month: string) {
  const current = new Map<string, number>();
  const previous = new Map<string, number>();
  if (ids.length === 0) return { current, previous };
  const year = month.slice(0, 4);
  const rows = await db
    .select({
      projectId: projectInvestments.projectId,
      month: projectInvestments.month,
      v: projectInvestments.ytdCompleted,
    })
    .from(projectInvestments)
    .where(
      and(
        eq(projectInvestments.workspaceId, ws),
        sql`${projectInvestments.projectId} = any(${'{' + ids.join(',') + '}'}::uuid[])`,
        sql`${projectInvestments.month} like ${year + '-%'}`,
        sql`${projectInvestments.month} <= ${month}`,
      ),
    )
    .orderBy(asc(projectInvestments.month));
  for (const r of rows) {
    if (r.month === month) current.set(r.projectId, r.v);
    else previous.set(r.projectId, r.v);
  }
  return { current, previous };
}
