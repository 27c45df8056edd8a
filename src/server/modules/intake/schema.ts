import { z } from 'zod';
import { MATTER_LIMITS, TARGET_LIMITS } from '../../../core/enums';

/** A whole report: about 30k characters (seed 003, the longest page, is 21k). */
export const INTAKE_TEXT_MAX = 30_000;
export const INTAKE_UPLOAD_MAX_BYTES = 2 * 1024 * 1024;
const OPS_MAX = 500;

export const IntakeParams = z.object({ id: z.uuid().describe('文本') });

const title = z.string().trim().min(1).max(80).describe('文本标题');
const planYear = z.number().int().min(2000).max(2100).describe('计划年度');

export const CreateIntakeBody = z.object({
  title,
  planYear,
  text: z.string().trim().min(1).max(INTAKE_TEXT_MAX).describe('文本内容'),
});

export const UploadQuery = z.object({
  title: title.optional(),
  planYear: z.coerce.number().int().min(2000).max(2100).describe('计划年度'),
});

const ids = z.array(z.string().min(1).max(20)).min(1).max(OPS_MAX).describe('提案');
const unitIds = (label: string) =>
  z.array(z.uuid()).max(MATTER_LIMITS.cooperatorsMax).describe(label);

export const ReviewOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.enum(['accept', 'reject', 'reset']), ids }),
  z.object({
    op: z.literal('edit'),
    id: z.string().min(1).max(20).describe('提案'),
    changes: z.object({
      title: z.string().max(MATTER_LIMITS.titleMax).optional().describe('事项名称'),
      content: z.string().max(MATTER_LIMITS.contentMax).optional().describe('事项内容'),
      leadUnitIds: unitIds('牵头单位').optional(),
      cooperatingUnitIds: unitIds('配合单位').optional(),
      leadLeader: z.string().max(MATTER_LIMITS.leaderMax).optional().describe('牵头领导'),
      due: z.iso.date().nullable().optional().describe('期限'),
      complexity: z.enum(['ordinary', 'complex']).optional().describe('复杂程度'),
      wording: z.string().max(TARGET_LIMITS.wordingMax).optional().describe('目标表述'),
      name: z.string().max(100).optional().describe('名称'),
    }),
  }),
  z.object({
    op: z.literal('assign'),
    ids,
    leadUnitIds: unitIds('牵头单位').min(1),
    cooperatingUnitIds: unitIds('配合单位').optional(),
  }),
  z.object({ op: z.literal('merge'), ids }),
  z.object({
    op: z.literal('split'),
    id: z.string().min(1).max(20).describe('提案'),
    titles: z
      .array(z.string().max(MATTER_LIMITS.titleMax))
      .min(2)
      .max(20)
      .describe('拆分后的事项名称'),
  }),
]);

export const PatchIntakeBody = z.object({
  ops: z.array(ReviewOpSchema).min(1).max(50).describe('操作'),
});

export const CommitBody = z.object({
  planTitle: z
    .string()
    .trim()
    .min(1)
    .max(TARGET_LIMITS.planTitleMax)
    .optional()
    .describe('目标计划名称'),
  listTitle: z
    .string()
    .trim()
    .min(1)
    .max(MATTER_LIMITS.listTitleMax)
    .optional()
    .describe('清单名称'),
  /** Assign (交办) the matters at once: 13710 deadlines are computed and lights go live. */
  assign: z.boolean().default(false).describe('立即交办'),
  assignedOn: z.iso.date().optional().describe('交办日期'),
});

const Span = z.object({ start: z.number(), end: z.number(), field: z.string() });
const Base = {
  id: z.string(),
  section: z.string(),
  sectionIndex: z.number(),
  start: z.number(),
  end: z.number(),
  spans: z.array(Span),
  confidence: z.number(),
  flags: z.array(z.string()),
  status: z.enum(['pending', 'accepted', 'rejected']),
};
const ProposalView = z.discriminatedUnion('kind', [
  z.object({
    ...Base,
    kind: z.literal('target'),
    origin: z.enum(['expected', 'count']),
    wording: z.string(),
    lines: z.array(
      z.object({ indicatorName: z.string().nullable(), parsed: z.unknown(), meaning: z.string() }),
    ),
    measureUnit: z.string().nullable(),
  }),
  z.object({
    ...Base,
    kind: z.literal('task'),
    title: z.string(),
    content: z.string(),
    leadUnitIds: z.array(z.string()),
    cooperatingUnitIds: z.array(z.string()),
    leadLeader: z.string(),
    deadline: z.object({
      due: z.string().nullable(),
      words: z.string().nullable(),
      ruleCode: z.string(),
      complexity: z.enum(['ordinary', 'complex']),
    }),
  }),
  z.object({
    ...Base,
    kind: z.literal('candidate'),
    candidateKind: z.enum(['project', 'enterprise']),
    name: z.string(),
  }),
]);

export const IntakeSummary = z.object({
  id: z.string(),
  title: z.string(),
  planYear: z.number(),
  sourceName: z.string(),
  status: z.enum(['draft', 'committed']),
  unit: z.object({ id: z.string(), name: z.string() }),
  counts: z.object({
    total: z.number(),
    accepted: z.number(),
    rejected: z.number(),
    flagged: z.number(),
  }),
  editCount: z.number(),
  extractionMs: z.number(),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
  planId: z.string().nullable(),
  listId: z.string().nullable(),
});

export const IntakeView = IntakeSummary.extend({
  text: z.string(),
  sections: z.array(
    z.object({ title: z.string(), level: z.number(), start: z.number(), end: z.number() }),
  ),
  proposals: z.array(ProposalView),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  /** True when the same text was submitted before: the earlier draft is returned. */
  existing: z.boolean(),
});
export type IntakeViewT = z.infer<typeof IntakeView>;

export const CommitResult = z.object({
  planId: z.string().nullable(),
  listId: z.string().nullable(),
  targets: z.number(),
  matters: z.number(),
  assigned: z.number(),
  candidates: z.array(z.object({ kind: z.string(), name: z.string() })),
});
