import type { IsoDate } from '../../../core/dates';
import { reportLight, type ReportRules } from '../../../core/projects/investment-light';
import { investmentRate } from '../../../core/projects/rates';
import { STAGE_LABELS, STAGES, reached } from '../../../core/projects/stages';
import type { ProjectRow } from './queries';
import { LEVEL_LABELS } from './schema';

/** The last stage reached by the day, in words (未签约 when none). */
export function stageLabel(p: ProjectRow, today: IsoDate): string {
  const last = [...STAGES].reverse().find((s) => reached(p, s, today));
  return last ? `已${STAGE_LABELS[last].zh}` : '未开工';
}

/**
 * Only projects being built in the plan year report monthly: a plan for this year, not yet
 * completed. Others show no light ('none').
 */
export function projectReportLight(p: ProjectRow, today: IsoDate, rules: ReportRules) {
  const year = Number(today.slice(0, 4));
  if (p.planYear !== year || !(p.annualPlan > 0) || (p.completedOn && p.completedOn <= today)) {
    return { light: 'none', reasonZh: '无需按月填报' };
  }
  return reportLight(p.ytdMonth, today, rules);
}

export function presentSummary(p: ProjectRow, today: IsoDate, rules: ReportRules) {
  const light = projectReportLight(p, today, rules);
  return {
    id: p.id,
    name: p.name,
    owner: p.owner,
    unit: { id: p.unitId, name: p.unitName },
    industry: p.industry,
    level: p.level,
    levelLabel: LEVEL_LABELS[p.level as keyof typeof LEVEL_LABELS] ?? p.level,
    totalInvestment: p.totalInvestment,
    annualPlan: p.annualPlan,
    planYear: p.planYear,
    signedOn: p.signedOn,
    startedOn: p.startedOn,
    producingOn: p.producingOn,
    performingOn: p.performingOn,
    completedOn: p.completedOn,
    stageLabel: stageLabel(p, today),
    ytdMonth: p.ytdMonth,
    ytdCompleted: p.ytdCompleted,
    investmentRate: p.ytdCompleted === null ? null : investmentRate(p.ytdCompleted, p.annualPlan),
    reportLight: light.light,
    reportLightReason: light.reasonZh,
    synthetic: p.synthetic,
  };
}

export function projectAnswers(rows: ProjectRow[], today: IsoDate, rules: ReportRules) {
  return rows.map((p) => presentSummary(p, today, rules));
}
