// Criteria as data (domain.md §5). Each title's rules are JSON parameters with explicit
// comparators: { gte: 3 } is "≥ 3", { gt: 70 } is "> 70", { gt: 55, lte: 75 } is "(55, 75]".
// A version has an effective date; the evaluator picks, for a year, the latest version in
// force on 31 December of that year, so adding a version never changes an earlier year.
// Money is in 万元, ratios and shares in percent (3 means 3%).
import { z } from 'zod';

export const TITLE_KINDS = [
  'high_tech',
  'tech_sme',
  'innovative_sme',
  'specialized_sme',
  'little_giant',
  'gazelle',
  'innovation_leader',
  'other',
] as const;
export type TitleKind = (typeof TITLE_KINDS)[number];
export const TITLE_LABELS: Record<TitleKind, { zh: string; en: string }> = {
  high_tech: { zh: '高新技术企业', en: 'High-tech enterprise' },
  tech_sme: { zh: '科技型中小企业', en: 'Tech SME' },
  innovative_sme: { zh: '创新型中小企业', en: 'Innovative SME' },
  specialized_sme: { zh: '专精特新中小企业', en: 'Specialised SME' },
  little_giant: { zh: '专精特新“小巨人”', en: '“Little giant”' },
  gazelle: { zh: '瞪羚企业', en: 'Gazelle' },
  innovation_leader: { zh: '创新龙头企业', en: 'Innovation leader' },
  other: { zh: '其他称号', en: 'Other title' },
};

/** The titles with an evaluator (criteria versions exist for these). */
export const EVALUATED_KINDS = [
  'innovative_sme',
  'specialized_sme',
  'little_giant',
  'high_tech',
] as const;
export type EvaluatedKind = (typeof EVALUATED_KINDS)[number];

export const Cmp = z
  .object({
    gte: z.number().optional(),
    gt: z.number().optional(),
    lte: z.number().optional(),
    lt: z.number().optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, '比较条件不能为空');
export type Cmp = z.infer<typeof Cmp>;
const Band = z
  .object({
    gte: z.number().optional(),
    gt: z.number().optional(),
    lte: z.number().optional(),
    lt: z.number().optional(),
    points: z.number().min(0),
  })
  .strict();
export type Band = z.infer<typeof Band>;
const Bands = z.array(Band).min(1);

/** When a miss counts as "nearly": at most maxMisses criteria, each within relativeGap of its threshold. */
const Near = z.object({
  maxMisses: z.number().int().min(1),
  relativeGap: z.number().min(0).max(1),
});

export const INNOVATIVE_PARAMS = z.object({
  direct: z.object({
    equity3y: Cmp,
    titleKinds: z.array(z.enum(TITLE_KINDS)),
    flags: z.array(z.string()),
  }),
  ipPoints: z.object({
    classIHighValue: z.number(),
    classISelf: z.number(),
    classI: z.number(),
    classII: z.number(),
    none: z.number(),
  }),
  rdRatioBands: Bands,
  mainGrowthBands: Bands,
  debtRatioBands: Bands,
  sectorPoints: z.object({ strategic: z.number(), other: z.number() }),
  mainShareBands: Bands,
  pass: z.object({ total: Cmp, innovation: Cmp, growth: Cmp, specialisation: Cmp }),
  near: Near,
});
export type InnovativeParams = z.infer<typeof INNOVATIVE_PARAMS>;

export const SPECIALIZED_PARAMS = z.object({
  yearsInNiche: Cmp,
  rdAmount: Cmp,
  rdRatio: Cmp,
  revenue: Cmp,
  equity2yInstead: Cmp,
  score: Cmp,
  scoreMax: z.object({
    specialisation: z.number(),
    refinement: z.number(),
    characteristic: z.number(),
    innovation: z.number(),
  }),
  direct: z.object({ flags: z.array(z.string()), equity3y: Cmp }),
  near: Near,
});
export type SpecializedParams = z.infer<typeof SPECIALIZED_PARAMS>;

export const LITTLE_GIANT_PARAMS = z.object({
  yearsInNiche: Cmp,
  mainShare: Cmp,
  mainGrowth2yAvg: Cmp,
  debtRatio: Cmp,
  marketShare: Cmp,
  rdBands: z.array(z.object({ revenue: Cmp, rdRatioBothYears: Cmp })).min(1),
  smallRoute: z.object({ equity2y: Cmp, rd2y: Cmp, rdStaffShare: Cmp }),
  mainProductIpI: Cmp,
  near: Near,
});
export type LittleGiantParams = z.infer<typeof LITTLE_GIANT_PARAMS>;

export const HIGH_TECH_PARAMS = z.object({
  registeredYears: Cmp,
  stStaffShare: Cmp,
  rdBands: z.array(z.object({ sales: Cmp, rdRatio: Cmp })).min(1),
  domesticRdShare: Cmp,
  highTechIncomeShare: Cmp,
  innovationScore: Cmp,
  near: Near,
});
export type HighTechParams = z.infer<typeof HIGH_TECH_PARAMS>;

export const PARAMS_SCHEMAS = {
  innovative_sme: INNOVATIVE_PARAMS,
  specialized_sme: SPECIALIZED_PARAMS,
  little_giant: LITTLE_GIANT_PARAMS,
  high_tech: HIGH_TECH_PARAMS,
} as const;

export type CriteriaParams = {
  innovative_sme: InnovativeParams;
  specialized_sme: SpecializedParams;
  little_giant: LittleGiantParams;
  high_tech: HighTechParams;
};

export interface CriteriaVersion<K extends EvaluatedKind = EvaluatedKind> {
  id: string;
  titleKind: K;
  name: string;
  source: string;
  effectiveFrom: string;
  params: CriteriaParams[K];
}

/** The version in force for a year: the latest one effective on or before 31 December. */
export function versionForYear<K extends EvaluatedKind>(
  versions: readonly CriteriaVersion<K>[],
  year: number,
): CriteriaVersion<K> | null {
  const end = `${year}-12-31`;
  let best: CriteriaVersion<K> | null = null;
  for (const v of versions) {
    if (v.effectiveFrom <= end && (!best || v.effectiveFrom > best.effectiveFrom)) best = v;
  }
  return best;
}
