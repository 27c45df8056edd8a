// Annual plans: list, read, create, change settings. Lines and decomposition: targets-service.
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../../audit/record';
import { inScope, pathInScope } from '../../../auth/scope';
import type { Db, DbOrTx, Tx } from '../../../db/connection';
import { indicators, targetPlans, targets, units } from '../../../db/schema';
import { writeTx, type Audit } from '../../../db/write';
import { conflict, forbidden, notFound } from '../../../errors';
import { canManagePlan, type TargetAccess } from '../access';
import { loadPlansWithUnits, loadPlanWithUnit, presentPlan, type UnitInfo } from '../lines';
import type { PlanViewT } from '../schema';
import type { CreatePlanBody, UpdatePlanBody } from './schema';
import type { TargetPlanRow } from '../../../db/schema';

export interface PlanAccess {
  plan: TargetPlanRow;
  unit: UnitInfo;
  canManage: boolean;
  /** The caller sees the plan's own lines, not only some units' shares. */
  seesWholePlan: boolean;
}

/** Plans the caller sees: their unit is in scope, or one of their lines is. */
async function visiblePlanIds(
  db: DbOrTx,
  workspaceId: string,
  paths: string[],
  year?: number,
): Promise<string[]> {
  const yearCond = year ? sql`and p.year = ${year}` : sql``;
  const res = await db.execute(sql`
    select p.id from target_plans p join units u on u.workspace_id = p.workspace_id and u.id = p.unit_id
    where p.workspace_id = ${workspaceId} ${yearCond} and ${inScope(sql`u.path`, paths)}
    union
    select distinct t.plan_id from targets t
      join target_plans p on p.workspace_id = t.workspace_id and p.id = t.plan_id
      join units u on u.workspace_id = t.workspace_id and u.id = t.unit_id
      join indicators i on i.workspace_id = t.workspace_id and i.id = t.indicator_id
      left join units ru on ru.workspace_id = i.workspace_id and ru.id = i.reporting_unit_id
    where t.workspace_id = ${workspaceId} ${yearCond}
      and (${inScope(sql`u.path`, paths)} or ${inScope(sql`ru.path`, paths)})`);
  return (res.rows as { id?: string; plan_id?: string }[]).map((r) => (r.id ?? r.plan_id)!);
}

export async function listPlans(
  db: DbOrTx,
  workspaceId: string,
  access: TargetAccess,
  year?: number,
): Promise<PlanViewT[]> {
  const ids = await visiblePlanIds(db, workspaceId, access.read, year);
  const rows = await loadPlansWithUnits(db, workspaceId, ids);
  return rows.map((r) => presentPlan(r.plan, r.unit, canManagePlan(access, r.unit.path)));
}

export async function planForRead(
  db: DbOrTx,
  workspaceId: string,
  access: TargetAccess,
  id: string,
): Promise<PlanAccess> {
  const row = await loadPlanWithUnit(db, workspaceId, id);
  if (!row) throw notFound('目标计划');
  const seesWholePlan = pathInScope(row.unit.path, access.read);
  if (!seesWholePlan) {
    const ids = await visiblePlanIds(db, workspaceId, access.read, row.plan.year);
    if (!ids.includes(id)) throw notFound('目标计划');
  }
  return { ...row, canManage: canManagePlan(access, row.unit.path), seesWholePlan };
}

/** The plan, when the caller may manage it: 404 when they cannot see it, 403 when only see. */
export async function planForManage(
  db: DbOrTx,
  workspaceId: string,
  access: TargetAccess,
  id: string,
): Promise<PlanAccess> {
  const p = await planForRead(db, workspaceId, access, id);
  if (!p.canManage) throw forbidden('只有本级督查人员可以维护目标计划');
  return p;
}

/** Inserts a plan inside the caller's transaction (the intake commit uses it too). */
export async function insertPlan(
  tx: Tx,
  audit: Audit,
  o: z.infer<typeof CreatePlanBody> & { actor: Actor; access: TargetAccess },
): Promise<PlanViewT> {
  const ws = o.actor.workspaceId;
  if (o.access.manage.length === 0) throw forbidden();
  const [unit] = await tx
    .select()
    .from(units)
    .where(and(eq(units.workspaceId, ws), eq(units.id, o.unitId)));
  if (!unit || !pathInScope(unit.path, o.access.manage)) throw notFound('计划所属单位');
  const [dup] = await tx
    .select({ id: targetPlans.id })
    .from(targetPlans)
    .where(
      and(
        eq(targetPlans.workspaceId, ws),
        eq(targetPlans.unitId, unit.id),
        eq(targetPlans.year, o.year),
        eq(targetPlans.title, o.title),
      ),
    );
  if (dup) throw conflict(`${unit.name}${o.year}年已有名为“${o.title}”的计划`, 'title');
  const { actor: _a, access: _c, ...values } = o;
  const [plan] = await tx
    .insert(targetPlans)
    .values({ ...values, workspaceId: ws })
    .returning();
  await audit({
    action: 'target_plan.created',
    entityType: 'target_plan',
    entityId: plan!.id,
    summary: `新建目标计划 ${unit.name}${o.year}年“${o.title}”`,
    after: plan,
  });
  return presentPlan(plan!, unit, true);
}

export async function createPlan(
  db: Db,
  o: z.infer<typeof CreatePlanBody> & { actor: Actor; access: TargetAccess },
): Promise<PlanViewT> {
  if (o.access.manage.length === 0) throw forbidden();
  return writeTx(db, o.actor, (tx, audit) => insertPlan(tx, audit, o));
}

export async function updatePlan(
  db: Db,
  o: z.infer<typeof UpdatePlanBody> & { actor: Actor; access: TargetAccess; id: string },
): Promise<PlanViewT> {
  const ws = o.actor.workspaceId;
  return writeTx(db, o.actor, async (tx, audit) => {
    const p = await planForManage(tx, ws, o.access, o.id);
    const { actor: _a, access: _c, id: _i, ...changes } = o;
    const next = { ...p.plan, ...changes };
    if (next.yellowFrom > next.redFrom) throw conflict('黄灯起点不能大于红灯起点', 'yellowFrom');
    const [after] = await tx
      .update(targetPlans)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(targetPlans.workspaceId, ws), eq(targetPlans.id, o.id)))
      .returning();
    await audit({
      action: 'target_plan.updated',
      entityType: 'target_plan',
      entityId: o.id,
      summary: `修改目标计划“${p.plan.title}”的设置`,
      before: p.plan,
      after,
    });
    return presentPlan(after!, p.unit, true);
  });
}

/** Indicators by canonical name, for reading plan wording. */
export async function indicatorsByCanonicalName(db: DbOrTx, workspaceId: string) {
  const rows = await db.select().from(indicators).where(eq(indicators.workspaceId, workspaceId));
  return new Map(rows.map((r) => [r.canonicalName, r]));
}

export async function nextSeq(db: DbOrTx, workspaceId: string, planId: string): Promise<number> {
  const [row] = await db
    .select({ m: sql<number>`coalesce(max(${targets.seq}), 0)::int` })
    .from(targets)
    .where(and(eq(targets.workspaceId, workspaceId), eq(targets.planId, planId)));
  return (row?.m ?? 0) + 1;
}
