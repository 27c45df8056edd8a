// Response types, from the server's presenters (type-only imports).
export type {
  EnterpriseDetail,
  EnterpriseSummary,
} from '../../../server/modules/enterprises/presenter';
export type { Evaluation, Outcome } from '../../../core/enterprises/evaluate';
export { TITLE_LABELS, EVALUATED_KINDS, TITLE_KINDS } from '../../../core/enterprises/criteria';

export const OUTCOME_COLORS = {
  qualifies: 'green',
  nearly: 'gold',
  not: 'default',
  no_data: 'default',
} as const;
export const LADDER_LABELS: Record<string, string> = {
  ge_to_qi: '个转企',
  xiao_to_gui: '小升规',
  gui_to_gu: '规改股',
  gu_to_shang: '股上市',
};
export const METRIC_KEYS = ['new_above_scale', 'new_high_tech', 'new_specialized'] as const;
export const LISTING_LABELS: Record<string, string> = {
  unlisted: '未上市',
  shareholding: '已股改',
  regional_equity: '区域股权市场挂牌',
  neeq: '新三板挂牌',
  listed: '上市',
};
/** Key chains of seed 000's "3+13+N" offered when typing; any other name may be entered. */
export const CHAINS = [
  '新能源材料',
  '生物医药',
  '电子信息',
  '装备制造',
  '汽车及零部件',
  '绿色食品',
  '现代化工',
];
