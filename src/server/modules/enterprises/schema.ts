import { z } from 'zod';
import { EVALUATED_KINDS, TITLE_KINDS } from '../../../core/enterprises/criteria';
import { LIMITS } from '../../../core/enums';

export const SCALES = ['above', 'below'] as const;
export const LISTINGS = ['unlisted', 'shareholding', 'regional_equity', 'neeq', 'listed'] as const;
export const TITLE_LEVELS = ['national', 'provincial', 'city'] as const;
export const LADDER_STEPS = ['ge_to_qi', 'xiao_to_gui', 'gui_to_gu', 'gu_to_shang'] as const;
export const TARGET_METRICS = ['new_above_scale', 'new_high_tech', 'new_specialized'] as const;

const text = (max: number, label: string) => z.string().trim().max(max).describe(label);
const money = (label: string) => z.number().min(0).max(1e9).nullable().optional().describe(label);
const count = (label: string) =>
  z.number().int().min(0).max(1e7).nullable().optional().describe(label);
const share = (label: string) => z.number().min(0).max(100).nullable().optional().describe(label);

export const IdParams = z.object({ id: z.uuid().describe('企业') });
export const YearParams = z.object({
  id: z.uuid().describe('企业'),
  year: z.coerce.number().int().min(2000).max(2100).describe('年度'),
});

const Contact = z.object({
  name: text(50, '联系人').min(1),
  phone: text(30, '联系电话'),
  role: text(50, '职务'),
});

export const EnterpriseBody = z.object({
  uscc: z.string().trim().min(1).max(30).describe('统一社会信用代码'),
  name: text(100, '企业名称').min(1),
  formerNames: z.array(text(100, '曾用名').min(1)).max(10).default([]).describe('曾用名'),
  unitId: z.uuid().describe('所属单位'),
  industryCode: z
    .string()
    .trim()
    .regex(/^([A-T](\d{2,4})?)?$/, '国民经济行业分类代码应为门类字母加 2–4 位数字，如 C3985')
    .default('')
    .describe('国民经济行业分类'),
  chain: text(50, '产业链').default(''),
  strategicEmerging: z.boolean().default(false).describe('战略性新兴产业'),
  scale: z.enum(SCALES).default('below').describe('规模'),
  listing: z.enum(LISTINGS).default('unlisted').describe('上市状态'),
  registeredOn: z.iso.date().nullable().optional().describe('成立日期'),
  contacts: z.array(Contact).max(10).default([]).describe('联系人'),
  serviceOfficer: text(50, '首席服务官').default(''),
});
export type EnterpriseInput = z.infer<typeof EnterpriseBody>;

export const ListQuery = z.object({
  q: z.string().trim().max(LIMITS.searchQueryMax).optional().describe('搜索内容'),
  unitId: z.uuid().optional().describe('所属单位'),
  chain: z.string().trim().max(50).optional().describe('产业链'),
  scale: z.enum(SCALES).optional().describe('规模'),
  title: z.enum(TITLE_KINDS).optional().describe('称号'),
  /** Titles granted in this year (the counts by unit link here). */
  titleYear: z.coerce.number().int().min(2000).max(2100).optional().describe('获评年度'),
  metric: z.enum(TARGET_METRICS).optional().describe('培育指标'),
  metricYear: z.coerce.number().int().min(2000).max(2100).optional().describe('指标年度'),
  inPool: z.enum(['true', 'false']).optional().describe('培育库'),
  expiringWithinDays: z.coerce.number().int().min(1).max(3650).optional().describe('即将到期天数'),
  page: z.coerce.number().int().min(1).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50).describe('每页条数'),
});
export type ListFilter = z.infer<typeof ListQuery>;

export const TitleBody = z.object({
  kind: z.enum(TITLE_KINDS).describe('称号'),
  name: text(100, '称号名称').default(''),
  level: z.enum(TITLE_LEVELS).describe('级别'),
  certificateNo: text(60, '证书编号').default(''),
  grantedOn: z.iso.date().describe('认定日期'),
  validTo: z.iso.date().nullable().optional().describe('有效期至'),
});

export const FiguresBody = z.object({
  revenue: money('营业收入（万元）'),
  mainRevenue: money('主营业务收入（万元）'),
  rdExpense: money('研发费用（万元）'),
  rdExpenseDomestic: money('境内研发费用（万元）'),
  employees: count('职工人数'),
  rdStaff: count('研发人员'),
  stStaff: count('科技人员'),
  debtRatio: share('资产负债率（%）'),
  ipClassIHighValue: count('Ⅰ类高价值知识产权'),
  ipClassISelf: count('自主研发Ⅰ类知识产权'),
  ipClassI: count('Ⅰ类知识产权'),
  ipClassII: count('Ⅱ类知识产权'),
  ipMainProductClassI: count('与主导产品相关的Ⅰ类知识产权'),
  equityFinancing: money('新增股权融资（万元）'),
  yearsInNiche: z.number().min(0).max(200).nullable().optional().describe('从事细分市场年限'),
  marketShare: share('国内细分市场占有率（%）'),
  highTechIncomeShare: share('高新技术产品收入占比（%）'),
  zjtxScores: z
    .object({
      specialisation: z.number().min(0).max(25).describe('专业化得分'),
      refinement: z.number().min(0).max(25).describe('精细化得分'),
      characteristic: z.number().min(0).max(15).describe('特色化得分'),
      innovation: z.number().min(0).max(35).describe('创新能力得分'),
    })
    .nullable()
    .optional()
    .describe('专精特新评价得分'),
  htInnovationScore: z
    .number()
    .min(0)
    .max(100)
    .nullable()
    .optional()
    .describe('高企创新能力评价得分'),
  flags: z
    .array(
      z.enum(['stAward3y', 'provincialRdInstitution', 'provincialAwardTop3', 'makerChinaTop500']),
    )
    .max(4)
    .default([])
    .describe('直通条件'),
});
export type FiguresInput = z.infer<typeof FiguresBody>;

export const BatchFiguresBody = z.object({
  year: z.number().int().min(2000).max(2100).describe('年度'),
  rows: z
    .array(FiguresBody.extend({ enterpriseId: z.uuid().describe('企业') }))
    .min(1)
    .max(500)
    .describe('经营数据'),
});

export const CriteriaBody = z.object({
  titleKind: z.enum(EVALUATED_KINDS).describe('称号'),
  name: text(100, '标准名称').min(1),
  source: text(100, '依据文件').min(1),
  effectiveFrom: z.iso.date().describe('施行日期'),
  params: z.record(z.string(), z.unknown()).describe('标准参数'),
});

export const EvalQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).describe('年度'),
  kind: z.enum(EVALUATED_KINDS).optional().describe('称号'),
  unitId: z.uuid().optional().describe('所属单位'),
});

export const PoolBody = z.object({
  enterpriseId: z.uuid().describe('企业'),
  year: z.number().int().min(2000).max(2100).describe('年度'),
  targetKind: z.enum(TITLE_KINDS).describe('培育方向'),
  note: text(200, '说明').default(''),
});
export const PoolFromNearBody = z.object({
  year: z.number().int().min(2000).max(2100).describe('年度'),
  kind: z.enum(EVALUATED_KINDS).describe('称号'),
});

export const LadderBody = z.object({
  step: z.enum(LADDER_STEPS).describe('阶梯'),
  reachedOn: z.iso.date().nullable().describe('达成日期'),
});

export const TargetsBody = z.object({
  year: z.number().int().min(2000).max(2100).describe('年度'),
  items: z
    .array(
      z.object({
        unitId: z.uuid().describe('单位'),
        metric: z.enum(TARGET_METRICS).describe('指标'),
        target: z.number().int().min(0).max(100000).describe('目标数'),
      }),
    )
    .max(500)
    .describe('目标'),
});

export const ProblemBody = z.object({
  title: text(200, '问题').min(1),
  content: text(2000, '问题描述').default(''),
  leadUnitId: z.uuid().describe('牵头单位'),
  complexity: z.enum(['ordinary', 'complex']).default('ordinary').describe('复杂程度'),
});
