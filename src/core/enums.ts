// Enums and limits shared by the server and the web app: one source of truth for both.

export const UNIT_KINDS = [
  'city',
  'district',
  'county',
  'county_city',
  'zone',
  'township',
  'street',
  'department',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const UNIT_KIND_LABELS: Record<UnitKind, { zh: string; en: string }> = {
  city: { zh: '市', en: 'City' },
  district: { zh: '市辖区', en: 'District' },
  county: { zh: '县', en: 'County' },
  county_city: { zh: '县级市', en: 'County-level city' },
  zone: { zh: '功能区', en: 'Functional zone' },
  township: { zh: '乡镇', en: 'Township' },
  street: { zh: '街道', en: 'Sub-district' },
  department: { zh: '部门', en: 'Department' },
};

/** Peer groups for rankings: Jiaozuo ranks counties and urban districts separately. */
export const RANKING_GROUPS = ['county_group', 'urban_group'] as const;
export type RankingGroup = (typeof RANKING_GROUPS)[number];
export const RANKING_GROUP_LABELS: Record<RankingGroup, { zh: string; en: string }> = {
  county_group: { zh: '县(市)组', en: 'Counties' },
  urban_group: { zh: '城区组', en: 'Urban districts' },
};

// Targets and indicators (目标指标), shared/domain.md §2.
export const INDICATOR_KINDS = ['growth_rate', 'level', 'ratio', 'count', 'qualitative'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const INDICATOR_KIND_LABELS: Record<IndicatorKind, { zh: string; en: string }> = {
  growth_rate: { zh: '增长率', en: 'Growth rate' },
  level: { zh: '总量', en: 'Level' },
  ratio: { zh: '比率', en: 'Ratio' },
  count: { zh: '数量', en: 'Count' },
  qualitative: { zh: '定性', en: 'Qualitative' },
};
export const DIRECTIONS = ['higher_better', 'lower_better'] as const;
export type IndicatorDirection = (typeof DIRECTIONS)[number];
export const REPORT_FREQUENCIES = ['monthly', 'quarterly', 'yearly'] as const;
export type ReportFrequency = (typeof REPORT_FREQUENCIES)[number];
export const REPORT_FREQUENCY_LABELS: Record<ReportFrequency, { zh: string; en: string }> = {
  monthly: { zh: '按月', en: 'Monthly' },
  quarterly: { zh: '按季', en: 'Quarterly' },
  yearly: { zh: '按年', en: 'Yearly' },
};
/** Units of measure offered in forms; any other short text is accepted too. */
export const MEASURE_UNITS = [
  '%',
  '个百分点',
  '万元',
  '亿元',
  '个',
  '家',
  '项',
  '天',
  '万人',
  '人',
] as const;
export const MANUAL_VERDICTS = ['met', 'not_met'] as const;
export type ManualVerdict = (typeof MANUAL_VERDICTS)[number];
export const TARGET_LIMITS = {
  wordingMax: 200,
  indicatorNameMax: 60,
  measureUnitMax: 12,
  noteMax: 500,
  reasonMax: 500,
  planTitleMax: 80,
  /** Reports are due on this day of the month after the period (configurable per plan). */
  defaultReportDueDay: 10,
  /** A reporting light turns yellow this many days before the deadline. */
  dueSoonDays: 2,
  valueAbsMax: 1e12,
} as const;

export const BUSINESS_ROLES = ['supervisor', 'leader', 'liaison', 'viewer'] as const;
/** 三员分立: the three security-administration roles; one account never holds two. */
export const ADMIN_ROLES = ['system_admin', 'security_admin', 'audit_admin'] as const;
export const ROLES = [...BUSINESS_ROLES, ...ADMIN_ROLES] as const;
export type BusinessRole = (typeof BUSINESS_ROLES)[number];
export type AdminRole = (typeof ADMIN_ROLES)[number];
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  supervisor: { zh: '督查人员', en: 'Supervisor' },
  leader: { zh: '领导', en: 'Leader' },
  liaison: { zh: '联络员', en: 'Liaison' },
  viewer: { zh: '查看人员', en: 'Viewer' },
  system_admin: { zh: '系统管理员', en: 'System admin' },
  security_admin: { zh: '安全管理员', en: 'Security admin' },
  audit_admin: { zh: '审计管理员', en: 'Audit admin' },
};

export function isAdminRole(role: string): role is AdminRole {
  return (ADMIN_ROLES as readonly string[]).includes(role);
}

export const LIMITS = {
  unitNameMax: 60,
  unitCodeMax: 20,
  usernameMin: 3,
  usernameMax: 32,
  displayNameMax: 40,
  passwordMax: 128,
  searchQueryMax: 40,
  pageSizeMax: 200,
} as const;

/** Security policy defaults (the security admin may change them per workspace). */
export const DEFAULT_SECURITY_POLICY = {
  passwordMinLength: 8,
  passwordMinClasses: 3,
  maxFailedAttempts: 5,
  lockoutMinutes: 15,
  idleTimeoutMinutes: 30,
  forcePasswordChangeOnFirstSignIn: true,
} as const;
export type SecurityPolicy = {
  -readonly [
    K in keyof typeof DEFAULT_SECURITY_POLICY
  ]: (typeof DEFAULT_SECURITY_POLICY)[K] extends boolean ? boolean : number;
};

/** Where a supervised matter comes from (domain.md §3). */
export const MATTER_SOURCES = [
  'key_work',
  'leader_instruction',
  'meeting_decision',
  'livelihood',
  'reform',
  'other',
] as const;
export type MatterSource = (typeof MATTER_SOURCES)[number];
export const MATTER_SOURCE_LABELS: Record<MatterSource, { zh: string; en: string }> = {
  key_work: { zh: '重点工作任务', en: 'Key-work list' },
  leader_instruction: { zh: '领导批示', en: "Leader's instruction" },
  meeting_decision: { zh: '会议议定事项', en: 'Meeting decision' },
  livelihood: { zh: '民生实事', en: 'Livelihood project' },
  reform: { zh: '改革任务', en: 'Reform list' },
  other: { zh: '其他', en: 'Other' },
};

export const MATTER_COMPLEXITY_LABELS = {
  ordinary: { zh: '一般事项', en: 'Ordinary' },
  complex: { zh: '复杂事项', en: 'Complex' },
} as const;

export const MATTER_LIMITS = {
  titleMax: 200,
  contentMax: 5000,
  leaderMax: 40,
  tagMax: 20,
  tagsMax: 10,
  nodesMax: 20,
  cooperatorsMax: 20,
  reportMax: 2000,
  reasonMax: 500,
  batchReportsMax: 50,
  listTitleMax: 100,
  attachmentMaxBytes: 10 * 1024 * 1024,
  importRowsMax: 2000,
} as const;

/** Attachment types accepted on a matter, checked by the file's own signature. */
export const ATTACHMENT_TYPES = ['pdf', 'docx', 'xlsx', 'jpg', 'png', 'ofd'] as const;
