import { and, eq, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../core/dates';
import {
  ACTIONS,
  applyAction,
  type ActionResult,
  type ActorRole,
  type MatterAction,
  type MatterStatus,
} from '../../../core/matters/lifecycle';
import { nextDue, type MatterDates } from '../../../core/matters/pending-deadlines';
import type { Actor } from '../../audit/record';
import type { AuthContext } from '../../auth/session-store';
import type { DbOrTx } from '../../db/connection';
import { matterEvents, matterNodes, matters } from '../../db/schema';
import { AppError, forbidden, notFound } from '../../errors';
import { accessTo, matterScope, type MatterAccess } from './access';
import { findMatterWithCooperators, type MatterRow } from './queries';

/** Who acts, and on which day (Asia/Shanghai; fixed in tests). */
export interface Caller {
  auth: AuthContext;
  actor: Actor;
  today: IsoDate;
  /** Timestamps of timeline entries; the demo seeder replays past days with its own clock. */
  clock?: () => Date;
}

export interface LoadedMatter {
  row: MatterRow;
  access: MatterAccess;
  cooperators: { id: string; name: string; path: string }[];
  /** The earliest time node not yet done, as read under the lock. */
  openNodeDue: string | null;
}

/** Loads and locks a matter the caller can see, or 404. */
export async function loadForWrite(tx: DbOrTx, caller: Caller, id: string): Promise<LoadedMatter> {
  const ws = caller.auth.workspaceId;
  // Read and lock in one statement: concurrent writes to one matter queue here.
  const found = await findMatterWithCooperators(tx, ws, id, matterScope(caller.auth), {
    forUpdate: true,
  });
  if (!found) throw notFound('事项');
  const { row, cooperators, openNodeDue } = found;
  const access = accessTo(
    caller.auth,
    row.leadUnitPath,
    cooperators.map((c) => c.path),
  );
  if (!access.canSee) throw notFound('事项');
  return { row, access, cooperators, openNodeDue };
}

const STATUS_BY_CODE: Record<string, number> = {
  invalid_transition: 409,
  forbidden_role: 403,
  no_pending_extension: 409,
  extension_already_pending: 409,
  reason_required: 400,
  rating_required: 400,
};

/**
 * Checks the action against the lifecycle for the caller's role on this matter. A caller with
 * none of the action's roles gets 403 in plain words; the state machine decides the rest.
 */
export function checkAction(
  m: LoadedMatter,
  action: MatterAction,
  input: { reason?: string; rating?: string },
): { role: ActorRole; to: MatterStatus } {
  const def = ACTIONS[action];
  const role = def.roles.find((r) => m.access.roles.includes(r)) ?? m.access.roles[0];
  if (!role) throw forbidden(`无权${def.labelZh}`);
  const result: ActionResult = applyAction(m.row.status as MatterStatus, action, role, {
    ...input,
    extensionPending: m.row.extensionPending,
  });
  if (!result.ok) {
    throw new AppError(STATUS_BY_CODE[result.code] ?? 409, result.code, result.messageZh);
  }
  return { role, to: result.to };
}

/**
 * Recomputes the derived deadline columns after a change and saves the matter. The open
 * time nodes are those read under the lock, unless this write marked some done
 * (`nodesChanged`): then they are read again.
 */
export async function saveMatter(
  tx: DbOrTx,
  m: LoadedMatter,
  changes: Partial<typeof matters.$inferInsert>,
  opts: { nodesChanged?: boolean } = {},
): Promise<void> {
  const row = m.row;
  const ws = row.workspaceId;
  let nextNodeDue = m.openNodeDue;
  if (opts.nodesChanged) {
    const [node] = await tx
      .select({ due: sql<string | null>`min(${matterNodes.due})` })
      .from(matterNodes)
      .where(
        and(
          eq(matterNodes.workspaceId, ws),
          eq(matterNodes.matterId, row.id),
          sql`${matterNodes.doneOn} is null`,
        ),
      );
    nextNodeDue = node?.due ?? null;
  }
  const merged = { ...row, ...changes } as MatterDates & typeof row;
  const next = nextDue({ ...merged, nextNodeDue, status: merged.status as MatterStatus });
  await tx
    .update(matters)
    .set({ ...changes, nextNodeDue, nextDue: next, updatedAt: sql`now()` })
    .where(and(eq(matters.workspaceId, ws), eq(matters.id, row.id)));
}

export async function addEvent(
  tx: DbOrTx,
  caller: Caller,
  e: {
    matterId: string;
    action: string;
    fromStatus?: string | null;
    toStatus?: string | null;
    note?: string | null;
    detail?: unknown;
  },
): Promise<void> {
  await tx.insert(matterEvents).values({
    workspaceId: caller.auth.workspaceId,
    matterId: e.matterId,
    at: caller.clock?.() ?? new Date(),
    onDate: caller.today,
    actorId: caller.actor.userId,
    actorName: caller.actor.name,
    action: e.action,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    note: e.note ?? null,
    detail: e.detail ?? null,
  });
}
