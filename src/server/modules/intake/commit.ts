// The commit: the accepted proposals become a target plan (with indicators created where the
// workspace has none), a matter list and its draft matters (one per lead unit), optionally
// assigned at once, all in ONE transaction through the targets and matters services.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { MATTER_LIMITS } from '../../../core/enums';
import type { TargetLine, TargetProposal, TaskProposal } from '../../../core/intake/types';
import { canonicalIndicatorName } from '../../../core/targets/normalize';
import type { Db, Tx } from '../../db/connection';
import { intakes } from '../../db/schema';
import { writeTx, type Audit } from '../../db/write';
import { AppError, badRequest, conflict } from '../../errors';
import { insertList } from '../matter-lists/service';
import type { Caller } from '../matters/context';
import { assignMatter, insertDraft } from '../matters/service';
import { targetAccess } from '../targets/access';
import { insertIndicator } from '../targets/indicators/service';
import { indicatorsByCanonicalName, insertPlan } from '../targets/plans/service';
import { insertTargets } from '../targets/plans/targets-service';
import type { CommitBody } from './schema';
import { findIntake } from './service';

type Options = z.infer<typeof CommitBody>;

const label = (id: string, what: string) => `提案 ${id}（${what}）`;

/** Prefixes a service's Chinese error with the proposal it came from. */
async function naming<T>(who: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof AppError && e.status < 500) {
      throw new AppError(e.status, e.code, `${who}：${e.message}`, e.field, e.details);
    }
    throw e;
  }
}

function indicatorKind(l: TargetLine, p: TargetProposal) {
  const parsed = l.parsed;
  if (parsed.kind === 'qualitative') return 'qualitative' as const;
  if (p.origin === 'count') return 'count' as const;
  if (parsed.kind === 'numeric' && parsed.measure === 'growth') return 'growth_rate' as const;
  if (parsed.kind === 'numeric' && parsed.unit === '%') return 'ratio' as const;
  return 'level' as const;
}

function measureUnitOf(l: TargetLine, p: TargetProposal): string {
  if (p.measureUnit) return p.measureUnit;
  return l.parsed.kind === 'numeric' && l.parsed.unit ? l.parsed.unit : '%';
}

/** Indicator ids for a target's lines, creating the ones the workspace does not have. */
async function indicatorIdsFor(
  tx: Tx,
  audit: Audit,
  caller: Caller,
  manage: string[],
  p: TargetProposal,
) {
  const ws = caller.auth.workspaceId;
  const byName = await indicatorsByCanonicalName(tx, ws);
  const out: string[] = [];
  for (const l of p.lines) {
    if (!l.indicatorName)
      throw badRequest(`${label(p.id, p.wording)}：请填写指标名称`, 'proposals');
    const found = byName.get(canonicalIndicatorName(l.indicatorName));
    if (found) {
      out.push(found.id);
      continue;
    }
    const kind = indicatorKind(l, p);
    const id = await insertIndicator(tx, audit, {
      workspaceId: ws,
      manage,
      name: l.indicatorName.slice(0, 60),
      measureUnit: measureUnitOf(l, p).slice(0, 12),
      kind,
      cumulative: kind !== 'ratio' && kind !== 'qualitative',
      frequency: p.origin === 'count' ? 'quarterly' : 'monthly',
      description: `由文本转台账从“${p.wording}”新建`,
    });
    out.push(id);
  }
  return out;
}

function taskFields(t: TaskProposal, listId: string, leadUnitId: string, today: string) {
  if (t.deadline.due && t.deadline.due < today) {
    throw badRequest(
      `${label(t.id, t.title)}：期限 ${t.deadline.due} 早于今天，请修改期限或清空`,
      'proposals',
    );
  }
  const nodes = t.deadline.due
    ? [
        {
          title: `${t.deadline.words ?? ''}完成`.replace(/^完成$/, '按期完成').slice(0, 100),
          due: t.deadline.due,
        },
      ]
    : [];
  return {
    title: t.title.slice(0, MATTER_LIMITS.titleMax),
    source: 'key_work' as const,
    listId,
    leadLeader: t.leadLeader.slice(0, MATTER_LIMITS.leaderMax),
    leadUnitId,
    cooperatingUnitIds: t.cooperatingUnitIds.slice(0, MATTER_LIMITS.cooperatorsMax),
    content: t.content.slice(0, MATTER_LIMITS.contentMax),
    complexity: t.deadline.complexity,
    ruleCode: t.deadline.ruleCode,
    nodes,
    tags: ['文本转台账'],
  };
}

export async function commitIntake(db: Db, caller: Caller, id: string, o: Options) {
  const access = targetAccess(caller.auth);
  return writeTx(db, caller.actor, async (tx, audit) => {
    const { intake } = await findIntake(tx, caller.auth, id, true);
    if (intake.status !== 'draft') throw conflict('该文本已创建台账，不会重复创建', 'id');
    const accepted = intake.proposals.filter((p) => p.status === 'accepted');
    const targets = accepted.filter((p): p is TargetProposal => p.kind === 'target');
    const tasks = accepted.filter((p): p is TaskProposal => p.kind === 'task');
    const candidates = accepted.flatMap((p) =>
      p.kind === 'candidate' ? [{ kind: p.candidateKind, name: p.name }] : [],
    );
    if (targets.length === 0 && tasks.length === 0) {
      throw badRequest('还没有采纳任何目标或事项，请先采纳后再创建台账', 'proposals');
    }
    for (const t of tasks) {
      if (t.leadUnitIds.length === 0)
        throw badRequest(`${label(t.id, t.title)}：请指定牵头单位`, 'proposals');
    }

    let planId: string | null = null;
    const targetIds: string[] = [];
    if (targets.length > 0) {
      const plan = await insertPlan(tx, audit, {
        actor: caller.actor,
        access,
        unitId: intake.unitId,
        year: intake.planYear,
        title: o.planTitle ?? `${intake.planYear}年${intake.title}`.slice(0, 80),
        source: `文本转台账：${intake.title}（${intake.sourceName}）`.slice(0, 500),
      });
      planId = plan.id;
      for (const t of targets) {
        await naming(label(t.id, t.wording), async () => {
          const indicatorIds = await indicatorIdsFor(tx, audit, caller, access.manage, t);
          targetIds.push(
            ...(await insertTargets(tx, audit, {
              actor: caller.actor,
              access,
              planId: plan.id,
              wording: t.wording.slice(0, 200),
              indicatorIds,
            })),
          );
        });
      }
    }

    let listId: string | null = null;
    const matterIds: string[] = [];
    if (tasks.length > 0) {
      listId = await insertList(tx, audit, caller, {
        title:
          o.listTitle ?? `${intake.title}重点工作任务清单`.slice(0, MATTER_LIMITS.listTitleMax),
        year: intake.planYear,
        source: 'key_work',
        description: `由文本转台账从《${intake.title}》生成`,
      });
      for (const t of tasks) {
        // 各县(市、区) or 中站、沁阳、博爱: each lead unit gets its own matter.
        for (const leadUnitId of t.leadUnitIds) {
          const fields = taskFields(t, listId, leadUnitId, caller.today);
          const matterId = await naming(label(t.id, t.title), () =>
            insertDraft(tx, caller, fields),
          );
          await audit({
            action: 'matter.created',
            entityType: 'matter',
            entityId: matterId,
            summary: `立项：${fields.title}（文本转台账）`,
            after: fields,
          });
          matterIds.push(matterId);
        }
      }
      if (o.assign) {
        for (const m of matterIds) await assignMatter(tx, audit, caller, m, o.assignedOn);
      }
    }

    await tx
      .update(intakes)
      .set({
        status: 'committed',
        committedAt: new Date(),
        planId,
        listId,
        result: { targetIds, matterIds },
        updatedAt: new Date(),
      })
      .where(and(eq(intakes.workspaceId, intake.workspaceId), eq(intakes.id, id)));
    await audit({
      action: 'intake.committed',
      entityType: 'intake',
      entityId: id,
      summary: `文本转台账：《${intake.title}》创建目标 ${targetIds.length} 个、事项 ${matterIds.length} 个${o.assign ? '（已交办）' : ''}`,
      after: { planId, listId, targets: targetIds.length, matters: matterIds.length, candidates },
    });
    return {
      planId,
      listId,
      targets: targetIds.length,
      matters: matterIds.length,
      assigned: o.assign ? matterIds.length : 0,
      candidates,
    };
  });
}
