import type { FastifyRequest } from 'fastify';
import { actorOf, requireAuth } from '../../auth/plugin';
import type { Config } from '../../config';
import type { Db } from '../../db/connection';
import { notFound } from '../../errors';
import { todayOf } from '../../today';
import { accessTo, matterScope } from './access';
import type { Caller } from './context';
import { presentDetail } from './presenter';
import { findMatterDetail } from './queries';
import { loadMatterSettings } from './settings';

export function callerOf(req: FastifyRequest, config: Config): Caller {
  return { auth: requireAuth(req), actor: actorOf(req), today: todayOf(req, config) };
}

/** The detail of a matter as the caller sees it now. */
export async function matterDetail(db: Db, caller: Caller, id: string) {
  const ws = caller.auth.workspaceId;
  const found = await findMatterDetail(db, ws, id, matterScope(caller.auth));
  if (!found) throw notFound('事项');
  const { row, parts } = found;
  const access = accessTo(
    caller.auth,
    row.leadUnitPath,
    parts.cooperators.map((c) => c.path),
  );
  if (!access.canSee) throw notFound('事项');
  const { yellowWithinDays } = await loadMatterSettings(db, ws, caller.auth.settings);
  return presentDetail(row, parts, access, caller.today, yellowWithinDays);
}
