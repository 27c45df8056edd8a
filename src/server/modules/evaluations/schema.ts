// Request and response shapes of evaluations. A scheme's tree travels as flat rows (key,
// parentKey) in the order shown: the same shape as the .xlsx a supervisor imports.
import { z } from 'zod';
import { DIRECTIONS } from '../../../core/enums';

const key = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_.-]+$/, '只能由字母、数字、点、横线、下划线组成');
const name = z.string().trim().min(1).max(100);

export const Normalisation = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('ratio_to_target'),
    target: z.number().positive().describe('目标值'),
    cap: z.number().min(1).max(10).describe('封顶倍数'),
  }),
  z.object({ kind: z.literal('min_max') }),
  z.object({
    kind: z.literal('rank_points'),
    points: z.array(z.number().min(0).max(10)).min(1).max(200).describe('名次得分'),
  }),
  z.object({
    kind: z.literal('threshold'),
    steps: z
      .array(
        z.object({
          from: z.number().describe('档位'),
          factor: z.number().min(0).max(10).describe('得分比例'),
        }),
      )
      .min(1)
      .max(20)
      .describe('分档表'),
  }),
]);

const Source = z.object({
  kind: z.string().trim().min(1).max(60).describe('数据来源'),
  params: z.record(z.string(), z.unknown()).default({}).describe('来源参数'),
});

export const ItemRow = z.object({
  key: key.describe('指标编号'),
  parentKey: key.nullable().default(null).describe('上级指标编号'),
  name: name.describe('指标名称'),
  weight: z.number().positive().max(1000).describe('权重'),
  direction: z.enum(DIRECTIONS).optional().describe('方向'),
  source: Source.optional(),
  normalisation: Normalisation.optional().describe('计分方法'),
  placeholder: z.boolean().default(false).describe('待补充'),
  note: z.string().trim().max(500).default('').describe('说明'),
});

export const AdjustmentRow = z.discriminatedUnion('kind', [
  z.object({
    key: key.describe('加减分项编号'),
    name: name.describe('加减分项名称'),
    kind: z.enum(['bonus', 'penalty']),
    source: Source,
    perUnit: z.number().positive().max(1000).describe('每单位分值'),
    max: z.number().positive().max(1000).describe('最高分值'),
  }),
  z.object({
    key: key.describe('加减分项编号'),
    name: name.describe('加减分项名称'),
    kind: z.literal('veto'),
    source: Source,
    effect: z.enum(['zero', 'cap']).describe('否决方式'),
    cap: z.number().min(0).max(1000).optional().describe('封顶分值'),
  }),
]);

export const UnitEntry = z.object({
  unitId: z.uuid().describe('参评单位'),
  /** Ranking group; the unit's own (县(市)组 / 城区组) when omitted. */
  group: z.string().trim().max(40).nullable().optional().describe('排名组'),
});

export const DefinitionBody = z.object({
  total: z.number().positive().max(10000).default(100).describe('总分'),
  items: z.array(ItemRow).min(1).max(500).describe('指标'),
  adjustments: z.array(AdjustmentRow).max(100).default([]).describe('加减分项'),
  units: z.array(UnitEntry).min(1).max(5000).describe('参评单位'),
  note: z.string().trim().max(500).default('').describe('版本说明'),
});
export type DefinitionBodyT = z.infer<typeof DefinitionBody>;

const period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '应为 YYYY-MM')
  .describe('考核期');

export const CreateSchemeBody = DefinitionBody.extend({
  code: key.describe('方案编号'),
  name: name.describe('方案名称'),
  organiserUnitId: z.uuid().describe('组织单位'),
  source: z.string().trim().max(200).default('').describe('依据'),
  defaultPeriod: period,
});

export const ManualScoreBody = z.object({
  itemKey: key.describe('指标编号'),
  period,
  unitId: z.uuid().describe('单位'),
  value: z.number().min(-10000).max(1000000).describe('分值'),
  reason: z.string().trim().min(2, '请写明评分理由').max(1000).describe('评分理由'),
  evidence: z.string().trim().max(1000).default('').describe('佐证材料'),
});

export const SchemeIdParams = z.object({ id: z.uuid().describe('方案') });
export const UnitResultParams = SchemeIdParams.extend({ unitId: z.uuid().describe('单位') });
export const ResultsQuery = z.object({
  period: period.optional(),
  version: z.coerce.number().int().min(1).optional().describe('版本'),
});

// Responses
const UnitRef = z.object({ id: z.string(), name: z.string() });
export const SchemeSummary = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  source: z.string(),
  organiser: UnitRef,
  defaultPeriod: z.string(),
  latestVersion: z.number(),
  unitCount: z.number(),
  /** The units of the results table the caller sees (its rows; a county: its own). */
  shownUnitCount: z.number(),
  placeholderCount: z.number(),
  canManage: z.boolean(),
});
export const ItemView = z.object({
  key: z.string(),
  parentKey: z.string().nullable(),
  depth: z.number(),
  name: z.string(),
  weight: z.number(),
  points: z.number(),
  isLeaf: z.boolean(),
  direction: z.string().nullable(),
  sourceKind: z.string().nullable(),
  sourceLabel: z.string().nullable(),
  sourceParams: z.record(z.string(), z.unknown()).nullable(),
  normalisationLabel: z.string().nullable(),
  placeholder: z.boolean(),
  note: z.string(),
});
export const SchemeDetail = SchemeSummary.extend({
  version: z.number(),
  versions: z.array(
    z.object({
      version: z.number(),
      note: z.string(),
      createdByName: z.string(),
      createdAt: z.string(),
    }),
  ),
  total: z.number(),
  items: z.array(ItemView),
  adjustments: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      kind: z.string(),
      rule: z.string(),
      sourceLabel: z.string(),
    }),
  ),
  units: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      group: z.string().nullable(),
      groupLabel: z.string(),
    }),
  ),
});

const LeafView = z.object({
  key: z.string(),
  name: z.string(),
  value: z.number().nullable(),
  points: z.number(),
  fullPoints: z.number(),
  bestPoints: z.number(),
  bestUnits: z.array(UnitRef),
  bestValue: z.number().nullable(),
  lostToBest: z.number(),
  lostToFull: z.number(),
  rowsLink: z.string().nullable(),
});
export const ResultRow = z.object({
  unit: UnitRef,
  group: z.string().nullable(),
  groupLabel: z.string(),
  rank: z.number().nullable(),
  groupSize: z.number(),
  total: z.number(),
  base: z.number(),
  adjustmentPoints: z.number(),
  vetoed: z.boolean(),
  lostToBest: z.number(),
  byFirstLevel: z.array(z.object({ key: z.string(), points: z.number() })),
});
export const Results = z.object({
  scheme: z.object({ id: z.string(), name: z.string(), version: z.number() }),
  period: z.string(),
  periodLabel: z.string(),
  asOf: z.string(),
  firstLevel: z.array(z.object({ key: z.string(), name: z.string(), points: z.number() })),
  groups: z.array(z.object({ group: z.string().nullable(), label: z.string() })),
  rows: z.array(ResultRow),
  computeMs: z.number(),
});
export const UnitBreakdown = z.object({
  scheme: z.object({ id: z.string(), name: z.string(), version: z.number() }),
  period: z.string(),
  periodLabel: z.string(),
  row: ResultRow,
  leaves: z.array(LeafView),
  nodes: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      depth: z.number(),
      points: z.number(),
      fullPoints: z.number(),
    }),
  ),
  adjustments: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      kind: z.string(),
      value: z.number().nullable(),
      points: z.number(),
      triggered: z.boolean(),
    }),
  ),
  whatIf: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      value: z.number().nullable(),
      total: z.number(),
      rank: z.number().nullable(),
      gain: z.number(),
    }),
  ),
  manual: z.array(
    z.object({
      itemKey: z.string(),
      value: z.number(),
      reason: z.string(),
      evidence: z.string(),
      enteredByName: z.string(),
      enteredAt: z.string(),
      current: z.boolean(),
    }),
  ),
});
