// Test helpers: an enterprise's facts from a few figures (unit tests only).
import { SHIPPED_CRITERIA } from './criteria-2022';
import type { CriteriaVersion, EvaluatedKind } from './criteria';
import { emptyFigures, type EnterpriseFacts, type HeldTitle, type YearFigures } from './figures';

export function facts(
  byYear: Record<number, Partial<YearFigures>>,
  extra: { registeredOn?: string; strategicEmerging?: boolean; titles?: HeldTitle[] } = {},
): EnterpriseFacts {
  const figures = new Map<number, YearFigures>();
  for (const [y, f] of Object.entries(byYear))
    figures.set(Number(y), { ...emptyFigures(Number(y)), ...f });
  return {
    registeredOn: extra.registeredOn ?? '2015-03-01',
    strategicEmerging: extra.strategicEmerging ?? false,
    titles: extra.titles ?? [],
    figures,
  };
}

export function shipped<K extends EvaluatedKind>(kind: K): CriteriaVersion<K> {
  const s = SHIPPED_CRITERIA[kind];
  return { id: `shipped-${kind}`, titleKind: kind, ...s } as CriteriaVersion<K>;
}
