/**
 * Project stages and the lists of a programme (domain.md §4). A project moves through
 * 签约 → 开工 → 投产 → 达效, and a construction project also 竣工; the dates must keep
 * that order. A list promises one stage and reports the share that reached it and the next.
 */
import type { IsoDate } from '../dates';

export const STAGES = [
  'signedOn',
  'startedOn',
  'producingOn',
  'performingOn',
  'completedOn',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<
  Stage,
  { zh: string; en: string; rateZh: string; rateEn: string }
> = {
  signedOn: { zh: '签约', en: 'signed', rateZh: '签约率', rateEn: 'signing rate' },
  startedOn: { zh: '开工', en: 'started', rateZh: '开工率', rateEn: 'start rate' },
  producingOn: { zh: '投产', en: 'in production', rateZh: '投产率', rateEn: 'production rate' },
  performingOn: { zh: '达效', en: 'at design capacity', rateZh: '达效率', rateEn: 'capacity rate' },
  completedOn: { zh: '竣工', en: 'completed', rateZh: '竣工率', rateEn: 'completion rate' },
};

/** Short names used in URLs (?reached=started). */
export const STAGE_KEYS: Record<Stage, string> = {
  signedOn: 'signed',
  startedOn: 'started',
  producingOn: 'producing',
  performingOn: 'performing',
  completedOn: 'completed',
};
export function stageFromKey(key: string): Stage | null {
  return (Object.keys(STAGE_KEYS) as Stage[]).find((s) => STAGE_KEYS[s] === key) ?? null;
}

export const LISTS = ['sign', 'start', 'produce', 'build'] as const;
export type ListKind = (typeof LISTS)[number];

/** What each list reports: the stages whose rates it shows, the promised one first. */
export const LIST_DEFS: Record<ListKind, { zh: string; en: string; rates: Stage[] }> = {
  sign: { zh: '签约一批', en: 'to sign', rates: ['startedOn'] },
  start: { zh: '开工一批', en: 'to start', rates: ['startedOn', 'producingOn'] },
  produce: { zh: '投产一批', en: 'to produce', rates: ['performingOn'] },
  build: { zh: '建设项目', en: 'to build', rates: ['startedOn', 'completedOn'] },
};

export type StageDates = Partial<Record<Stage, IsoDate | null>>;

/** Pairs that must be in order (a later stage never before an earlier one). */
const ORDER: [Stage, Stage][] = [
  ['signedOn', 'startedOn'],
  ['startedOn', 'producingOn'],
  ['producingOn', 'performingOn'],
  ['startedOn', 'completedOn'],
];

export interface StageOrderError {
  earlier: Stage;
  later: Stage;
  messageZh: string;
}

/**
 * The first pair of stage dates out of order, as a Chinese sentence naming both dates, or
 * null. A later stage without the earlier one is also refused (投产 needs 开工), except that
 * a project may start without a recorded signing.
 */
export function checkStageOrder(d: StageDates): StageOrderError | null {
  for (const [a, b] of ORDER) {
    const da = d[a] ?? null;
    const db = d[b] ?? null;
    const la = STAGE_LABELS[a].zh;
    const lb = STAGE_LABELS[b].zh;
    if (db && !da && a !== 'signedOn') {
      return { earlier: a, later: b, messageZh: `已填${lb}日期（${db}），须先填写${la}日期` };
    }
    if (da && db && db < da) {
      return {
        earlier: a,
        later: b,
        messageZh: `${lb}日期（${db}）不能早于${la}日期（${da}）`,
      };
    }
  }
  return null;
}

/** Whether the project had reached the stage by the day. */
export function reached(d: StageDates, stage: Stage, asOf: IsoDate): boolean {
  const v = d[stage];
  return !!v && v <= asOf;
}
