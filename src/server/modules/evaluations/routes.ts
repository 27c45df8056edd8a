import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../auth/plugin';
import { pathInScope } from '../../auth/scope';
import { notFound } from '../../errors';
import { todayOf } from '../../today';
import type { ModuleDeps } from '../index';
import { evalAccess } from './access';
import { presentDetail, presentSummary } from './presenter';
import {
  findScheme,
  listSchemes,
  loadVersion,
  manualHistory,
  unitsByIds,
  versionsOf,
} from './queries';
import { presentBreakdown, presentResults, rememberedEvaluation } from './results';
import {
  CreateSchemeBody,
  DefinitionBody,
  ManualScoreBody,
  Results,
  ResultsQuery,
  SchemeDetail,
  SchemeIdParams,
  SchemeSummary,
  UnitBreakdown,
  UnitResultParams,
} from './schema';
import { addVersion, createScheme, setManualScore, type EvalCaller } from './service';
import { allSources } from './sources';
import { importRoutes } from './import-routes';
import { circularRoutes } from './circular-routes';

const SourceView = z.object({
  kind: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  descriptionZh: z.string(),
  measureUnit: z.string(),
  paramFields: z.array(z.object({ name: z.string(), labelZh: z.string() })),
});

export default async function evaluationRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;
  const callerOf = (req: FastifyRequest): EvalCaller => ({
    auth: requireAuth(req),
    actor: actorOf(req),
    today: todayOf(req, config),
  });

  async function detail(caller: EvalCaller, id: string, version?: number) {
    const access = evalAccess(caller.auth);
    const ws = caller.auth.workspaceId;
    const scheme = await findScheme(db, ws, id);
    const v = await loadVersion(db, ws, id, version ?? scheme.latestVersion);
    const units = await unitsByIds(
      db,
      ws,
      v.definition.units.map((u) => u.unitId),
    );
    return presentDetail(
      scheme,
      v.version,
      v.definition,
      await versionsOf(db, ws, id),
      units,
      access,
    );
  }

  app.get(
    '/api/evaluations/sources',
    { schema: { response: { 200: z.object({ items: z.array(SourceView) }) } } },
    async (req) => {
      evalAccess(requireAuth(req));
      return {
        items: allSources().map((s) => ({
          kind: s.kind,
          labelZh: s.labelZh,
          labelEn: s.labelEn,
          descriptionZh: s.descriptionZh,
          measureUnit: s.measureUnit,
          paramFields: s.paramFields,
        })),
      };
    },
  );

  app.get(
    '/api/evaluations/schemes',
    { schema: { response: { 200: z.object({ items: z.array(SchemeSummary) }) } } },
    async (req) => {
      const caller = callerOf(req);
      const access = evalAccess(caller.auth);
      const rows = await listSchemes(db, caller.auth.workspaceId);
      // Each scheme's units the caller sees, as its results table shows them (presentResults).
      const ids = [...new Set(rows.flatMap((s) => s.definition.units.map((u) => u.unitId)))];
      const units = await unitsByIds(db, caller.auth.workspaceId, ids);
      return {
        items: rows.map((s) => presentSummary(s, s.definition, access, units)),
      };
    },
  );

  app.post(
    '/api/evaluations/schemes',
    { schema: { body: CreateSchemeBody, response: { 201: SchemeDetail } } },
    async (req, reply) => {
      const caller = callerOf(req);
      const id = await createScheme(db, caller, req.body);
      return reply.status(201).send(await detail(caller, id));
    },
  );

  app.get(
    '/api/evaluations/schemes/:id',
    {
      schema: {
        params: SchemeIdParams,
        querystring: z.object({
          version: z.coerce.number().int().min(1).optional().describe('版本'),
        }),
        response: { 200: SchemeDetail },
      },
    },
    async (req) => detail(callerOf(req), req.params.id, req.query.version),
  );

  app.post(
    '/api/evaluations/schemes/:id/versions',
    { schema: { params: SchemeIdParams, body: DefinitionBody, response: { 201: SchemeDetail } } },
    async (req, reply) => {
      const caller = callerOf(req);
      const version = await addVersion(db, caller, req.params.id, req.body);
      return reply.status(201).send(await detail(caller, req.params.id, version));
    },
  );

  app.get(
    '/api/evaluations/schemes/:id/results',
    { schema: { params: SchemeIdParams, querystring: ResultsQuery, response: { 200: Results } } },
    async (req) => {
      const caller = callerOf(req);
      const access = evalAccess(caller.auth);
      const scheme = await findScheme(db, caller.auth.workspaceId, req.params.id);
      const e = await rememberedEvaluation(db, {
        scheme,
        version: req.query.version,
        period: req.query.period,
        today: caller.today,
      });
      return presentResults(e, access);
    },
  );

  app.get(
    '/api/evaluations/schemes/:id/results/:unitId',
    {
      schema: {
        params: UnitResultParams,
        querystring: ResultsQuery,
        response: { 200: UnitBreakdown },
      },
    },
    async (req) => {
      const caller = callerOf(req);
      const access = evalAccess(caller.auth);
      const ws = caller.auth.workspaceId;
      const scheme = await findScheme(db, ws, req.params.id);
      const e = await rememberedEvaluation(db, {
        scheme,
        version: req.query.version,
        period: req.query.period,
        today: caller.today,
      });
      const info = e.unitInfo.get(req.params.unitId);
      if (!info || !pathInScope(info.path, access.read)) throw notFound('参评单位');
      const history = await manualHistory(db, ws, scheme.id, e.period.key, req.params.unitId);
      return {
        ...presentBreakdown(e, req.params.unitId),
        manual: history.map((h) => ({
          itemKey: h.itemKey,
          value: h.value,
          reason: h.reason,
          evidence: h.evidence,
          enteredByName: h.enteredByName,
          enteredAt: h.enteredAt.toISOString(),
          current: h.current,
        })),
      };
    },
  );

  app.post(
    '/api/evaluations/schemes/:id/manual-scores',
    { schema: { params: SchemeIdParams, body: ManualScoreBody, response: { 204: z.null() } } },
    async (req, reply) => {
      await setManualScore(db, callerOf(req), req.params.id, req.body);
      return reply.status(204).send(null);
    },
  );

  await importRoutes(app, { db, config, callerOf, detail });
  circularRoutes(fastify, { db, callerOf });
}
