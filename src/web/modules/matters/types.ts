// Response shapes of the matters API (type-only imports from the server's Zod schemas).
import type { z } from 'zod';
import type {
  MatterDetail as MatterDetailSchema,
  MatterPage as MatterPageSchema,
  MatterSummary as MatterSummarySchema,
  TimelineEntry as TimelineEntrySchema,
} from '../../../server/modules/matters/schema';
import type {
  Deadline as DeadlineSchema,
  Deadlines as DeadlinesSchema,
} from '../../../server/modules/matter-stats/schema';

export type MatterSummary = z.infer<typeof MatterSummarySchema>;
export type MatterDetail = z.infer<typeof MatterDetailSchema>;
export type MatterPage = z.infer<typeof MatterPageSchema>;
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Deadlines = z.infer<typeof DeadlinesSchema>;
export type MineItem = MatterSummary & {
  myRole: 'lead' | 'cooperating';
  lastReport: string | null;
  lastPercent: number | null;
};

export interface Counts {
  open: number;
  red: number;
  yellow: number;
  green: number;
  overdue: number;
}
export type Group = Counts & { id: string | null; name: string };
export interface Board {
  today: string;
  total: Counts;
  byUnit: Group[];
  byList: Group[];
  byLeader: Group[];
}
export type BacklogRow = Counts & {
  unitId: string;
  unitName: string;
  closedThisMonth: number;
  toZero: number;
  clearedToZero: boolean;
};
export interface StatRow {
  unitId: string | null;
  unitName: string;
  assigned: number;
  closed: number;
  closedOnTime: number;
  onTimeRate: string;
  overdueOpen: number;
  feedbackDue: number;
  feedbackOnTime: number;
  feedbackRate: string;
  backlog: number;
  clearedToZero: boolean;
}
export interface Stats {
  month: string;
  asOf: string;
  rows: StatRow[];
  total: StatRow;
}
export interface MatterList {
  id: string;
  title: string;
  year: number;
}
