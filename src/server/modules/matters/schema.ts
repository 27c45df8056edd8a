import { z } from 'zod';
import { LIMITS, MATTER_LIMITS as L, MATTER_SOURCES } from '../../../core/enums';
import { MATTER_STATUSES, RATINGS } from '../../../core/matters/lifecycle';

const text = (max: number, label: string) => z.string().trim().min(1).max(max).describe(label);
const reason = text(L.reasonMax, '理由');

export const MatterIdParams = z.object({ id: z.uuid().describe('事项') });
export const ExtensionParams = z.object({
  id: z.uuid().describe('事项'),
  extensionId: z.uuid().describe('延期申请'),
});

const NodeInput = z.object({
  title: text(100, '时间节点名称'),
  due: z.iso.date().describe('时间节点日期'),
});

export const CreateMatterBody = z.object({
  title: text(L.titleMax, '事项名称'),
  source: z.enum(MATTER_SOURCES).describe('事项来源'),
  listId: z.uuid().nullable().optional().describe('所属清单'),
  leadLeader: z.string().trim().max(L.leaderMax).default('').describe('牵头领导'),
  leadUnitId: z.uuid().describe('牵头单位'),
  cooperatingUnitIds: z.array(z.uuid()).max(L.cooperatorsMax).default([]).describe('配合单位'),
  content: z.string().trim().max(L.contentMax).default('').describe('事项内容'),
  complexity: z.enum(['ordinary', 'complex']).default('ordinary').describe('复杂程度'),
  ruleCode: z.string().max(32).optional().describe('期限规则'),
  nodes: z.array(NodeInput).max(L.nodesMax).default([]).describe('时间节点'),
  tags: z.array(text(L.tagMax, '标签')).max(L.tagsMax).default([]).describe('标签'),
});
export type CreateMatterInput = z.infer<typeof CreateMatterBody>;

export const UpdateMatterBody = CreateMatterBody.partial();

export const ListMattersQuery = z.object({
  status: z
    .enum([...MATTER_STATUSES, 'open'])
    .optional()
    .describe('状态'),
  light: z.enum(['red', 'yellow', 'green']).optional().describe('灯'),
  unitId: z.uuid().optional().describe('牵头单位'),
  listId: z.uuid().optional().describe('清单'),
  leader: z.string().max(L.leaderMax).optional().describe('牵头领导'),
  q: z.string().trim().max(LIMITS.searchQueryMax).optional().describe('搜索内容'),
  // Drill-down filters: each number on the home page, board, statistics and lists pages
  // opens this list with the filters that reproduce it (see matters/queries.ts conditions).
  noLeader: z.stringbool().optional().describe('未指定牵头领导'),
  overdue: z.stringbool().optional().describe('超期'),
  involvement: z.enum(['lead', 'cooperating']).optional().describe('牵头或配合'),
  assignedFrom: z.iso.date().optional().describe('交办日期起'),
  assignedTo: z.iso.date().optional().describe('交办日期止'),
  closedFrom: z.iso.date().optional().describe('办结日期起'),
  closedTo: z.iso.date().optional().describe('办结日期止'),
  onTime: z.stringbool().optional().describe('按期办结'),
  openAt: z.iso.date().optional().describe('在办日期'),
  dueBefore: z.iso.date().optional().describe('办结期限早于'),
  // The cockpit's figures as of a day (超期未办结 at the end of that day).
  overdueAt: z.iso.date().optional().describe('超期截至日期'),
  closedOnTime: z.stringbool().optional().describe('按期办结'),
  page: z.coerce.number().int().min(1).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50).describe('每页条数'),
});

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50).describe('每页条数'),
});

export const AssignBody = z.object({
  assignedOn: z.iso.date().optional().describe('交办日期'),
});
export const ReasonBody = z.object({ reason: reason });
export const InstructionBody = z.object({ instruction: text(L.reasonMax, '批示内容') });
export const OptionalNoteBody = z.object({
  note: z.string().trim().max(L.reasonMax).optional().describe('说明'),
});
export const CloseBody = z.object({
  rating: z.enum(RATINGS).describe('评定等次'),
  note: z.string().trim().max(L.reasonMax).optional().describe('说明'),
});
export const ReportBody = z.object({
  content: text(L.reportMax, '办理情况'),
  percent: z.number().int().min(0).max(100).optional().describe('完成进度'),
  nodeIdsDone: z.array(z.uuid()).max(L.nodesMax).default([]).describe('已完成的时间节点'),
});
export const BatchReportBody = z.object({
  reports: z
    .array(ReportBody.extend({ matterId: z.uuid().describe('事项') }))
    .min(1)
    .max(L.batchReportsMax)
    .describe('反馈'),
});
export const ExtensionRequestBody = z.object({
  reason,
  requestedDue: z.iso.date().describe('申请延期至'),
});
export const GrantExtensionBody = z.object({
  grantedDue: z.iso.date().optional().describe('批准延期至'),
  note: z.string().trim().max(L.reasonMax).optional().describe('说明'),
});
export const NoticeBody = z.object({
  requirements: z.string().trim().max(L.contentMax).optional().describe('督办要求'),
  replyDue: z.iso.date().optional().describe('反馈时限'),
});

const UnitRef = z.object({ id: z.string(), name: z.string() });
const Light = z.object({ light: z.string(), reason: z.string() });

export const MatterSummary = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  sourceLabel: z.string(),
  listId: z.string().nullable(),
  listTitle: z.string().nullable(),
  seq: z.number().nullable(),
  leadLeader: z.string(),
  leadUnit: UnitRef,
  status: z.string(),
  statusLabel: z.string(),
  complexity: z.string(),
  tags: z.array(z.string()),
  assignedOn: z.string().nullable(),
  feedbackDue: z.string().nullable(),
  finalDue: z.string().nullable(),
  nextDue: z.string().nullable(),
  lastReportOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  rating: z.string().nullable(),
  extensionPending: z.boolean(),
  light: Light.shape.light,
  lightReason: z.string(),
});
export type MatterSummaryT = z.infer<typeof MatterSummary>;

export const MatterPage = z.object({
  items: z.array(MatterSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const MatterDetail = MatterSummary.extend({
  content: z.string(),
  ruleCode: z.string(),
  dayKind: z.string(),
  cooperatingUnits: z.array(UnitRef),
  deadlines: z.array(z.object({ key: z.string(), labelZh: z.string(), due: z.string() })),
  originalFinalDue: z.string().nullable(),
  signedOn: z.string().nullable(),
  feedbackMetOn: z.string().nullable(),
  closeoutRequestedOn: z.string().nullable(),
  nodes: z.array(
    z.object({ id: z.string(), title: z.string(), due: z.string(), doneOn: z.string().nullable() }),
  ),
  extensions: z.array(
    z.object({
      id: z.string(),
      status: z.string(),
      reason: z.string(),
      requestedDue: z.string(),
      requestedOn: z.string(),
      requestedByName: z.string(),
      grantedDue: z.string().nullable(),
      decidedOn: z.string().nullable(),
      decidedByName: z.string().nullable(),
      decisionReason: z.string().nullable(),
    }),
  ),
  notices: z.array(
    z.object({ id: z.string(), number: z.string(), issuedOn: z.string(), replyDue: z.string() }),
  ),
  attachments: z.array(
    z.object({ id: z.string(), fileName: z.string(), size: z.number(), createdAt: z.string() }),
  ),
  escalation: z.object({
    remindersSent: z.number(),
    warningsSent: z.number(),
    noticesSent: z.number(),
    noticeSuggested: z.boolean(),
  }),
  /** What the caller may do now, e.g. ['report', 'request_closeout']. */
  actions: z.array(z.string()),
  /** The caller's roles on this matter. */
  myRoles: z.array(z.string()),
});
export type MatterDetailT = z.infer<typeof MatterDetail>;

export const TimelineEntry = z.object({
  at: z.string(),
  date: z.string(),
  kind: z.string(),
  label: z.string(),
  actorName: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  note: z.string().nullable(),
  percent: z.number().nullable(),
});
