import { and, asc, eq, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { canonicalIndicatorName, defaultDirection } from '../../../../core/targets/normalize';
import type { Actor } from '../../../audit/record';
import { pathInScope } from '../../../auth/scope';
import type { Db, DbOrTx, Tx } from '../../../db/connection';
import { indicators, units } from '../../../db/schema';
import { writeTx, type Audit } from '../../../db/write';
import { conflict, forbidden, notFound } from '../../../errors';
import { presentIndicator } from '../lines';
import type { IndicatorViewT } from '../schema';
import type { CreateIndicatorBody, UpdateIndicatorBody } from './schema';

const reporting = alias(units, 'reporting');

export async function listIndicators(db: DbOrTx, workspaceId: string): Promise<IndicatorViewT[]> {
  const rows = await db
    .select({ ind: indicators, ru: { id: reporting.id, name: reporting.name } })
    .from(indicators)
    .leftJoin(
      reporting,
      and(
        eq(reporting.workspaceId, indicators.workspaceId),
        eq(reporting.id, indicators.reportingUnitId),
      ),
    )
    .where(eq(indicators.workspaceId, workspaceId))
    .orderBy(asc(indicators.canonicalName));
  return rows.map((r) => presentIndicator(r.ind, r.ru?.id ? r.ru : null));
}

async function findIndicatorView(db: DbOrTx, workspaceId: string, id: string) {
  return (await listIndicators(db, workspaceId)).find((i) => i.id === id) ?? null;
}

async function reportingUnit(tx: DbOrTx, workspaceId: string, id: string, scope: string[]) {
  const [u] = await tx
    .select()
    .from(units)
    .where(and(eq(units.workspaceId, workspaceId), eq(units.id, id)));
  if (!u || !pathInScope(u.path, scope)) throw notFound('报送部门');
  return u;
}

async function assertNameFree(tx: DbOrTx, ws: string, canonical: string, exceptId?: string) {
  const [taken] = await tx
    .select({ name: indicators.name })
    .from(indicators)
    .where(
      and(
        eq(indicators.workspaceId, ws),
        eq(indicators.canonicalName, canonical),
        exceptId ? ne(indicators.id, exceptId) : undefined,
      ),
    );
  if (taken) throw conflict(`指标“${taken.name}”已存在（同一指标的不同叫法视为同一指标）`, 'name');
}

type CreateBody = z.infer<typeof CreateIndicatorBody>;

/** Inserts an indicator inside the caller's transaction (the intake commit uses it too). */
export async function insertIndicator(
  tx: Tx,
  audit: Audit,
  o: CreateBody & { workspaceId: string; manage: string[] },
): Promise<string> {
  if (o.manage.length === 0) throw forbidden();
  const ws = o.workspaceId;
  const canonicalName = canonicalIndicatorName(o.name);
  await assertNameFree(tx, ws, canonicalName);
  if (o.reportingUnitId) await reportingUnit(tx, ws, o.reportingUnitId, o.manage);
  const [row] = await tx
    .insert(indicators)
    .values({
      workspaceId: ws,
      name: o.name,
      canonicalName,
      measureUnit: o.measureUnit,
      kind: o.kind,
      direction: o.direction ?? defaultDirection(o.name),
      cumulative: o.cumulative,
      frequency: o.frequency,
      reportingUnitId: o.reportingUnitId ?? null,
      description: o.description ?? null,
    })
    .returning();
  await audit({
    action: 'indicator.created',
    entityType: 'indicator',
    entityId: row!.id,
    summary: `新增指标 ${o.name}（${o.measureUnit}）`,
    after: row,
  });
  return row!.id;
}

export async function createIndicator(
  db: Db,
  o: CreateBody & { actor: Actor; manage: string[] },
): Promise<IndicatorViewT> {
  if (o.manage.length === 0) throw forbidden();
  const ws = o.actor.workspaceId;
  const { actor, ...body } = o;
  const id = await writeTx(db, actor, (tx, audit) =>
    insertIndicator(tx, audit, { ...body, workspaceId: ws }),
  );
  return (await findIndicatorView(db, ws, id))!;
}

export async function updateIndicator(
  db: Db,
  o: z.infer<typeof UpdateIndicatorBody> & { actor: Actor; manage: string[]; id: string },
): Promise<IndicatorViewT> {
  if (o.manage.length === 0) throw forbidden();
  const ws = o.actor.workspaceId;
  await writeTx(db, o.actor, async (tx, audit) => {
    const [before] = await tx
      .select()
      .from(indicators)
      .where(and(eq(indicators.workspaceId, ws), eq(indicators.id, o.id)));
    if (!before) throw notFound('指标');
    const { actor: _a, manage: _m, id: _i, ...changes } = o;
    const set: Partial<typeof indicators.$inferInsert> = { ...changes, updatedAt: new Date() };
    if (changes.name !== undefined) {
      set.canonicalName = canonicalIndicatorName(changes.name);
      await assertNameFree(tx, ws, set.canonicalName, o.id);
    }
    if (changes.reportingUnitId) await reportingUnit(tx, ws, changes.reportingUnitId, o.manage);
    const [after] = await tx
      .update(indicators)
      .set(set)
      .where(and(eq(indicators.workspaceId, ws), eq(indicators.id, o.id)))
      .returning();
    await audit({
      action: 'indicator.updated',
      entityType: 'indicator',
      entityId: o.id,
      summary: `修改指标 ${before.name}`,
      before,
      after,
    });
  });
  return (await findIndicatorView(db, ws, o.id))!;
}
