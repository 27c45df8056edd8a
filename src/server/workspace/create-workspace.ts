import { sql } from 'drizzle-orm';
import { pinyinKeys } from '../../core/pinyin';
import type { Actor } from '../audit/record';
import type { Db, Tx } from '../db/connection';
import { units, workspaces } from '../db/schema';
import { writeTx } from '../db/write';
import { unitSortKey } from '../modules/units/service';
import type { UnitSpec } from './divisions';

export interface CreatedWorkspace {
  workspaceId: string;
  /** Unit id by code, for seeding people and data. */
  unitIds: Map<string, string>;
}

type UnitInsert = typeof units.$inferInsert;

/** Flattens a unit tree into rows with materialised paths (parents before children). */
export function flattenUnits(workspaceId: string, root: UnitSpec): UnitInsert[] {
  const rows: UnitInsert[] = [];
  const walk = (spec: UnitSpec, parent: { id: string; path: string; depth: number } | null) => {
    const id = crypto.randomUUID();
    const path = `${parent?.path ?? '/'}${id}/`;
    const depth = parent ? parent.depth + 1 : 0;
    const py = pinyinKeys(spec.name);
    rows.push({
      workspaceId,
      id,
      code: spec.code,
      name: spec.name,
      kind: spec.kind,
      parentId: parent?.id ?? null,
      path,
      depth,
      rankingGroup: spec.rankingGroup ?? null,
      pinyin: py.full,
      pinyinInitials: py.initials,
      sortKey: unitSortKey(spec.kind, spec.code, spec.name),
    });
    for (const child of spec.children ?? []) walk(child, { id, path, depth });
  };
  walk(root, null);
  return rows;
}

/** Creates a workspace and its whole unit tree in one audited transaction. */
export async function createWorkspace(
  db: Db,
  o: { code: string; name: string; demo: boolean; root: UnitSpec },
  afterUnits?: (tx: Tx, created: CreatedWorkspace) => Promise<void>,
): Promise<CreatedWorkspace> {
  const workspaceId = crypto.randomUUID();
  const actor: Actor = { workspaceId, userId: null, name: '系统', ip: null };
  return writeTx(db, actor, async (tx, audit) => {
    await tx
      .insert(workspaces)
      .values({ id: workspaceId, code: o.code, name: o.name, demo: o.demo });
    const rows = flattenUnits(workspaceId, o.root);
    for (let i = 0; i < rows.length; i += 500) {
      await tx.insert(units).values(rows.slice(i, i + 500));
    }
    const unitIds = new Map(rows.map((r) => [r.code, r.id!]));
    await audit({
      action: 'workspace.created',
      entityType: 'workspace',
      entityId: workspaceId,
      summary: `创建工作区 ${o.name}，单位 ${rows.length} 个${o.demo ? '（演示数据）' : ''}`,
    });
    const created = { workspaceId, unitIds };
    if (afterUnits) await afterUnits(tx, created);
    return created;
  });
}

export async function workspaceCount(db: Db): Promise<number> {
  const r = await db.execute(sql`select count(*)::int as n from workspaces`);
  return Number((r.rows[0] as { n: number }).n);
}
