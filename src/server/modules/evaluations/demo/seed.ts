// Shipped schemes: the Torch Centre's national high-tech zone evaluation (国科发火〔2021〕106号,
// five first-level weights from shared/domain.md §6; the official second-level list is not
// fully public, so rows an administrator must complete are marked 待补充), and a Jiaozuo
// county/district assessment drawn from the demo's targets, matters, 三个一批 projects and
// enterprise titles (seeded before it, see demo/all-seeders.ts), 县(市)组 and 城区组
// ranked apart. Manual scores here are demo data and say so in their reasons.
import { todayInShanghai } from '../../../../core/dates';
import type { Tx } from '../../../db/connection';
import {
  evaluationManualScores,
  evaluationSchemes,
  evaluationSchemeVersions,
} from '../../../db/schema';
import type { CreatedWorkspace } from '../../../workspace/create-workspace';
import { describeProblems, toDefinition } from '../definition';
import type { DefinitionBodyT } from '../schema';
import {
  JIAOZUO_ITEMS,
  JIAOZUO_ADJUSTMENTS,
  TORCH_ITEMS,
  COUNTY_UNIT_CODES,
  DEMO_MANUAL,
} from './data';

async function insertScheme(
  tx: Tx,
  ws: CreatedWorkspace,
  s: {
    code: string;
    name: string;
    source: string;
    organiser: string;
    period: string;
    body: DefinitionBodyT;
  },
): Promise<string> {
  const { problems } = toDefinition(s.body);
  if (problems.length > 0)
    throw new Error(`demo scheme ${s.code}: ${describeProblems(problems).join('; ')}`);
  const id = crypto.randomUUID();
  await tx.insert(evaluationSchemes).values({
    workspaceId: ws.workspaceId,
    id,
    code: s.code,
    name: s.name,
    organiserUnitId: ws.unitIds.get(s.organiser)!,
    source: s.source,
    defaultPeriod: s.period,
  });
  await tx.insert(evaluationSchemeVersions).values({
    workspaceId: ws.workspaceId,
    schemeId: id,
    version: 1,
    definition: {
      total: s.body.total,
      items: s.body.items,
      adjustments: s.body.adjustments,
      units: s.body.units,
    },
    note: s.body.note,
    createdByName: '系统（演示数据）',
  });
  return id;
}

export async function seedDemoEvaluations(
  tx: Tx,
  ws: CreatedWorkspace,
  today = todayInShanghai(new Date()),
) {
  const period = today.slice(0, 7);
  const unit = (code: string) => ws.unitIds.get(code)!;
  await insertScheme(tx, ws, {
    code: 'torch-2021',
    name: '国家高新区综合评价',
    source: '科技部火炬中心《国家高新技术产业开发区综合评价指标体系》（国科发火〔2021〕106号）',
    organiser: '410800',
    period,
    body: {
      total: 100,
      items: TORCH_ITEMS,
      adjustments: [],
      units: [{ unitId: unit('410871'), group: null }],
      note: '一级指标及权重按文件；二级指标仅列可对应本系统数据的几项，其余“待补充”由管理员按原文补全',
    },
  });
  const jz = await insertScheme(tx, ws, {
    code: 'jz-county',
    name: '县（市）区高质量发展综合考核（演示）',
    source: '演示方案：由演示库中的目标指标、督办事项、三个一批项目、企业培育和人工评分构成',
    organiser: '410800',
    period,
    body: {
      total: 100,
      items: JIAOZUO_ITEMS,
      adjustments: JIAOZUO_ADJUSTMENTS,
      units: COUNTY_UNIT_CODES.map((c) => ({ unitId: unit(c) })),
      note: '演示方案：目标类指标取 2022 年目标（演示库中仅有该年度目标）',
    },
  });
  for (const m of DEMO_MANUAL) {
    await tx.insert(evaluationManualScores).values({
      workspaceId: ws.workspaceId,
      schemeId: jz,
      itemKey: m.itemKey,
      period,
      unitId: unit(m.unitCode),
      value: m.value,
      reason: m.reason,
      evidence: m.evidence,
      enteredByName: '系统（演示数据）',
    });
  }
}
