// Cultivation: criteria versions, the seed pool, ladders, title targets and counts by unit.
import { and, eq, sql } from 'drizzle-orm';
import {
  PARAMS_SCHEMAS,
  TITLE_LABELS,
  type EvaluatedKind,
} from '../../../core/enterprises/criteria';
import type { IsoDate } from '../../../core/dates';
import type { Db, DbOrTx } from '../../db/connection';
import { criteriaVersions, cultivationTargets, ladderSteps, seedPool } from '../../db/schema';
import { writeTx } from '../../db/write';
import { AppError, badRequest, conflict, notFound } from '../../errors';
import { readable, requireCriteriaAdmin, type EnterpriseScope } from './access';
import { evaluateAll } from './evaluation';
import { readableIds } from './queries';
import { METRICS, metricSql } from './metrics';
import { lockEnterprise, type Ctx } from './service';

export async function addCriteriaVersion(
  c: Ctx,
  today: IsoDate,
  v: {
    titleKind: EvaluatedKind;
    name: string;
    source: string;
    effectiveFrom: string;
    params: unknown;
  },
): Promise<string> {
  requireCriteriaAdmin(c.scope);
  // Results of closed years never change: a new version takes effect this year at the earliest.
  const thisYear = `${today.slice(0, 4)}-01-01`;
  if (v.effectiveFrom < thisYear) {
    throw badRequest(
      `施行日期不能早于 ${thisYear}：已完成年度的评价结果不随新标准改变`,
      'effectiveFrom',
    );
  }
  const parsed = PARAMS_SCHEMAS[v.titleKind].safeParse(v.params);
  if (!parsed.success) {
    const details = parsed.error.issues.map(
      (i) => `参数 ${i.path.join('.') || '(根)'}：${i.message}`,
    );
    throw new AppError(400, 'invalid_params', '标准参数格式有误', 'params', details);
  }
  return writeTx(c.db, c.actor, async (tx, audit) => {
    const [dup] = await tx
      .select({ id: criteriaVersions.id })
      .from(criteriaVersions)
      .where(
        and(
          eq(criteriaVersions.workspaceId, c.ws),
          eq(criteriaVersions.titleKind, v.titleKind),
          eq(criteriaVersions.effectiveFrom, v.effectiveFrom),
        ),
      );
    if (dup)
      throw conflict(
        `${v.effectiveFrom} 施行的${TITLE_LABELS[v.titleKind].zh}标准已存在`,
        'effectiveFrom',
      );
    const id = crypto.randomUUID();
    await tx.insert(criteriaVersions).values({
      workspaceId: c.ws,
      id,
      titleKind: v.titleKind,
      name: v.name,
      source: v.source,
      effectiveFrom: v.effectiveFrom,
      params: parsed.data,
      createdBy: c.actor.name,
    });
    await audit({
      action: 'enterprise.criteria_added',
      entityType: 'criteria_version',
      entityId: id,
      summary: `新增认定标准：${v.name}（${v.effectiveFrom} 施行）`,
      after: { ...v, params: parsed.data },
    });
    return id;
  });
}

export async function addToPool(
  c: Ctx,
  p: { enterpriseId: string; year: number; targetKind: string; note: string },
  source: 'manual' | 'near_miss' = 'manual',
) {
  await writeTx(c.db, c.actor, async (tx, audit) => {
    const e = await lockEnterprise(tx, c, p.enterpriseId);
    const r = await tx
      .insert(seedPool)
      .values({ workspaceId: c.ws, ...p, source, addedBy: c.actor.name })
      .onConflictDoNothing()
      .returning();
    if (r.length === 0) throw conflict(`${e.name} 已在 ${p.year} 年培育库中`);
    await audit({
      action: 'enterprise.pool_added',
      entityType: 'enterprise',
      entityId: p.enterpriseId,
      summary: `${e.name} 列入 ${p.year} 年种子企业培育库`,
      after: { ...p, source },
    });
  });
}

export async function removeFromPool(c: Ctx, enterpriseId: string, year: number) {
  await writeTx(c.db, c.actor, async (tx, audit) => {
    const e = await lockEnterprise(tx, c, enterpriseId);
    const r = await tx
      .delete(seedPool)
      .where(
        and(
          eq(seedPool.workspaceId, c.ws),
          eq(seedPool.enterpriseId, enterpriseId),
          eq(seedPool.year, year),
        ),
      )
      .returning();
    if (r.length === 0) throw notFound('培育库记录');
    await audit({
      action: 'enterprise.pool_removed',
      entityType: 'enterprise',
      entityId: enterpriseId,
      summary: `${e.name} 移出 ${year} 年种子企业培育库`,
      before: r[0],
    });
  });
}

/** Adds every writable enterprise that nearly qualifies for the title to the year's pool. */
export async function poolFromNear(c: Ctx, year: number, kind: EvaluatedKind): Promise<number> {
  // A write: only enterprises the caller may edit, not all they may read (a viewer grant on the
  // city next to a liaison grant on a county must not fill the pool from other counties).
  const writable = { ...c.scope, readPaths: c.scope.writePaths, readAll: c.scope.writeAll };
  const ids = (await readableIds(c.db, c.ws, writable)).map((x) => x.id);
  const results = await evaluateAll(c.db, c.ws, ids, year, [kind]);
  const near = [...results].filter(([, r]) => r[0]?.outcome === 'nearly').map(([id]) => id);
  return writeTx(c.db, c.actor, async (tx, audit) => {
    let added = 0;
    for (const id of near) {
      const r = await tx
        .insert(seedPool)
        .values({
          workspaceId: c.ws,
          enterpriseId: id,
          year,
          source: 'near_miss',
          targetKind: kind,
          addedBy: c.actor.name,
        })
        .onConflictDoNothing()
        .returning();
      added += r.length;
    }
    await audit({
      action: 'enterprise.pool_from_near',
      entityType: 'seed_pool',
      entityId: String(year),
      summary: `${year} 年培育库：从${TITLE_LABELS[kind].zh}接近名单加入 ${added} 家`,
      after: { year, kind, added },
    });
    return added;
  });
}

export async function setLadderStep(c: Ctx, id: string, step: string, reachedOn: string | null) {
  await writeTx(c.db, c.actor, async (tx, audit) => {
    const e = await lockEnterprise(tx, c, id);
    const key = and(
      eq(ladderSteps.workspaceId, c.ws),
      eq(ladderSteps.enterpriseId, id),
      eq(ladderSteps.step, step),
    );
    await tx.delete(ladderSteps).where(key);
    if (reachedOn)
      await tx.insert(ladderSteps).values({ workspaceId: c.ws, enterpriseId: id, step, reachedOn });
    await audit({
      action: 'enterprise.ladder_set',
      entityType: 'enterprise',
      entityId: id,
      summary: `${e.name}：${step} ${reachedOn ?? '取消'}`,
      after: { step, reachedOn },
    });
  });
}

export async function setTargets(
  c: Ctx,
  year: number,
  items: { unitId: string; metric: string; target: number }[],
) {
  requireCriteriaAdmin(c.scope);
  await writeTx(c.db, c.actor, async (tx, audit) => {
    for (const i of items) {
      await tx
        .insert(cultivationTargets)
        .values({ workspaceId: c.ws, year, ...i })
        .onConflictDoUpdate({
          target: [
            cultivationTargets.workspaceId,
            cultivationTargets.unitId,
            cultivationTargets.year,
            cultivationTargets.metric,
          ],
          set: { target: i.target },
        });
    }
    await audit({
      action: 'enterprise.targets_set',
      entityType: 'cultivation_targets',
      entityId: String(year),
      summary: `设定 ${year} 年企业培育目标 ${items.length} 项`,
      after: items,
    });
  });
}

/** Per county-level unit (the root's children that are not departments): actual vs target. */
export async function countsByUnit(
  db: DbOrTx,
  ws: string,
  scope: EnterpriseScope,
  year: number,
  /** Other units than the county level (an evaluation's units), by id. */
  only?: string[],
) {
  // The county level as far as the caller sees it: a county's liaison gets its own row, not
  // ten rows of "0 / 41" for counties whose enterprises it cannot read. A township's staff
  // keep the row of the county above them.
  const seen = scope.readAll
    ? sql`true`
    : sql`(${readable(scope, sql`u.path`)} or ${sql.join(
        [sql`false`, ...scope.readPaths.map((p) => sql`starts_with(${p}, u.path)`)],
        sql` or `,
      )})`;
  const which = only
    ? sql`u.id = any(${'{' + only.join(',') + '}'}::uuid[])`
    : sql`u.depth = 1 and u.kind <> 'department' and u.active and ${seen}`;
  const r = await db.execute(sql`
    with top as (
      select u.id, u.name, u.path, u.sort_key from units u
      where u.workspace_id = ${ws} and ${which}
    )
    select top.id::text as "unitId", top.name as "unitName",
      ${sql.join(
        METRICS.map(
          (
            m,
          ) => sql`(select count(*)::int from enterprises e join units eu on eu.workspace_id = e.workspace_id
            and eu.id = e.unit_id where e.workspace_id = ${ws} and eu.path like top.path || '%'
            and ${readable(scope, sql`eu.path`)} and ${metricSql(m, year)}) as ${sql.identifier(m)},
            (select t.target from enterprise_cultivation_targets t where t.workspace_id = ${ws}
              and t.unit_id = top.id and t.year = ${year} and t.metric = ${m}) as ${sql.identifier(m + '_target')}`,
        ),
        sql`, `,
      )}
    from top order by top.sort_key`);
  return r.rows as Record<string, string | number | null>[];
}

export async function poolOf(db: Db, ws: string, scope: EnterpriseScope, year: number) {
  const r = await db.execute(sql`select p.enterprise_id::text as "enterpriseId", e.name, e.uscc,
    u.name as "unitName", p.source, p.target_kind as "targetKind", p.note, p.added_by as "addedBy",
    e.synthetic from enterprise_seed_pool p
    join enterprises e on e.workspace_id = p.workspace_id and e.id = p.enterprise_id
    join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
    where p.workspace_id = ${ws} and p.year = ${year} and ${readable(scope, sql`u.path`)}
    order by e.pinyin`);
  return r.rows as {
    enterpriseId: string;
    name: string;
    uscc: string;
    unitName: string;
    source: string;
    targetKind: string;
    note: string;
    addedBy: string;
    synthetic: boolean;
  }[];
}
