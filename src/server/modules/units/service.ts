import { and, eq, like, sql } from 'drizzle-orm';
import type { RankingGroup, UnitKind } from '../../../core/enums';
import { pinyinKeys } from '../../../core/pinyin';
import type { Actor } from '../../audit/record';
import type { Db, DbOrTx } from '../../db/connection';
import { units } from '../../db/schema';
import { writeTx } from '../../db/write';
import { badRequest, conflict, notFound } from '../../errors';
import { presentUnit } from './presenter';
import { countActiveChildren, findUnitInScope, type UnitRow } from './queries';

export interface CreateUnitOptions {
  actor: Actor;
  /** Subtrees the caller administers: the parent must lie inside them. */
  scope: string[];
  name: string;
  code: string;
  kind: UnitKind;
  parentId: string;
  rankingGroup?: RankingGroup | null;
}

/** Division units sort by their GB/T 2260 code; departments after them, by pinyin. */
export function unitSortKey(kind: string, code: string, name: string): string {
  return kind === 'department' ? `1${pinyinKeys(name).full}` : `0${code}`;
}

export async function createUnit(db: Db, o: CreateUnitOptions): Promise<UnitRow> {
  return writeTx(db, o.actor, async (tx, audit) => {
    const parent = await findUnitInScope(tx, o.actor.workspaceId, o.scope, o.parentId);
    if (!parent) throw notFound('上级单位');
    if (!parent.active) throw badRequest('上级单位已停用，不能在其下新增单位', 'parentId');
    await assertCodeFree(tx, o.actor.workspaceId, o.code);
    const id = crypto.randomUUID();
    const py = pinyinKeys(o.name);
    const [row] = await tx
      .insert(units)
      .values({
        workspaceId: o.actor.workspaceId,
        id,
        code: o.code,
        name: o.name,
        kind: o.kind,
        parentId: parent.id,
        path: `${parent.path}${id}/`,
        depth: parent.depth + 1,
        rankingGroup: o.rankingGroup ?? null,
        pinyin: py.full,
        pinyinInitials: py.initials,
        sortKey: unitSortKey(o.kind, o.code, o.name),
      })
      .returning();
    await audit({
      action: 'unit.created',
      entityType: 'unit',
      entityId: id,
      summary: `新增单位 ${o.name}（${o.code}），上级 ${parent.name}`,
      after: presentUnit(row!),
    });
    return row!;
  });
}

export interface UpdateUnitOptions {
  actor: Actor;
  scope: string[];
  id: string;
  name?: string;
  parentId?: string;
  rankingGroup?: RankingGroup | null;
}

/** Rename, regroup or move a unit; a move carries its whole subtree along. */
export async function updateUnit(db: Db, o: UpdateUnitOptions): Promise<UnitRow> {
  return writeTx(db, o.actor, async (tx, audit) => {
    const ws = o.actor.workspaceId;
    const unit = await findUnitInScope(tx, ws, o.scope, o.id);
    if (!unit) throw notFound('单位');
    const changes: Partial<typeof units.$inferInsert> = {};
    if (o.name !== undefined && o.name !== unit.name) {
      const py = pinyinKeys(o.name);
      Object.assign(changes, {
        name: o.name,
        pinyin: py.full,
        pinyinInitials: py.initials,
        sortKey: unitSortKey(unit.kind, unit.code, o.name),
      });
    }
    if (o.rankingGroup !== undefined) changes.rankingGroup = o.rankingGroup;
    if (o.parentId !== undefined && o.parentId !== unit.parentId) {
      if (!unit.parentId) throw badRequest('顶级单位不能移动', 'parentId');
      const parent = await findUnitInScope(tx, ws, o.scope, o.parentId);
      if (!parent) throw notFound('新的上级单位');
      if (parent.path.startsWith(unit.path)) {
        throw badRequest('不能把单位移动到它自己或它的下级单位之下', 'parentId');
      }
      const newPath = `${parent.path}${unit.id}/`;
      const depthShift = parent.depth + 1 - unit.depth;
      await tx
        .update(units)
        .set({
          path: sql`${newPath} || substr(${units.path}, ${unit.path.length + 1})`,
          depth: sql`${units.depth} + ${depthShift}`,
        })
        .where(and(eq(units.workspaceId, ws), like(units.path, `${unit.path}%`)));
      changes.parentId = parent.id;
    }
    if (Object.keys(changes).length === 0) return unit;
    const [row] = await tx
      .update(units)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(and(eq(units.workspaceId, ws), eq(units.id, unit.id)))
      .returning();
    await audit({
      action: 'unit.updated',
      entityType: 'unit',
      entityId: unit.id,
      summary: `修改单位 ${unit.name}${o.name && o.name !== unit.name ? ` → ${o.name}` : ''}`,
      before: presentUnit(unit),
      after: presentUnit(row!),
    });
    return row!;
  });
}

/** Units are never deleted (matters, people and reports refer to them); they are deactivated. */
export async function setUnitActive(
  db: Db,
  o: { actor: Actor; scope: string[]; id: string; active: boolean },
): Promise<UnitRow> {
  return writeTx(db, o.actor, async (tx, audit) => {
    const ws = o.actor.workspaceId;
    const unit = await findUnitInScope(tx, ws, o.scope, o.id);
    if (!unit) throw notFound('单位');
    if (unit.active === o.active) return unit;
    if (!o.active) {
      if (!unit.parentId) throw badRequest('顶级单位不能停用');
      if ((await countActiveChildren(tx, ws, unit.id)) > 0) {
        throw conflict('该单位还有在用的下级单位，请先停用或移走下级单位');
      }
    } else if (unit.parentId) {
      const [parent] = await tx
        .select()
        .from(units)
        .where(and(eq(units.workspaceId, ws), eq(units.id, unit.parentId)));
      if (parent && !parent.active) throw conflict('上级单位已停用，请先启用上级单位');
    }
    const [row] = await tx
      .update(units)
      .set({ active: o.active, updatedAt: sql`now()` })
      .where(and(eq(units.workspaceId, ws), eq(units.id, unit.id)))
      .returning();
    await audit({
      action: o.active ? 'unit.activated' : 'unit.deactivated',
      entityType: 'unit',
      entityId: unit.id,
      summary: `${o.active ? '启用' : '停用'}单位 ${unit.name}`,
      before: presentUnit(unit),
      after: presentUnit(row!),
    });
    return row!;
  });
}

async function assertCodeFree(tx: DbOrTx, workspaceId: string, code: string) {
  const [taken] = await tx
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.workspaceId, workspaceId), eq(units.code, code)));
  if (taken) throw conflict(`单位代码 ${code} 已被 ${taken.name} 使用`, 'code');
}
