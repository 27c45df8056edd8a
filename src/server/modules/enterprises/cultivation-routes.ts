import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EVALUATED_KINDS, TITLE_LABELS } from '../../../core/enterprises/criteria';
import type { ModuleDeps } from '../index';
import { requireWriter } from './access';
import {
  addCriteriaVersion,
  addToPool,
  countsByUnit,
  poolFromNear,
  poolOf,
  removeFromPool,
  setLadderStep,
  setTargets,
} from './cultivation';
import { evaluateAll, loadVersions } from './evaluation';
import { readableIds } from './queries';
import { contextOf } from './context';
import {
  CriteriaBody,
  EvalQuery,
  IdParams,
  LadderBody,
  PoolBody,
  PoolFromNearBody,
  TargetsBody,
} from './schema';

const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).describe('年度') });

export default async function cultivationRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  // Every readable enterprise's result for a title and year: the near-miss list is outcome=nearly.
  app.get(
    '/api/enterprise-evaluations',
    {
      schema: {
        querystring: EvalQuery.extend({
          outcome: z.enum(['qualifies', 'nearly', 'not', 'no_data']).optional().describe('结果'),
        }),
      },
    },
    async (req) => {
      const { c } = await contextOf(req, db, config);
      const kind = req.query.kind ?? 'specialized_sme';
      const list = await readableIds(db, c.ws, c.scope, req.query.unitId);
      const results = await evaluateAll(
        db,
        c.ws,
        list.map((x) => x.id),
        req.query.year,
        [kind],
      );
      const items = list
        .map((e) => ({ ...e, evaluation: results.get(e.id)![0]! }))
        .filter((x) => !req.query.outcome || x.evaluation.outcome === req.query.outcome);
      const counts = { qualifies: 0, nearly: 0, not: 0, no_data: 0 };
      for (const e of list) counts[results.get(e.id)![0]!.outcome]++;
      return { year: req.query.year, kind, counts, items };
    },
  );

  app.get('/api/enterprise-criteria', async (req) => {
    const { c } = await contextOf(req, db, config);
    const versions = await loadVersions(db, c.ws);
    return {
      kinds: EVALUATED_KINDS.map((k) => ({ kind: k, labelZh: TITLE_LABELS[k].zh })),
      versions: versions
        .sort((a, b) => (a.titleKind + a.effectiveFrom < b.titleKind + b.effectiveFrom ? -1 : 1))
        .map((v) => ({ ...v, builtin: v.id.startsWith('builtin-') })),
      canEdit: c.scope.admin,
    };
  });

  app.post('/api/enterprise-criteria', { schema: { body: CriteriaBody } }, async (req, reply) => {
    const { c, today } = await contextOf(req, db, config);
    const id = await addCriteriaVersion(c, today, req.body);
    reply.code(201);
    return { id };
  });

  app.get('/api/enterprise-pool', { schema: { querystring: YearQuery } }, async (req) => {
    const { c } = await contextOf(req, db, config);
    return { year: req.query.year, items: await poolOf(db, c.ws, c.scope, req.query.year) };
  });

  app.post('/api/enterprise-pool', { schema: { body: PoolBody } }, async (req, reply) => {
    const { c } = await contextOf(req, db, config);
    requireWriter(c.scope);
    await addToPool(c, req.body);
    reply.code(201);
    return { ok: true };
  });

  app.post(
    '/api/enterprise-pool/from-near',
    { schema: { body: PoolFromNearBody } },
    async (req) => {
      const { c } = await contextOf(req, db, config);
      requireWriter(c.scope);
      return { added: await poolFromNear(c, req.body.year, req.body.kind) };
    },
  );

  app.delete(
    '/api/enterprise-pool/:id/:year',
    {
      schema: {
        params: IdParams.extend({
          year: z.coerce.number().int().min(2000).max(2100).describe('年度'),
        }),
      },
    },
    async (req) => {
      const { c } = await contextOf(req, db, config);
      await removeFromPool(c, req.params.id, req.params.year);
      return { ok: true };
    },
  );

  app.put(
    '/api/enterprises/:id/ladder',
    { schema: { params: IdParams, body: LadderBody } },
    async (req) => {
      const { c } = await contextOf(req, db, config);
      await setLadderStep(c, req.params.id, req.body.step, req.body.reachedOn);
      return { ok: true };
    },
  );

  app.get('/api/enterprise-counts', { schema: { querystring: YearQuery } }, async (req) => {
    const { c } = await contextOf(req, db, config);
    const rows = await countsByUnit(db, c.ws, c.scope, req.query.year);
    return { year: req.query.year, rows, canEdit: c.scope.admin };
  });

  app.put('/api/enterprise-targets', { schema: { body: TargetsBody } }, async (req) => {
    const { c } = await contextOf(req, db, config);
    await setTargets(c, req.body.year, req.body.items);
    return { ok: true };
  });
}
