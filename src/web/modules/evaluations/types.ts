import type { z } from 'zod';
import type {
  Results as ResultsSchema,
  SchemeDetail as SchemeDetailSchema,
  SchemeSummary as SchemeSummarySchema,
  UnitBreakdown as UnitBreakdownSchema,
} from '../../../server/modules/evaluations/schema';

export type SchemeSummary = z.infer<typeof SchemeSummarySchema>;
export type SchemeDetail = z.infer<typeof SchemeDetailSchema>;
export type Results = z.infer<typeof ResultsSchema>;
export type UnitBreakdown = z.infer<typeof UnitBreakdownSchema>;
