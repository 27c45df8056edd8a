/** Project levels and problem kinds, shared by the server and the pages. */
export const PROJECT_LEVELS = ['provincial', 'city', 'county'] as const;
export type ProjectLevel = (typeof PROJECT_LEVELS)[number];
export const LEVEL_LABELS: Record<ProjectLevel, string> = {
  provincial: '省重点',
  city: '市重点',
  county: '县重点',
};

/** 要素保障: what a project needs help with. */
export const PROBLEM_KINDS = ['land', 'funds', 'approval', 'power', 'demolition', 'other'] as const;
export const PROBLEM_LABELS: Record<(typeof PROBLEM_KINDS)[number], string> = {
  land: '用地',
  funds: '资金',
  approval: '审批',
  power: '用电',
  demolition: '拆迁',
  other: '其他',
};
