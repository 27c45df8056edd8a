// The yearly figures of an enterprise (money in 万元, shares in percent) and the facts the
// evaluators read from the enterprise itself.
import type { TitleKind } from './criteria';

export interface ZjtxScores {
  specialisation: number;
  refinement: number;
  characteristic: number;
  innovation: number;
}

export interface YearFigures {
  year: number;
  revenue: number | null;
  mainRevenue: number | null;
  rdExpense: number | null;
  /** R&D spent in China (高新技术企业: ≥60% of it). */
  rdExpenseDomestic: number | null;
  employees: number | null;
  rdStaff: number | null;
  /** 科技人员 (高新技术企业). */
  stStaff: number | null;
  debtRatio: number | null;
  ipClassIHighValue: number | null;
  ipClassISelf: number | null;
  ipClassI: number | null;
  ipClassII: number | null;
  /** Ⅰ类 IP tied to the main product (小巨人). */
  ipMainProductClassI: number | null;
  equityFinancing: number | null;
  yearsInNiche: number | null;
  /** National niche market share, %. */
  marketShare: number | null;
  /** High-tech products' share of income, % (高新技术企业). */
  highTechIncomeShare: number | null;
  /** 专精特新 assessment scores by part, as assessed (专业化25 精细化25 特色化15 创新能力35). */
  zjtxScores: ZjtxScores | null;
  /** 高新技术企业 innovation-capability score (IP 30, transfer 30, organisation 20, growth 20). */
  htInnovationScore: number | null;
  /** Facts for direct routes: stAward3y, provincialRdInstitution, provincialAwardTop3, makerChinaTop500. */
  flags: string[];
}

export const ROUTE_FLAGS: Record<string, string> = {
  stAward3y: '近三年获国家级或省级科技奖励',
  provincialRdInstitution: '拥有省级以上研发机构',
  provincialAwardTop3: '近三年获省级科技奖励并排名前三',
  makerChinaTop500: '近三年进入“创客中国”全国500强企业组',
};

export interface HeldTitle {
  kind: TitleKind;
  validFrom: string | null;
  validTo: string | null;
}

export interface EnterpriseFacts {
  registeredOn: string | null;
  strategicEmerging: boolean;
  titles: HeldTitle[];
  /** Figures by year; the evaluated year and up to two before it are read. */
  figures: ReadonlyMap<number, YearFigures>;
}

export function emptyFigures(year: number): YearFigures {
  return {
    year,
    revenue: null,
    mainRevenue: null,
    rdExpense: null,
    rdExpenseDomestic: null,
    employees: null,
    rdStaff: null,
    stStaff: null,
    debtRatio: null,
    ipClassIHighValue: null,
    ipClassISelf: null,
    ipClassI: null,
    ipClassII: null,
    ipMainProductClassI: null,
    equityFinancing: null,
    yearsInNiche: null,
    marketShare: null,
    highTechIncomeShare: null,
    zjtxScores: null,
    htInnovationScore: null,
    flags: [],
  };
}

/** Sum of a figure over years; null if any of them is missing. */
export function sumOver(
  facts: EnterpriseFacts,
  years: number[],
  pick: (f: YearFigures) => number | null,
): number | null {
  let s = 0;
  for (const y of years) {
    const f = facts.figures.get(y);
    const v = f ? pick(f) : null;
    if (v === null) return null;
    s += v;
  }
  return s;
}

/** Sum of a figure over the years that have it (missing years count as 0). */
export function sumAvailable(
  facts: EnterpriseFacts,
  years: number[],
  pick: (f: YearFigures) => number | null,
): number {
  return years.reduce((s, y) => {
    const f = facts.figures.get(y);
    return s + ((f && pick(f)) ?? 0);
  }, 0);
}

/** A title valid on the day. */
export function holdsTitle(facts: EnterpriseFacts, kinds: readonly string[], on: string): boolean {
  return facts.titles.some(
    (t) =>
      kinds.includes(t.kind) &&
      (t.validFrom === null || t.validFrom <= on) &&
      (t.validTo === null || t.validTo >= on),
  );
}
