import { z } from 'zod';
import { Period, PlanView, StatusView, TargetView, UnitRef } from '../schema';

const Counts = z.object({
  green: z.number(),
  yellow: z.number(),
  red: z.number(),
  /** 未报送: no report yet for a period that is due. */
  notReported: z.number(),
  none: z.number(),
});

export const TableQuery = z.object({
  period: Period.optional(),
  unitId: z.uuid().optional().describe('单位'),
});

export const PlanTableView = z.object({
  plan: PlanView,
  period: z.string(),
  periodLabel: z.string(),
  unit: UnitRef,
  units: z.array(UnitRef),
  rows: z.array(
    z.object({
      target: TargetView,
      status: StatusView,
      units: z.array(
        z.object({
          unitId: z.string(),
          targetId: z.string(),
          wording: z.string(),
          meaning: z.string(),
          status: StatusView,
        }),
      ),
    }),
  ),
  counts: Counts,
  canReport: z.boolean(),
  synthetic: z.boolean(),
  syntheticNote: z.string().nullable(),
});

const Line = z
  .object({ value: z.number().nullable(), low: z.number().nullable(), high: z.number().nullable() })
  .nullable();

export const TargetPageView = z.object({
  plan: PlanView,
  target: TargetView,
  parent: TargetView.nullable(),
  period: z.string(),
  status: StatusView,
  history: z.array(StatusView),
  units: z.array(z.object({ target: TargetView, status: StatusView })),
  trend: z.object({
    periods: z.array(z.string()),
    labels: z.array(z.string()),
    measureUnit: z.string(),
    targetLine: Line,
    series: z.array(
      z.object({
        targetId: z.string(),
        unit: UnitRef,
        self: z.boolean(),
        targetLine: Line,
        values: z.array(z.number().nullable()),
        reportIds: z.array(z.string().nullable()),
      }),
    ),
  }),
});

export const UnitTargetsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).describe('年度'),
  period: Period.optional(),
});

export const UnitTargetsView = z.object({
  unit: UnitRef,
  year: z.number(),
  period: z.string(),
  rows: z.array(z.object({ plan: PlanView, target: TargetView, status: StatusView })),
  counts: Counts,
});

export const RankingQuery = z.object({
  period: Period.optional(),
  basis: z.enum(['actual', 'completion']).optional().describe('排名依据'),
});

export const RankingView = z.object({
  target: TargetView,
  period: z.string(),
  periodLabel: z.string(),
  basis: z.string(),
  basisLabel: z.string(),
  direction: z.string(),
  measureUnit: z.string(),
  groups: z.array(z.object({ group: z.string(), label: z.string() })),
  items: z.array(
    z.object({
      unit: UnitRef,
      targetId: z.string(),
      wording: z.string(),
      value: z.number().nullable(),
      actual: z.number().nullable(),
      reportId: z.string().nullable(),
      groupRank: z.number().nullable(),
      overallRank: z.number().nullable(),
      light: z.string().nullable(),
      verdict: z.string(),
      verdictLabel: z.string(),
    }),
  ),
});
