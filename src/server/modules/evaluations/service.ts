// Use cases that write: create a scheme (version 1), add a version, record a manual score.
// Each is one transaction with its audit event.
import { and, eq, max } from 'drizzle-orm';
import { isLeaf, leavesOf } from '../../../core/evaluations/types';
import type { Actor } from '../../audit/record';
import type { AuthContext } from '../../auth/session-store';
import type { Db, DbOrTx } from '../../db/connection';
import {
  evaluationManualScores,
  evaluationSchemes,
  evaluationSchemeVersions,
} from '../../db/schema';
import { writeTx } from '../../db/write';
import { AppError, badRequest, conflict, notFound } from '../../errors';
import { canManage, evalAccess, requireManager } from './access';
import { describeProblems, toDefinition } from './definition';
import { parsePeriod } from './period';
import { findScheme, loadVersion, unitsByIds } from './queries';
import type { DefinitionBodyT } from './schema';

export interface EvalCaller {
  auth: AuthContext;
  actor: Actor;
  today: string;
}

type DefinitionInput = DefinitionBodyT;

/** Rejects a definition with every problem listed (error.details), or returns what to store. */
async function checked(db: DbOrTx, ws: string, body: DefinitionInput) {
  const { definition, problems } = toDefinition(body);
  const details = describeProblems(problems);
  const known = await unitsByIds(
    db,
    ws,
    body.units.map((u) => u.unitId),
  );
  body.units.forEach((u, i) => {
    if (!known.has(u.unitId)) details.push(`参评单位第 ${i + 1} 项：单位不存在`);
  });
  if (new Set(body.units.map((u) => u.unitId)).size !== body.units.length)
    details.push('参评单位有重复');
  if (details.length > 0)
    throw new AppError(
      400,
      'invalid_scheme',
      `考核方案有 ${details.length} 处问题，未保存`,
      undefined,
      details,
    );
  const stored = {
    total: body.total,
    items: body.items,
    adjustments: body.adjustments,
    units: body.units,
  };
  return { definition, stored };
}

export async function createScheme(
  db: Db,
  caller: EvalCaller,
  body: DefinitionInput & {
    code: string;
    name: string;
    organiserUnitId: string;
    source: string;
    defaultPeriod: string;
  },
): Promise<string> {
  const ws = caller.auth.workspaceId;
  const access = evalAccess(caller.auth);
  requireManager(access);
  const organiser = (await unitsByIds(db, ws, [body.organiserUnitId])).get(body.organiserUnitId);
  if (!organiser || !canManage(access, organiser.path)) throw notFound('组织单位');
  parsePeriod(body.defaultPeriod, caller.today);
  const { stored } = await checked(db, ws, body);
  return writeTx(db, caller.actor, async (tx, audit) => {
    const [dup] = await tx
      .select({ id: evaluationSchemes.id })
      .from(evaluationSchemes)
      .where(and(eq(evaluationSchemes.workspaceId, ws), eq(evaluationSchemes.code, body.code)));
    if (dup) throw conflict(`方案编号“${body.code}”已被使用`, 'code');
    const id = crypto.randomUUID();
    await tx.insert(evaluationSchemes).values({
      workspaceId: ws,
      id,
      code: body.code,
      name: body.name,
      organiserUnitId: body.organiserUnitId,
      source: body.source,
      defaultPeriod: body.defaultPeriod,
    });
    await tx.insert(evaluationSchemeVersions).values({
      workspaceId: ws,
      schemeId: id,
      version: 1,
      definition: stored,
      note: body.note || '初始版本',
      createdByName: caller.actor.name,
    });
    await audit({
      action: 'evaluation.scheme_created',
      entityType: 'evaluation_scheme',
      entityId: id,
      summary: `新建考核方案：${body.name}（${body.items.length} 项指标，${body.units.length} 个单位）`,
      after: { code: body.code, name: body.name, definition: stored },
    });
    return id;
  });
}

/** A new version; earlier versions (and their results) stay as they were. */
export async function addVersion(
  db: Db,
  caller: EvalCaller,
  schemeId: string,
  body: DefinitionInput,
) {
  const ws = caller.auth.workspaceId;
  const access = evalAccess(caller.auth);
  requireManager(access);
  const scheme = await findScheme(db, ws, schemeId);
  if (!canManage(access, scheme.organiser.path)) throw notFound('考核方案');
  const { stored } = await checked(db, ws, body);
  return writeTx(db, caller.actor, async (tx, audit) => {
    const [m] = await tx
      .select({ v: max(evaluationSchemeVersions.version) })
      .from(evaluationSchemeVersions)
      .where(
        and(
          eq(evaluationSchemeVersions.workspaceId, ws),
          eq(evaluationSchemeVersions.schemeId, schemeId),
        ),
      );
    const version = (m?.v ?? 0) + 1;
    await tx.insert(evaluationSchemeVersions).values({
      workspaceId: ws,
      schemeId,
      version,
      definition: stored,
      note: body.note,
      createdByName: caller.actor.name,
    });
    await audit({
      action: 'evaluation.version_added',
      entityType: 'evaluation_scheme',
      entityId: schemeId,
      summary: `考核方案“${scheme.name}”新增第 ${version} 版${body.note ? `：${body.note}` : ''}`,
      after: { version, definition: stored },
    });
    return version;
  });
}

export async function setManualScore(
  db: Db,
  caller: EvalCaller,
  schemeId: string,
  body: {
    itemKey: string;
    period: string;
    unitId: string;
    value: number;
    reason: string;
    evidence: string;
  },
) {
  const ws = caller.auth.workspaceId;
  const access = evalAccess(caller.auth);
  requireManager(access);
  const scheme = await findScheme(db, ws, schemeId);
  if (!canManage(access, scheme.organiser.path)) throw notFound('考核方案');
  parsePeriod(body.period, caller.today);
  const { definition: stored } = await loadVersion(db, ws, schemeId, scheme.latestVersion);
  const { definition } = toDefinition(stored);
  const leaf = leavesOf(definition).find((l) => l.leaf.key === body.itemKey)?.leaf;
  const adj = definition.adjustments.find((a) => a.key === body.itemKey);
  const item = leaf ?? adj;
  if (!item) throw badRequest(`指标编号“${body.itemKey}”不在方案中`, 'itemKey');
  if (item.source.kind !== 'manual')
    throw badRequest(`“${item.name}”由系统按记录计算，不能人工评分`, 'itemKey');
  if (leaf && !isLeaf(leaf)) throw badRequest('只能给末级指标评分', 'itemKey');
  if (!stored.units.some((u) => u.unitId === body.unitId)) throw notFound('参评单位');
  await writeTx(db, caller.actor, async (tx, audit) => {
    const where = and(
      eq(evaluationManualScores.workspaceId, ws),
      eq(evaluationManualScores.schemeId, schemeId),
      eq(evaluationManualScores.period, body.period),
      eq(evaluationManualScores.itemKey, body.itemKey),
      eq(evaluationManualScores.unitId, body.unitId),
      eq(evaluationManualScores.current, true),
    );
    const [before] = await tx.select().from(evaluationManualScores).where(where).for('update');
    await tx.update(evaluationManualScores).set({ current: false }).where(where);
    await tx.insert(evaluationManualScores).values({
      workspaceId: ws,
      schemeId,
      itemKey: body.itemKey,
      period: body.period,
      unitId: body.unitId,
      value: body.value,
      reason: body.reason,
      evidence: body.evidence,
      enteredBy: caller.actor.userId,
      enteredByName: caller.actor.name,
    });
    const unitName = (await unitsByIds(tx, ws, [body.unitId])).get(body.unitId)?.name ?? '';
    await audit({
      action: 'evaluation.manual_score',
      entityType: 'evaluation_scheme',
      entityId: schemeId,
      summary: `人工评分：${scheme.name} ${body.period} ${unitName}“${item.name}”${before ? `${before.value} → ` : ''}${body.value}（理由：${body.reason}）`,
      before: before
        ? { value: before.value, reason: before.reason, evidence: before.evidence }
        : null,
      after: {
        itemKey: body.itemKey,
        unitId: body.unitId,
        value: body.value,
        reason: body.reason,
        evidence: body.evidence,
      },
    });
  });
}
