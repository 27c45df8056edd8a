import type { FastifyRequest } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { actorOf, requireAuth } from '../../auth/plugin';
import { pathInScope } from '../../auth/scope';
import type { Config } from '../../config';
import type { Db } from '../../db/connection';
import { ladderSteps, seedPool } from '../../db/schema';
import { notFound } from '../../errors';
import { todayOf } from '../../today';
import { enterpriseScope, requireReader } from './access';
import { evaluateAll } from './evaluation';
import { presentDetail } from './presenter';
import { problemsOf } from './problems';
import { figuresOf, findEnterprise, revisionsOf, titlesOf } from './queries';
import type { Ctx } from './service';

/** Titles expiring within this many days are flagged. */
export const EXPIRY_WARN_DAYS = 90;

export async function contextOf(req: FastifyRequest, db: Db, config: Config) {
  const auth = requireAuth(req);
  const scope = await enterpriseScope(db, auth);
  requireReader(scope);
  const c: Ctx = { db, ws: auth.workspaceId, actor: actorOf(req), scope };
  return { c, today: todayOf(req, config) };
}

export async function enterpriseDetail(db: Db, c: Ctx, today: string, id: string, year?: number) {
  const row = await findEnterprise(db, c.ws, c.scope, id, today);
  if (!row) throw notFound('企业');
  const [titles, figures, revisions, ladder, pool, problems] = await Promise.all([
    titlesOf(db, c.ws, [id]),
    figuresOf(db, c.ws, [id]),
    revisionsOf(db, c.ws, id),
    db
      .select()
      .from(ladderSteps)
      .where(and(eq(ladderSteps.workspaceId, c.ws), eq(ladderSteps.enterpriseId, id))),
    db
      .select()
      .from(seedPool)
      .where(and(eq(seedPool.workspaceId, c.ws), eq(seedPool.enterpriseId, id))),
    problemsOf(db, c.ws, id),
  ]);
  const evaluationYear = year ?? figures.at(-1)?.year ?? Number(today.slice(0, 4)) - 1;
  const evaluations = (await evaluateAll(db, c.ws, [id], evaluationYear)).get(id) ?? [];
  const canEdit = c.scope.writeAll || pathInScope(row.unitPath, c.scope.writePaths);
  return presentDetail(
    row,
    { titles, figures, revisions, ladder, pool, problems, evaluations, evaluationYear, canEdit },
    today,
    EXPIRY_WARN_DAYS,
  );
}
