import { z } from 'zod';
import { TARGET_LIMITS } from '../../../../core/enums';
import { ManualVerdict, Period, Reason } from '../schema';

export const SubmitReportBody = z.object({
  period: Period,
  value: z
    .number()
    .finite()
    .min(-TARGET_LIMITS.valueAbsMax)
    .max(TARGET_LIMITS.valueAbsMax)
    .nullable()
    .describe('本期值'),
  note: z.string().trim().max(TARGET_LIMITS.noteMax).nullable().optional().describe('说明'),
  correctionReason: Reason.optional().describe('更正原因'),
});

export const JudgeBody = z.object({
  period: Period,
  verdict: ManualVerdict.describe('判定'),
  reason: Reason.describe('判定理由'),
});

export const ReportView = z.object({
  id: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  value: z.number().nullable(),
  note: z.string().nullable(),
  current: z.boolean(),
  correctsId: z.string().nullable(),
  correctionReason: z.string().nullable(),
  reporterName: z.string(),
  reportedAt: z.string(),
  synthetic: z.boolean(),
});

export const JudgementView = z.object({
  id: z.string(),
  period: z.string(),
  verdict: z.string(),
  reason: z.string(),
  current: z.boolean(),
  judgeName: z.string(),
  judgedAt: z.string(),
});

export const ReportsQuery = z.object({ period: Period.optional() });

export const ReportingUnitView = z.object({
  unit: z.object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    rankingGroup: z.string().nullable(),
  }),
  expected: z.number(),
  reported: z.number(),
  missing: z.array(z.string()),
  firstReportedAt: z.string().nullable(),
  state: z.string(),
  stateLabel: z.string(),
  light: z.enum(['green', 'yellow', 'red']).nullable(),
});
