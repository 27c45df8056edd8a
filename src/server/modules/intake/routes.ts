import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ReviewOp } from '../../../core/intake/review';
import type { ModuleDeps } from '../index';
import { callerOf } from '../matters/detail';
import { commitIntake } from './commit';
import { presentIntake, presentSummary } from './presenter';
import {
  CommitBody,
  CommitResult,
  CreateIntakeBody,
  IntakeParams,
  IntakeSummary,
  IntakeView,
  PatchIntakeBody,
  UploadQuery,
} from './schema';
import { createIntake, findIntake, listIntakes, reviewIntake, supervisorGrant } from './service';
import { readUploadedReport } from './upload';

// 文本转台账: supervisors only (others get 403); an intake outside their units is 404.
export default async function intakeRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/intakes',
    { schema: { response: { 200: z.object({ items: z.array(IntakeSummary) }) } } },
    async (req) => {
      const caller = callerOf(req, config);
      return { items: (await listIntakes(db, caller.auth)).map(presentSummary) };
    },
  );

  app.post(
    '/api/intakes',
    { schema: { body: CreateIntakeBody, response: { 200: IntakeView, 201: IntakeView } } },
    async (req, reply) => {
      const caller = callerOf(req, config);
      const { id, existing } = await createIntake(db, caller, {
        ...req.body,
        sourceName: '粘贴文本',
      });
      const view = await presentIntake(db, await findIntake(db, caller.auth, id), existing);
      return reply.status(existing ? 200 : 201).send(view);
    },
  );

  app.post(
    '/api/intakes/upload',
    { schema: { querystring: UploadQuery, response: { 200: IntakeView, 201: IntakeView } } },
    async (req, reply) => {
      const caller = callerOf(req, config);
      supervisorGrant(caller.auth); // the role is checked before the file is read
      const file = await readUploadedReport(req);
      const title = req.query.title ?? file.name.replace(/\.(txt|docx)$/i, '').slice(0, 80);
      const { id, existing } = await createIntake(db, caller, {
        title,
        planYear: req.query.planYear,
        text: file.text,
        sourceName: file.name.slice(0, 200),
      });
      const view = await presentIntake(db, await findIntake(db, caller.auth, id), existing);
      return reply.status(existing ? 200 : 201).send(view);
    },
  );

  app.get(
    '/api/intakes/:id',
    { schema: { params: IntakeParams, response: { 200: IntakeView } } },
    async (req) => {
      const caller = callerOf(req, config);
      return presentIntake(db, await findIntake(db, caller.auth, req.params.id), false);
    },
  );

  app.patch(
    '/api/intakes/:id',
    { schema: { params: IntakeParams, body: PatchIntakeBody, response: { 200: IntakeView } } },
    async (req) => {
      const caller = callerOf(req, config);
      await reviewIntake(db, caller, req.params.id, req.body.ops as ReviewOp[]);
      return presentIntake(db, await findIntake(db, caller.auth, req.params.id), false);
    },
  );

  app.post(
    '/api/intakes/:id/commit',
    { schema: { params: IntakeParams, body: CommitBody, response: { 200: CommitResult } } },
    async (req) => commitIntake(db, callerOf(req, config), req.params.id, req.body),
  );
}
