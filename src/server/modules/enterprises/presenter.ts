// Response shapes (the web imports these types; type-only).
import { TITLE_LABELS, type TitleKind } from '../../../core/enterprises/criteria';
import { daysBetween, type IsoDate } from '../../../core/dates';
import type { Evaluation } from '../../../core/enterprises/evaluate';
import type { EnterpriseRow, FigureRow } from './queries';
import { toYearFigures } from './evaluation';

export function presentSummary(r: EnterpriseRow, today: IsoDate, warnDays: number) {
  return {
    id: r.id,
    uscc: r.uscc,
    name: r.name,
    formerNames: r.formerNames,
    unitId: r.unitId,
    unitName: r.unitName,
    industryCode: r.industryCode,
    chain: r.chain,
    scale: r.scale,
    listing: r.listing,
    serviceOfficer: r.serviceOfficer,
    synthetic: r.synthetic,
    titles: r.titles.map((k) => ({ kind: k, labelZh: TITLE_LABELS[k as TitleKind]?.zh ?? k })),
    /** Days until the first valid title expires, when within the warning window. */
    expiresInDays:
      r.nextExpiry && daysBetween(today, r.nextExpiry) <= warnDays
        ? daysBetween(today, r.nextExpiry)
        : null,
    inPool: r.inPool,
  };
}
export type EnterpriseSummary = ReturnType<typeof presentSummary>;

export function presentDetail(
  r: EnterpriseRow,
  parts: {
    titles: {
      id: string;
      kind: string;
      name: string;
      level: string;
      certificateNo: string;
      grantedOn: string;
      validTo: string | null;
    }[];
    figures: FigureRow[];
    revisions: {
      id: string;
      year: number;
      at: Date;
      actorName: string;
      source: string;
      before: unknown;
      after: unknown;
    }[];
    ladder: { step: string; reachedOn: string }[];
    pool: { year: number; source: string; targetKind: string; note: string }[];
    problems: {
      id: string;
      title: string;
      status: string;
      finalDue: string | null;
      leadUnitName: string;
    }[];
    evaluations: Evaluation[];
    evaluationYear: number;
    canEdit: boolean;
  },
  today: IsoDate,
  warnDays: number,
) {
  return {
    ...presentSummary(r, today, warnDays),
    strategicEmerging: r.strategicEmerging,
    registeredOn: r.registeredOn,
    contacts: r.contacts,
    titleRecords: parts.titles.map((t) => ({
      id: t.id,
      kind: t.kind,
      name: t.name,
      labelZh: t.name || TITLE_LABELS[t.kind as TitleKind]?.zh || t.kind,
      level: t.level,
      certificateNo: t.certificateNo,
      grantedOn: t.grantedOn,
      validTo: t.validTo,
      state:
        t.validTo && t.validTo < today
          ? ('expired' as const)
          : t.validTo && daysBetween(today, t.validTo) <= warnDays
            ? ('expiring' as const)
            : ('valid' as const),
    })),
    figures: parts.figures.map((f) => toYearFigures(f)),
    revisions: parts.revisions.map((v) => ({ ...v, at: v.at.toISOString() })),
    ladder: parts.ladder,
    pool: parts.pool,
    problems: parts.problems,
    evaluationYear: parts.evaluationYear,
    evaluations: parts.evaluations,
    canEdit: parts.canEdit,
  };
}
export type EnterpriseDetail = ReturnType<typeof presentDetail>;
