import { and, asc, eq, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../core/dates';
import type { MatterStatus } from '../../../core/matters/lifecycle';
import { lightOf } from '../../../core/matters/pending-deadlines';
import { LIST_DEFS, type ListKind } from '../../../core/projects/stages';
import type { DbOrTx } from '../../db/connection';
import { projectInvestments } from '../../db/schema';
import { notFound } from '../../errors';
import type { Caller } from '../matters/context';
import { loadMatterSettings } from '../matters/settings';
import { projectActions, projectScope } from './access';
import { presentSummary } from './presenter';
import { findProject, problemsOf } from './queries';
import { PROBLEM_LABELS } from './schema';
import { loadReportRules } from './settings';
import { fieldLabel } from './service';

const OPEN = ['assigned', 'signed_for', 'in_progress', 'closeout_requested', 'reviewed'];

export async function projectDetail(db: DbOrTx, caller: Caller, id: string) {
  const ws = caller.auth.workspaceId;
  const row = await findProject(db, ws, id, projectScope(caller.auth));
  if (!row) throw notFound('项目');
  const rules = await loadReportRules(db, ws);
  const investments = await db
    .select({
      month: projectInvestments.month,
      ytdCompleted: projectInvestments.ytdCompleted,
      reportedByName: projectInvestments.reportedByName,
    })
    .from(projectInvestments)
    .where(and(eq(projectInvestments.workspaceId, ws), eq(projectInvestments.projectId, id)))
    .orderBy(asc(projectInvestments.month));
  const lists = await db.execute(sql`select e.programme_id::text as "programmeId",
    pg.name as programme, r.name as round, e.list
    from programme_entries e
    join programmes pg on pg.workspace_id = e.workspace_id and pg.id = e.programme_id
    left join programme_rounds r on r.workspace_id = e.workspace_id and r.id = e.round_id
    where e.workspace_id = ${ws} and e.project_id = ${id} order by pg.name, r.seq`);
  const { yellowWithinDays } = await loadMatterSettings(db, ws, caller.auth.settings);
  const problems = (await problemsOf(db, ws, id))
    .filter((p) => OPEN.includes(p.status))
    .map((p) => {
      const l = lightOf({ ...p, status: p.status as MatterStatus }, caller.today, yellowWithinDays);
      return {
        id: p.id,
        kind: p.kind,
        kindLabel: PROBLEM_LABELS[p.kind as keyof typeof PROBLEM_LABELS] ?? p.kind,
        description: p.description,
        matterId: p.matterId,
        matterStatus: p.status,
        finalDue: p.finalDue,
        light: l.light,
        lightReason: l.reason,
        leadUnit: p.leadUnit,
      };
    });
  return {
    ...presentSummary(row, caller.today, rules),
    chain: row.chain,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    location: row.location,
    taskForceLeader: row.taskForceLeader,
    taskForceMembers: row.taskForceMembers,
    notes: row.notes,
    investments,
    lists: (
      lists.rows as { programmeId: string; programme: string; round: string | null; list: string }[]
    ).map((l) => ({ ...l, list: LIST_DEFS[l.list as ListKind]?.zh ?? l.list })),
    problems,
    actions: projectActions(caller.auth, row.unitPath),
  };
}

/** The change history: every audited write on the project, changed fields before → after. */
export async function projectHistory(db: DbOrTx, ws: string, id: string) {
  const r =
    await db.execute(sql`select at, actor_name as "actorName", action, summary, before, after
    from audit_events where workspace_id = ${ws} and entity_type = 'project' and entity_id = ${id}
    order by seq desc limit 200`);
  return (
    r.rows as {
      at: Date | string;
      actorName: string;
      action: string;
      summary: string;
      before: unknown;
      after: unknown;
    }[]
  ).map((e) => {
    const before = (e.before ?? {}) as Record<string, unknown>;
    const after = (e.after ?? {}) as Record<string, unknown>;
    const changes =
      e.action === 'project.updated'
        ? Object.keys(after).map((k) => ({
            field: fieldLabel(k),
            before: before[k] ?? null,
            after: after[k],
          }))
        : [];
    return {
      at: new Date(e.at).toISOString(),
      actorName: e.actorName,
      action: e.action,
      summary: e.summary,
      changes,
    };
  });
}

export type { IsoDate };
