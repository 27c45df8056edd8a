import { z } from 'zod';
import { LIMITS } from '../../../core/enums';
import { LISTS, STAGE_KEYS } from '../../../core/projects/stages';

import { PROBLEM_KINDS, PROJECT_LEVELS } from '../../../core/projects/labels';

export {
  LEVEL_LABELS,
  PROBLEM_KINDS,
  PROBLEM_LABELS,
  PROJECT_LEVELS,
} from '../../../core/projects/labels';

const text = (max: number, label: string) => z.string().trim().max(max).describe(label);
const date = (label: string) => z.iso.date().nullable().optional().describe(label);
const amount = (label: string) => z.number().min(0).max(1e10).describe(label);

export const ProjectIdParams = z.object({ id: z.uuid().describe('项目') });

export const ProjectBody = z.object({
  name: text(200, '项目名称').min(1),
  unitId: z.uuid().describe('所属单位'),
  owner: text(200, '业主单位').optional(),
  industry: text(100, '行业').optional(),
  chain: text(100, '产业链').optional(),
  level: z.enum(PROJECT_LEVELS).describe('项目级别'),
  totalInvestment: amount('总投资（万元）').optional(),
  annualPlan: amount('年度计划投资（万元）').optional(),
  planYear: z.number().int().min(2000).max(2100).describe('计划年度'),
  periodStart: date('建设起始日期'),
  periodEnd: date('建设结束日期'),
  signedOn: date('签约日期'),
  startedOn: date('开工日期'),
  producingOn: date('投产日期'),
  performingOn: date('达效日期'),
  completedOn: date('竣工日期'),
  location: text(200, '项目地点').optional(),
  taskForceLeader: text(100, '专班负责人').optional(),
  taskForceMembers: text(1000, '专班成员').optional(),
  notes: text(2000, '进展情况').optional(),
});
export type ProjectInput = z.infer<typeof ProjectBody>;
export const ProjectPatch = ProjectBody.partial();

export const ListProjectsQuery = z.object({
  unitId: z.uuid().optional().describe('所属单位'),
  level: z.enum(PROJECT_LEVELS).optional().describe('项目级别'),
  programme: z.uuid().optional().describe('项目计划'),
  round: z.coerce.number().int().min(1).optional().describe('期次'),
  cumulative: z.enum(['true', 'false']).optional().describe('累计'),
  list: z.enum(LISTS).optional().describe('清单'),
  reached: z
    .enum(Object.values(STAGE_KEYS) as [string, ...string[]])
    .optional()
    .describe('已达阶段'),
  notReached: z
    .enum(Object.values(STAGE_KEYS) as [string, ...string[]])
    .optional()
    .describe('未达阶段'),
  light: z.enum(['red', 'yellow', 'green']).optional().describe('填报灯'),
  q: z.string().trim().max(LIMITS.searchQueryMax).optional().describe('搜索内容'),
  page: z.coerce.number().int().min(1).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50).describe('每页条数'),
});
export type ProjectFilter = z.infer<typeof ListProjectsQuery>;

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM')
  .describe('月份');
export const InvestmentParams = z.object({ id: z.uuid().describe('项目'), month });
export const InvestmentBody = z.object({ ytdCompleted: amount('本年累计完成投资（万元）') });
export const BatchInvestmentBody = z.object({
  month,
  items: z
    .array(
      z.object({
        projectId: z.uuid().describe('项目'),
        ytdCompleted: amount('本年累计完成投资（万元）'),
      }),
    )
    .min(1)
    .max(2000)
    .describe('投资完成情况'),
});
export const InvestmentFormQuery = z.object({
  month,
  unitId: z.uuid().optional().describe('所属单位'),
});

export const ProblemBody = z.object({
  kind: z.enum(PROBLEM_KINDS).describe('问题类型'),
  description: text(2000, '问题描述').min(1),
  leadUnitId: z.uuid().optional().describe('责任单位'),
  leadLeader: text(50, '牵头领导').default(''),
});

export const ProgrammeIdParams = z.object({ id: z.uuid().describe('项目计划') });
export const DashboardQuery = z.object({
  round: z.coerce.number().int().min(1).optional().describe('期次'),
  cumulative: z.enum(['true', 'false']).default('true').describe('累计'),
});
export const EntryBody = z.object({
  round: z.number().int().min(1).nullable().describe('期次'),
  list: z.enum(LISTS).describe('清单'),
  projectId: z.uuid().describe('项目'),
});
export const ProgrammeBody = z.object({
  name: text(200, '项目计划名称').min(1),
  kind: z.enum(['three_batches', 'plain']).describe('类型'),
  description: text(2000, '说明').default(''),
});
export const RoundBody = z.object({
  name: text(20, '期次名称').min(1).optional(),
  heldOn: z.iso.date().describe('发布日期'),
});
export const SettingsBody = z
  .object({
    yellowAfterDays: z.number().int().min(0).max(60).describe('黄灯天数'),
    redAfterDays: z.number().int().min(1).max(120).describe('红灯天数'),
  })
  .refine((s) => s.redAfterDays > s.yellowAfterDays, {
    message: '红灯天数须大于黄灯天数',
    path: ['redAfterDays'],
  });

// Responses

const UnitRef = z.object({ id: z.string(), name: z.string() });
export const ProjectSummary = z.object({
  id: z.string(),
  name: z.string(),
  owner: z.string(),
  unit: UnitRef,
  industry: z.string(),
  level: z.string(),
  levelLabel: z.string(),
  totalInvestment: z.number(),
  annualPlan: z.number(),
  planYear: z.number(),
  signedOn: z.string().nullable(),
  startedOn: z.string().nullable(),
  producingOn: z.string().nullable(),
  performingOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  stageLabel: z.string(),
  ytdMonth: z.string().nullable(),
  ytdCompleted: z.number().nullable(),
  investmentRate: z.number().nullable(),
  reportLight: z.string(),
  reportLightReason: z.string(),
  synthetic: z.boolean(),
});
export const ProjectPage = z.object({
  items: z.array(ProjectSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export const ProjectDetail = ProjectSummary.extend({
  chain: z.string(),
  periodStart: z.string().nullable(),
  periodEnd: z.string().nullable(),
  location: z.string(),
  taskForceLeader: z.string(),
  taskForceMembers: z.string(),
  notes: z.string(),
  investments: z.array(
    z.object({ month: z.string(), ytdCompleted: z.number(), reportedByName: z.string() }),
  ),
  lists: z.array(
    z.object({
      programmeId: z.string(),
      programme: z.string(),
      round: z.string().nullable(),
      list: z.string(),
    }),
  ),
  problems: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      kindLabel: z.string(),
      description: z.string(),
      matterId: z.string(),
      matterStatus: z.string(),
      finalDue: z.string().nullable(),
      light: z.string(),
      lightReason: z.string(),
      leadUnit: z.string(),
    }),
  ),
  actions: z.array(z.string()),
});
export type ProjectDetailT = z.infer<typeof ProjectDetail>;

export const HistoryEntry = z.object({
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  summary: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
});

const StageRate = z.object({
  stage: z.string(),
  key: z.string(),
  label: z.string(),
  reached: z.number(),
  rate: z.number().nullable(),
});
const ListRates = z.object({
  list: z.string(),
  label: z.string(),
  listed: z.number(),
  rates: z.array(StageRate),
});
export const InvestmentSummary = z.object({
  plan: z.number(),
  completed: z.number(),
  rate: z.number().nullable(),
  projects: z.number(),
  missing: z.number(),
});
export const RankingRow = z.object({
  unit: UnitRef,
  /** GB/T 2260 code: places the unit on the map. */
  code: z.string(),
  /** Distinct projects of the unit in the view (the map's figure). */
  projects: z.number(),
  /** Whether the caller sees the unit's projects (a county's liaison: its own row only). */
  visible: z.boolean(),
  group: z.string().nullable(),
  groupLabel: z.string(),
  lists: z.array(ListRates),
  investment: InvestmentSummary,
  ranks: z.record(z.string(), z.number().nullable()),
});
export const Dashboard = z.object({
  programme: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.string(),
    description: z.string(),
    synthetic: z.boolean(),
  }),
  rounds: z.array(z.object({ seq: z.number(), name: z.string(), heldOn: z.string() })),
  round: z.number().nullable(),
  cumulative: z.boolean(),
  asOf: z.string(),
  lists: z.array(ListRates),
  perRound: z.array(z.object({ seq: z.number(), name: z.string(), lists: z.array(ListRates) })),
  funnel: z.array(
    z.object({ stage: z.string(), key: z.string(), label: z.string(), count: z.number() }),
  ),
  investment: InvestmentSummary,
  byLevel: z.array(InvestmentSummary.extend({ level: z.string(), levelLabel: z.string() })),
  ranking: z.array(RankingRow),
});
export type DashboardT = z.infer<typeof Dashboard>;
const TrendPoint = z.object({
  month: z.string(),
  plan: z.number(),
  completed: z.number(),
  rate: z.number().nullable(),
  reported: z.number(),
});
export const Trend = z.object({
  year: z.number(),
  months: z.array(z.string()),
  overall: z.array(TrendPoint),
  units: z.array(z.object({ unit: UnitRef, projects: z.number(), points: z.array(TrendPoint) })),
});
export type TrendT = z.infer<typeof Trend>;
export const ProgrammeList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.string(),
      rounds: z.number(),
      synthetic: z.boolean(),
    }),
  ),
});
export const InvestmentForm = z.object({
  month: z.string(),
  items: z.array(
    z.object({
      projectId: z.string(),
      name: z.string(),
      unit: z.string(),
      annualPlan: z.number(),
      previous: z.number().nullable(),
      ytdCompleted: z.number().nullable(),
    }),
  ),
});
