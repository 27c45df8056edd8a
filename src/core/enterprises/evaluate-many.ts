// Many enterprises at once, each title under the version in force for the year (the job and
// the lists use this; the version lookup is done once per title, not per enterprise).
import {
  EVALUATED_KINDS,
  versionForYear,
  type CriteriaVersion,
  type EvaluatedKind,
} from './criteria';
import { evaluate, type Evaluation } from './evaluate';
import type { EnterpriseFacts } from './figures';

/** Each enterprise's evaluation under the version of each title in force for the year. */
export function evaluateFacts(
  facts: Map<string, EnterpriseFacts>,
  year: number,
  versions: CriteriaVersion[],
  kinds: readonly EvaluatedKind[] = EVALUATED_KINDS,
): Map<string, Evaluation[]> {
  const byKind = new Map(
    kinds.map((k) => [
      k,
      versionForYear(
        versions.filter((v) => v.titleKind === k),
        year,
      ),
    ]),
  );
  const out = new Map<string, Evaluation[]>();
  for (const [id, f] of facts) {
    out.set(
      id,
      kinds.map((k) => evaluate(f, year, byKind.get(k) ?? null, k)),
    );
  }
  return out;
}
