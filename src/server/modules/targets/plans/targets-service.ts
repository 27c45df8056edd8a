// Target lines: entered as the plan's own words, read into a comparator, corrected by a
// person when needed, and decomposed to units.
import { and, eq, inArray, or } from 'drizzle-orm';
import type { z } from 'zod';
import { canonicalIndicatorName } from '../../../../core/targets/normalize';
import {
  describeParsed,
  matchTargetsToIndicators,
  parseTargetWording,
  type ParsedWording,
} from '../../../../core/targets/wording';
import type { Actor } from '../../../audit/record';
import { pathInScope } from '../../../auth/scope';
import type { Db, DbOrTx, Tx } from '../../../db/connection';
import { targetJudgements, targets, units, type IndicatorRow } from '../../../db/schema';
import { writeTx, type Audit } from '../../../db/write';
import { badRequest, conflict, forbidden, notFound } from '../../../errors';
import { canSeeLine, type TargetAccess } from '../access';
import { loadLine, loadLines, presentTarget, type Line } from '../lines';
import type { TargetViewT } from '../schema';
import type {
  CreateTargetBody,
  DecompositionBody,
  OverrideMeaningBody,
  UpdateTargetBody,
} from './schema';
import {
  indicatorsByCanonicalName,
  nextSeq,
  planForManage,
  planForRead,
  type PlanAccess,
} from './service';

export interface ReadLine {
  indicatorName: string | null;
  indicator: IndicatorRow | null;
  parsed: ParsedWording;
}

/** Reads wording into one line per indicator it names (分别 and 、 lists give several). */
export async function readWording(
  db: DbOrTx,
  workspaceId: string,
  wording: string,
  indicatorIds?: string[],
): Promise<ReadLine[]> {
  const byName = await indicatorsByCanonicalName(db, workspaceId);
  const pairs = matchTargetsToIndicators(wording);
  if (indicatorIds) {
    const byId = new Map([...byName.values()].map((i) => [i.id, i]));
    const list = indicatorIds.map((id) => {
      const ind = byId.get(id);
      if (!ind) throw notFound('指标');
      return ind;
    });
    // One parse per indicator when the counts agree; otherwise the phrase's single reading.
    const parses =
      pairs.length === list.length
        ? pairs.map((p) => p.parsed)
        : list.map(() => parseTargetWording(wording));
    return list.map((ind, i) => ({ indicatorName: ind.name, indicator: ind, parsed: parses[i]! }));
  }
  return pairs.map((p) => ({
    indicatorName: p.indicatorName,
    indicator: p.indicatorName
      ? (byName.get(canonicalIndicatorName(p.indicatorName)) ?? null)
      : null,
    parsed: p.parsed,
  }));
}

export function describeReadLine(l: ReadLine) {
  return {
    indicatorName: l.indicatorName,
    indicatorId: l.indicator?.id ?? null,
    parsed: l.parsed,
    meaning: describeParsed(l.parsed, 'zh', {
      direction: l.indicator?.direction as 'higher_better' | 'lower_better' | undefined,
    }),
  };
}

/** A line the caller may see, with its plan; 404 otherwise. */
export async function lineForRead(
  db: DbOrTx,
  workspaceId: string,
  access: TargetAccess,
  id: string,
): Promise<{ line: Line; plan: PlanAccess }> {
  const line = await loadLine(db, workspaceId, id);
  if (!line || !canSeeLine(access.read, line)) throw notFound('目标');
  return { line, plan: await planForRead(db, workspaceId, access, line.target.planId) };
}

async function lineForManage(db: DbOrTx, ws: string, access: TargetAccess, id: string) {
  const r = await lineForRead(db, ws, access, id);
  if (!r.plan.canManage) throw forbidden('只有本级督查人员可以维护目标');
  return r;
}

/** Inserts a plan's lines for one wording inside the caller's transaction; returns their ids. */
export async function insertTargets(
  tx: Tx,
  audit: Audit,
  o: z.infer<typeof CreateTargetBody> & { actor: Actor; access: TargetAccess; planId: string },
): Promise<string[]> {
  const ws = o.actor.workspaceId;
  const p = await planForManage(tx, ws, o.access, o.planId);
  const lines = await readWording(tx, ws, o.wording, o.indicatorIds);
  const missing = lines.filter((l) => !l.indicator);
  if (missing.length > 0) {
    const names = missing.map((l) => l.indicatorName ?? '（未写指标名称）').join('、');
    throw badRequest(`没有找到指标：${names}。请先新建指标，或在录入时选择指标`, 'indicatorIds');
  }
  const seq = o.seq ?? (await nextSeq(tx, ws, p.plan.id));
  const inserted: string[] = [];
  for (const [i, l] of lines.entries()) {
    const [dup] = await tx
      .select({ id: targets.id })
      .from(targets)
      .where(
        and(
          eq(targets.workspaceId, ws),
          eq(targets.planId, p.plan.id),
          eq(targets.unitId, p.plan.unitId),
          eq(targets.indicatorId, l.indicator!.id),
        ),
      );
    if (dup) throw conflict(`本计划已有“${l.indicator!.name}”的目标`, 'wording');
    const [row] = await tx
      .insert(targets)
      .values({
        workspaceId: ws,
        planId: p.plan.id,
        unitId: p.plan.unitId,
        indicatorId: l.indicator!.id,
        seq,
        lineNo: i + 1,
        wording: o.wording,
        parsed: l.parsed,
        parsedAuto: l.parsed,
      })
      .returning();
    inserted.push(row!.id);
    await audit({
      action: 'target.created',
      entityType: 'target',
      entityId: row!.id,
      summary: `在“${p.plan.title}”中新增目标 ${seq}. ${l.indicator!.name}：${o.wording}`,
      after: row,
    });
  }
  return inserted;
}

export async function createTargets(
  db: Db,
  o: z.infer<typeof CreateTargetBody> & { actor: Actor; access: TargetAccess; planId: string },
): Promise<TargetViewT[]> {
  const ws = o.actor.workspaceId;
  const ids = await writeTx(db, o.actor, (tx, audit) => insertTargets(tx, audit, o));
  const lines = await loadLines(db, ws, inArray(targets.id, ids));
  const plan = await planForRead(db, ws, o.access, o.planId);
  return lines.map((l) => presentTarget(l, plan.plan));
}

export async function updateTarget(
  db: Db,
  o: z.infer<typeof UpdateTargetBody> & { actor: Actor; access: TargetAccess; id: string },
): Promise<TargetViewT> {
  const ws = o.actor.workspaceId;
  await writeTx(db, o.actor, async (tx, audit) => {
    const { line } = await lineForManage(tx, ws, o.access, o.id);
    const set: Partial<typeof targets.$inferInsert> = { updatedAt: new Date() };
    if (o.tolerance !== undefined) set.tolerance = o.tolerance;
    if (o.controlValue !== undefined) set.controlValue = o.controlValue;
    if (o.referenceValues !== undefined) set.referenceValues = o.referenceValues;
    if (o.wording !== undefined && o.wording !== line.target.wording) {
      const pairs = matchTargetsToIndicators(o.wording);
      const parsed = pairs[line.target.lineNo - 1]?.parsed ?? parseTargetWording(o.wording);
      Object.assign(set, { wording: o.wording, parsed, parsedAuto: parsed, parsedBy: 'auto' });
      set.overrideReason = null;
    }
    const [after] = await tx
      .update(targets)
      .set(set)
      .where(and(eq(targets.workspaceId, ws), eq(targets.id, o.id)))
      .returning();
    const what = [
      o.wording !== undefined ? `表述改为“${o.wording}”` : '',
      o.controlValue !== undefined ? `控制值 ${o.controlValue ?? '清空'}` : '',
      o.tolerance !== undefined ? `容差 ${o.tolerance ?? '默认'}` : '',
      o.referenceValues !== undefined ? '参照值' : '',
    ].filter(Boolean);
    await audit({
      action: 'target.updated',
      entityType: 'target',
      entityId: o.id,
      summary: `修改目标 ${line.unit.name}·${line.indicator.name}：${what.join('，')}`,
      before: line.target,
      after,
    });
  });
  return presentTargetById(db, ws, o.access, o.id);
}

/** A person corrects what Luoshi read from the words; the automatic reading is kept. */
export async function overrideMeaning(
  db: Db,
  o: z.infer<typeof OverrideMeaningBody> & { actor: Actor; access: TargetAccess; id: string },
): Promise<TargetViewT> {
  const ws = o.actor.workspaceId;
  await writeTx(db, o.actor, async (tx, audit) => {
    const { line } = await lineForManage(tx, ws, o.access, o.id);
    const parsed = { ...o.parsed, text: line.target.wording } as ParsedWording;
    if (parsed.kind === 'numeric' && parsed.comparator === 'range') {
      if (parsed.low === undefined || parsed.high === undefined || parsed.low > parsed.high) {
        throw badRequest('区间目标需要下限和上限，且下限不大于上限', 'parsed');
      }
    }
    const [after] = await tx
      .update(targets)
      .set({ parsed, parsedBy: 'person', overrideReason: o.reason, updatedAt: new Date() })
      .where(and(eq(targets.workspaceId, ws), eq(targets.id, o.id)))
      .returning();
    await audit({
      action: 'target.meaning_corrected',
      entityType: 'target',
      entityId: o.id,
      summary: `更正目标含义 ${line.unit.name}·${line.indicator.name}：${describeParsed(parsed, 'zh')}（理由：${o.reason}）`,
      before: { parsed: line.target.parsed, parsedBy: line.target.parsedBy },
      after: { parsed: after!.parsed, parsedBy: after!.parsedBy, reason: o.reason },
    });
  });
  return presentTargetById(db, ws, o.access, o.id);
}

/** Sets the units' own targets under a plan line, all or nothing. */
export async function decompose(
  db: Db,
  o: z.infer<typeof DecompositionBody> & { actor: Actor; access: TargetAccess; id: string },
): Promise<TargetViewT[]> {
  const ws = o.actor.workspaceId;
  const ids = await writeTx(db, o.actor, async (tx, audit) => {
    const { line, plan } = await lineForManage(tx, ws, o.access, o.id);
    if (line.target.parentId) throw badRequest('只能分解计划本级的目标', 'id');
    const unitIds = o.items.map((i) => i.unitId);
    if (new Set(unitIds).size !== unitIds.length) throw badRequest('同一单位出现了两次', 'items');
    const found = await tx
      .select()
      .from(units)
      .where(and(eq(units.workspaceId, ws), inArray(units.id, unitIds)));
    const byId = new Map(found.map((u) => [u.id, u]));
    const existing = await loadLines(
      tx,
      ws,
      and(eq(targets.parentId, line.target.id), inArray(targets.unitId, unitIds)),
    );
    const byUnit = new Map(existing.map((l) => [l.target.unitId, l]));
    const out: string[] = [];
    for (const [i, item] of o.items.entries()) {
      const unit = byId.get(item.unitId);
      if (!unit || unit.id === plan.unit.id || !pathInScope(unit.path, [plan.unit.path])) {
        throw badRequest(
          `第 ${i + 1} 项：该单位不是 ${plan.unit.name} 的下级单位`,
          `items.${i}.unitId`,
        );
      }
      const parsed = parseTargetWording(item.wording);
      const prev = byUnit.get(unit.id);
      if (prev) {
        if (prev.target.wording === item.wording) {
          out.push(prev.target.id);
          continue;
        }
        await tx
          .update(targets)
          .set({
            wording: item.wording,
            parsed,
            parsedAuto: parsed,
            parsedBy: 'auto',
            overrideReason: null,
            updatedAt: new Date(),
          })
          .where(and(eq(targets.workspaceId, ws), eq(targets.id, prev.target.id)));
        out.push(prev.target.id);
        await audit({
          action: 'target.decomposition_changed',
          entityType: 'target',
          entityId: prev.target.id,
          summary: `修改分解目标 ${unit.name}·${line.indicator.name}：“${prev.target.wording}”→“${item.wording}”`,
          before: { wording: prev.target.wording },
          after: { wording: item.wording, parsed },
        });
        continue;
      }
      const [row] = await tx
        .insert(targets)
        .values({
          workspaceId: ws,
          planId: line.target.planId,
          parentId: line.target.id,
          unitId: unit.id,
          indicatorId: line.indicator.id,
          seq: line.target.seq,
          lineNo: line.target.lineNo,
          wording: item.wording,
          parsed,
          parsedAuto: parsed,
        })
        .returning();
      out.push(row!.id);
      await audit({
        action: 'target.decomposed',
        entityType: 'target',
        entityId: row!.id,
        summary: `分解目标 ${line.indicator.name} 到 ${unit.name}：${item.wording}`,
        after: row,
      });
    }
    return out;
  });
  const plan = await planForRead(db, ws, o.access, (await loadLine(db, ws, o.id))!.target.planId);
  const lines = await loadLines(db, ws, inArray(targets.id, ids));
  return lines.map((l) => presentTarget(l, plan.plan));
}

/** Removes a line (a plan line takes its units' shares with it); reports stay. */
export async function deleteTarget(
  db: Db,
  o: { actor: Actor; access: TargetAccess; id: string },
): Promise<void> {
  const ws = o.actor.workspaceId;
  await writeTx(db, o.actor, async (tx, audit) => {
    const { line } = await lineForManage(tx, ws, o.access, o.id);
    const doomed = await tx
      .select({ id: targets.id })
      .from(targets)
      .where(
        and(eq(targets.workspaceId, ws), or(eq(targets.id, o.id), eq(targets.parentId, o.id))),
      );
    const ids = doomed.map((d) => d.id);
    await tx
      .delete(targetJudgements)
      .where(and(eq(targetJudgements.workspaceId, ws), inArray(targetJudgements.targetId, ids)));
    await tx.delete(targets).where(and(eq(targets.workspaceId, ws), eq(targets.parentId, o.id)));
    await tx.delete(targets).where(and(eq(targets.workspaceId, ws), eq(targets.id, o.id)));
    await audit({
      action: 'target.deleted',
      entityType: 'target',
      entityId: o.id,
      summary: `删除目标 ${line.unit.name}·${line.indicator.name}：${line.target.wording}${ids.length > 1 ? `（含分解目标 ${ids.length - 1} 个）` : ''}`,
      before: line.target,
    });
  });
}

async function presentTargetById(db: DbOrTx, ws: string, access: TargetAccess, id: string) {
  const { line, plan } = await lineForRead(db, ws, access, id);
  return presentTarget(line, plan.plan);
}
