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
