// Zod schemas shared by the targets sub-modules: parsed wording, and the views every page uses.
import { z } from 'zod';
import { MANUAL_VERDICTS, TARGET_LIMITS } from '../../../core/enums';

const num = z.number().finite().min(-TARGET_LIMITS.valueAbsMax).max(TARGET_LIMITS.valueAbsMax);
const levels = z.enum(['national', 'province', 'city', 'higher']);

/** core/targets/wording.ts ParsedWording, as stored and as a person may correct it. */
export const ParsedWordingSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('numeric'),
    comparator: z.enum(['gte', 'lte', 'gt', 'lt', 'about', 'range']).describe('比较方式'),
    value: num.describe('目标值'),
    low: num.optional().describe('区间下限'),
    high: num.optional().describe('区间上限'),
    unit: z.string().max(TARGET_LIMITS.measureUnitMax).nullable().describe('单位'),
    measure: z.enum(['growth', 'level']).describe('增速或总量'),
    implicit: z.boolean().optional(),
    decrease: z.boolean().optional(),
    text: z.string().max(TARGET_LIMITS.wordingMax),
  }),
  z.object({ kind: z.literal('qualitative'), text: z.string().max(TARGET_LIMITS.wordingMax) }),
  z.object({
    kind: z.literal('control'),
    level: levels.describe('控制目标层级'),
    levels: z.array(levels).max(4),
    text: z.string().max(TARGET_LIMITS.wordingMax),
  }),
  z.object({
    kind: z.literal('reference'),
    reference: z.enum([
      'national_average',
      'province_average',
      'city_average',
      'national_and_province_average',
    ]),
    comparator: z.enum(['gt', 'gte', 'lt', 'lte']),
    text: z.string().max(TARGET_LIMITS.wordingMax),
  }),
  z.object({
    kind: z.literal('unreadable'),
    text: z.string().max(TARGET_LIMITS.wordingMax),
    reason: z.string().max(TARGET_LIMITS.reasonMax),
  }),
]);

export const Period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '报告期格式应为 YYYY-MM，如 2022-06')
  .describe('报告期');
export const PeriodQuery = z.object({ period: Period.optional() });
export const IdParams = z.object({ id: z.uuid().describe('编号') });
export const Reason = z.string().trim().min(1).max(TARGET_LIMITS.reasonMax);
export const ManualVerdict = z.enum(MANUAL_VERDICTS);

export const UnitRef = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  rankingGroup: z.string().nullable(),
});

export const IndicatorView = z.object({
  id: z.string(),
  name: z.string(),
  measureUnit: z.string(),
  kind: z.string(),
  direction: z.string(),
  cumulative: z.boolean(),
  frequency: z.string(),
  reportingUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
  description: z.string().nullable(),
  active: z.boolean(),
});

export const PlanView = z.object({
  id: z.string(),
  unit: UnitRef,
  year: z.number(),
  title: z.string(),
  source: z.string().nullable(),
  tolerance: z.number().nullable(),
  reportDueDay: z.number(),
  thresholds: z.object({
    yellowFrom: z.number(),
    redFrom: z.number(),
    notStartedMonths: z.number(),
  }),
  canManage: z.boolean(),
});

export const TargetView = z.object({
  id: z.string(),
  planId: z.string(),
  parentId: z.string().nullable(),
  seq: z.number(),
  lineNo: z.number(),
  unit: UnitRef,
  indicator: IndicatorView,
  wording: z.string(),
  parsed: z.unknown(),
  parsedAuto: z.unknown(),
  parsedBy: z.enum(['auto', 'person']),
  overrideReason: z.string().nullable(),
  /** The parsed meaning in words, shown next to the wording. */
  meaning: z.string(),
  needsPerson: z.boolean(),
  tolerance: z.number().nullable(),
  controlValue: z.number().nullable(),
  referenceValues: z.array(z.number().nullable()).nullable(),
});

export const StatusView = z.object({
  period: z.string(),
  periodLabel: z.string(),
  /** The month judged: the indicator's latest reporting month on or before the period. */
  month: z.number().nullable(),
  actual: z.number().nullable(),
  reportId: z.string().nullable(),
  reportedAt: z.string().nullable(),
  reporterName: z.string().nullable(),
  corrected: z.boolean(),
  synthetic: z.boolean(),
  verdict: z.string(),
  verdictLabel: z.string(),
  light: z.enum(['green', 'yellow', 'red']).nullable(),
  behindPoints: z.number().nullable(),
  detail: z.string(),
  detailEn: z.string(),
  judgement: z
    .object({ verdict: z.string(), reason: z.string(), judgeName: z.string() })
    .nullable(),
});
export type StatusViewT = z.infer<typeof StatusView>;
export type TargetViewT = z.infer<typeof TargetView>;
export type IndicatorViewT = z.infer<typeof IndicatorView>;
export type PlanViewT = z.infer<typeof PlanView>;
