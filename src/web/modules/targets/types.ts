// Response shapes of the targets API, inferred from the server's own Zod schemas (type-only
// imports: nothing of the server reaches the bundle).
import type { z } from 'zod';
import type { PlanView, StatusView, TargetView } from '../../../server/modules/targets/schema';
import type { ReportView } from '../../../server/modules/targets/reports/schema';
import type {
  PlanTableView,
  RankingView,
  TargetPageView,
  UnitTargetsView,
} from '../../../server/modules/targets/views/schema';

export type Plan = z.infer<typeof PlanView>;
export type Status = z.infer<typeof StatusView>;
export type Target = z.infer<typeof TargetView>;
export type PlanTable = z.infer<typeof PlanTableView>;
export type TargetPage = z.infer<typeof TargetPageView>;
export type Ranking = z.infer<typeof RankingView>;
export type UnitTargets = z.infer<typeof UnitTargetsView>;
export type Report = z.infer<typeof ReportView>;

export interface ReportingStatus {
  period: string;
  deadline: string;
  today: string;
  units: {
    unit: { id: string; name: string; code: string };
    expected: number;
    reported: number;
    missing: string[];
    state: string;
    stateLabel: string;
    light: 'green' | 'yellow' | 'red' | null;
  }[];
}

/** The month a page shows by default: last month of the plan's year, or the current month. */
export function defaultPeriod(year: number): string {
  const now = new Date();
  if (year < now.getFullYear()) return `${year}-12`;
  const month = Math.max(1, now.getMonth());
  return `${year}-${String(month).padStart(2, '0')}`;
}
