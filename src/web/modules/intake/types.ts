// Response shapes of the intake API (type-only imports from the server's Zod schemas).
import type { z } from 'zod';
import type {
  CommitResult as CommitResultSchema,
  IntakeSummary as IntakeSummarySchema,
  IntakeView as IntakeViewSchema,
} from '../../../server/modules/intake/schema';

export type IntakeSummary = z.infer<typeof IntakeSummarySchema>;
export type IntakeView = z.infer<typeof IntakeViewSchema>;
export type ProposalView = IntakeView['proposals'][number];
export type TaskView = Extract<ProposalView, { kind: 'task' }>;
export type CommitResult = z.infer<typeof CommitResultSchema>;
export type ReviewOp =
  | { op: 'accept' | 'reject' | 'reset'; ids: string[] }
  | { op: 'edit'; id: string; changes: Record<string, unknown> }
  | { op: 'assign'; ids: string[]; leadUnitIds: string[]; cooperatingUnitIds?: string[] }
  | { op: 'merge'; ids: string[] }
  | { op: 'split'; id: string; titles: string[] };
