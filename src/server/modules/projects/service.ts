import { and, eq, sql } from 'drizzle-orm';
import { monthOf } from '../../../core/dates';
import { checkStageOrder, STAGES, type StageDates } from '../../../core/projects/stages';
import type { Db, Tx } from '../../db/connection';
import { projectInvestments, projectProblems, projects, projectSettings } from '../../db/schema';
import { writeTx, type Audit } from '../../db/write';
import { AppError, badRequest, forbidden, notFound } from '../../errors';
import type { Caller } from '../matters/context';
import { assignMatter, insertDraft } from '../matters/service';
import { covers, projectScope, requirePaths } from './access';
import { refreshLatestInvestment } from './investment-latest';
import { findProject, unitById } from './queries';
import { PROBLEM_LABELS, type ProjectInput } from './schema';
import type { z } from 'zod';
import type { BatchInvestmentBody, ProblemBody } from './schema';

const FIELD_LABELS: Record<string, string> = {
  name: '项目名称',
  unitId: '所属单位',
  owner: '业主单位',
  industry: '行业',
  chain: '产业链',
  level: '项目级别',
  totalInvestment: '总投资',
  annualPlan: '年度计划投资',
  planYear: '计划年度',
  periodStart: '建设起始日期',
  periodEnd: '建设结束日期',
  signedOn: '签约日期',
  startedOn: '开工日期',
  producingOn: '投产日期',
  performingOn: '达效日期',
  completedOn: '竣工日期',
  location: '项目地点',
  taskForceLeader: '专班负责人',
  taskForceMembers: '专班成员',
  notes: '进展情况',
};
export const fieldLabel = (f: string) => FIELD_LABELS[f] ?? f;

/** Stage dates in order, not in the future, and the construction period the right way round. */
function validate(p: ProjectInput, caller: Caller) {
  const err = checkStageOrder(p as StageDates);
  if (err) throw badRequest(err.messageZh, err.later);
  for (const s of STAGES) {
    const v = p[s];
    if (v && v > caller.today) throw badRequest(`${fieldLabel(s)}（${v}）不能晚于今天`, s);
  }
  if (p.periodStart && p.periodEnd && p.periodEnd < p.periodStart) {
    throw badRequest(
      `建设结束日期（${p.periodEnd}）不能早于建设起始日期（${p.periodStart}）`,
      'periodEnd',
    );
  }
}

async function checkUnit(tx: Tx, caller: Caller, unitId: string) {
  const unit = await unitById(tx, caller.auth.workspaceId, unitId);
  if (!unit || !unit.active || !covers(caller.auth, ['supervisor', 'liaison'], unit.path)) {
    throw notFound('所属单位');
  }
}

function requireEditor(caller: Caller) {
  if (projectScope(caller.auth, ['supervisor', 'liaison']).length === 0) {
    throw forbidden('只有督查人员和单位联络员可以维护项目');
  }
}

export async function createProject(
  db: Db,
  caller: Caller,
  input: ProjectInput,
  synthetic = false,
) {
  requireEditor(caller);
  return writeTx(db, caller.actor, (tx, audit) =>
    insertProject(tx, audit, caller, input, synthetic),
  );
}

export async function insertProject(
  tx: Tx,
  audit: Audit,
  caller: Caller,
  input: ProjectInput,
  synthetic = false,
): Promise<string> {
  validate(input, caller);
  await checkUnit(tx, caller, input.unitId);
  const id = crypto.randomUUID();
  await tx
    .insert(projects)
    .values({ ...input, workspaceId: caller.auth.workspaceId, id, synthetic });
  await audit({
    action: 'project.created',
    entityType: 'project',
    entityId: id,
    summary: `新建项目：${input.name}`,
    after: input,
  });
  return id;
}

/** Edits a project; the audit event keeps each changed field before and after. */
export async function updateProject(
  db: Db,
  caller: Caller,
  id: string,
  patch: Partial<ProjectInput>,
) {
  requireEditor(caller);
  await writeTx(db, caller.actor, async (tx, audit) => {
    const ws = caller.auth.workspaceId;
    await tx.execute(
      sql`select 1 from projects where workspace_id = ${ws} and id = ${id} for update`,
    );
    const row = await findProject(tx, ws, id, projectScope(caller.auth));
    if (!row) throw notFound('项目');
    if (!covers(caller.auth, ['supervisor', 'liaison'], row.unitPath))
      throw forbidden('无权修改该项目');
    const current = Object.fromEntries(
      Object.keys(FIELD_LABELS).map((k) => [k, row[k as keyof typeof row]]),
    ) as unknown as ProjectInput;
    const merged = { ...current, ...patch } as ProjectInput;
    validate(merged, caller);
    if (patch.unitId && patch.unitId !== row.unitId) await checkUnit(tx, caller, patch.unitId);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(patch)) {
      const old = current[k as keyof ProjectInput] ?? null;
      if ((v ?? null) !== old) {
        before[k] = old;
        after[k] = v ?? null;
      }
    }
    if (Object.keys(after).length === 0) return;
    await tx
      .update(projects)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(and(eq(projects.workspaceId, ws), eq(projects.id, id)));
    // Another plan year means another year's reports count as the latest figure.
    if ('planYear' in after) await refreshLatestInvestment(tx, ws, [id]);
    await audit({
      action: 'project.updated',
      entityType: 'project',
      entityId: id,
      summary: `修改项目：${merged.name}（${Object.keys(after).map(fieldLabel).join('、')}）`,
      before,
      after,
    });
  });
}

/** Saves one month's year-to-date figure; the unit's liaison (or a supervisor) reports it. */
export async function reportInvestment(
  tx: Tx,
  audit: Audit,
  caller: Caller,
  projectId: string,
  month: string,
  ytdCompleted: number,
  synthetic = false,
) {
  const ws = caller.auth.workspaceId;
  // The role first: without it anywhere the answer is 403, not "no such project" (404).
  requirePaths(caller.auth, ['supervisor', 'liaison'], '无权填报投资完成情况');
  const row = await findProject(tx, ws, projectId, projectScope(caller.auth));
  if (!row) throw notFound('项目');
  if (!covers(caller.auth, ['supervisor', 'liaison'], row.unitPath)) {
    throw forbidden(`无权填报「${row.name}」的投资完成情况`);
  }
  if (month > monthOf(caller.today)) throw badRequest(`月份（${month}）不能晚于本月`, 'month');
  const [old] = await tx
    .select({ v: projectInvestments.ytdCompleted })
    .from(projectInvestments)
    .where(
      and(
        eq(projectInvestments.workspaceId, ws),
        eq(projectInvestments.projectId, projectId),
        eq(projectInvestments.month, month),
      ),
    );
  const values = {
    workspaceId: ws,
    projectId,
    month,
    ytdCompleted,
    reportedBy: caller.actor.userId,
    reportedByName: caller.actor.name,
    synthetic,
  };
  await tx
    .insert(projectInvestments)
    .values(values)
    .onConflictDoUpdate({
      target: [
        projectInvestments.workspaceId,
        projectInvestments.projectId,
        projectInvestments.month,
      ],
      set: {
        ytdCompleted,
        reportedBy: values.reportedBy,
        reportedByName: values.reportedByName,
        updatedAt: sql`now()`,
      },
    });
  await refreshLatestInvestment(tx, ws, [projectId]);
  await audit({
    action: 'project.investment_reported',
    entityType: 'project',
    entityId: projectId,
    summary: `填报投资：${row.name} ${month} 本年累计完成 ${ytdCompleted} 万元`,
    before: old ? { month, ytdCompleted: old.v } : null,
    after: { month, ytdCompleted },
  });
}

/** A unit's whole month on one screen: all rows saved, or none (errors name the rows). */
export async function reportInvestmentBatch(
  db: Db,
  caller: Caller,
  body: z.infer<typeof BatchInvestmentBody>,
) {
  // A reader's batch is refused whole (403), not as one row error per project (400).
  requirePaths(caller.auth, ['supervisor', 'liaison'], '无权填报投资完成情况');
  await writeTx(db, caller.actor, async (tx, audit) => {
    const errors: string[] = [];
    for (const [i, item] of body.items.entries()) {
      try {
        await reportInvestment(tx, audit, caller, item.projectId, body.month, item.ytdCompleted);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        errors.push(`第 ${i + 1} 行：${e.message}`);
      }
    }
    if (errors.length > 0) {
      throw new AppError(
        400,
        'bad_request',
        `有 ${errors.length} 行未通过检查，均未保存`,
        'items',
        errors,
      );
    }
  });
}

/**
 * A problem needing help (要素保障) becomes a supervised matter, assigned at once so its 13710
 * deadlines run from today; the problem row links the two.
 */
export async function raiseProblem(
  db: Db,
  caller: Caller,
  projectId: string,
  body: z.infer<typeof ProblemBody>,
): Promise<{ id: string; matterId: string }> {
  requirePaths(caller.auth, ['supervisor'], '只有督查人员可以将问题转为督办事项');
  return writeTx(db, caller.actor, async (tx, audit) => {
    const ws = caller.auth.workspaceId;
    const row = await findProject(tx, ws, projectId, projectScope(caller.auth));
    if (!row) throw notFound('项目');
    if (!covers(caller.auth, ['supervisor'], row.unitPath))
      throw forbidden('只有督查人员可以将问题转为督办事项');
    const kind = PROBLEM_LABELS[body.kind];
    const matterId = await insertDraft(tx, caller, {
      title: `【要素保障·${kind}】${row.name}：${body.description.slice(0, 60)}`,
      source: 'other',
      listId: null,
      leadLeader: body.leadLeader,
      leadUnitId: body.leadUnitId ?? row.unitId,
      cooperatingUnitIds: body.leadUnitId && body.leadUnitId !== row.unitId ? [row.unitId] : [],
      content: `项目：${row.name}（${row.unitName}）\n问题类型：${kind}\n${body.description}`,
      complexity: 'ordinary',
      nodes: [],
      tags: ['要素保障', kind],
    });
    await assignMatter(tx, audit, caller, matterId);
    const id = crypto.randomUUID();
    await tx.insert(projectProblems).values({
      workspaceId: ws,
      id,
      projectId,
      kind: body.kind,
      description: body.description,
      matterId,
      raisedBy: caller.actor.userId,
    });
    await audit({
      action: 'project.problem_raised',
      entityType: 'project',
      entityId: projectId,
      summary: `项目问题转督办：${row.name}（${kind}）`,
      after: { problemId: id, matterId, ...body },
    });
    return { id, matterId };
  });
}

export async function saveReportRules(
  db: Db,
  caller: Caller,
  rules: { yellowAfterDays: number; redAfterDays: number },
) {
  if (projectScope(caller.auth, ['supervisor']).length === 0)
    throw forbidden('只有督查人员可以修改填报规则');
  await writeTx(db, caller.actor, async (tx, audit) => {
    const ws = caller.auth.workspaceId;
    await tx
      .insert(projectSettings)
      .values({ workspaceId: ws, ...rules })
      .onConflictDoUpdate({
        target: projectSettings.workspaceId,
        set: { ...rules, updatedAt: sql`now()` },
      });
    await audit({
      action: 'project.settings_updated',
      entityType: 'project_settings',
      entityId: ws,
      summary: `投资填报提醒：${rules.yellowAfterDays} 天黄灯，${rules.redAfterDays} 天红灯`,
      after: rules,
    });
  });
}
