// Response shapes of the projects API (type-only imports from the server's Zod schemas).
import type { z } from 'zod';
import type {
  Dashboard,
  HistoryEntry,
  InvestmentForm,
  ProgrammeList,
  ProjectDetail,
  ProjectPage,
  Trend,
} from '../../../server/modules/projects/schema';

export type DashboardT = z.infer<typeof Dashboard>;
export type ProjectPageT = z.infer<typeof ProjectPage>;
export type ProjectDetailT = z.infer<typeof ProjectDetail>;
export type ProgrammeListT = z.infer<typeof ProgrammeList>;
export type InvestmentFormT = z.infer<typeof InvestmentForm>;
export type HistoryEntryT = z.infer<typeof HistoryEntry>;
export type TrendT = z.infer<typeof Trend>;
