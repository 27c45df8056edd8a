// The CPU part of an evaluation batch, free of I/O so it can run in a worker thread: the
// batch's JSON (as PostgreSQL built it) → facts → the pure evaluators → the columns to store
// (as array literals, ready to bind) and the outcome counts.
import type { CriteriaVersion, EvaluatedKind } from '../../../core/enterprises/criteria';
import type { EnterpriseFacts, HeldTitle, YearFigures } from '../../../core/enterprises/figures';
import { evaluateFacts } from '../../../core/enterprises/evaluate-many';

/** The outcomes stored row by row: the lists people act on. Others are only counted. */
export const LISTED_OUTCOMES = new Set(['qualifies', 'nearly']);

export interface ComputeInput {
  json: string;
  year: number;
  versions: CriteriaVersion[];
  kinds: readonly EvaluatedKind[];
  /** The year was evaluated before: rows no longer listed are to be deleted. */
  replacing: boolean;
}

/** Array literals of the rows to upsert and the keys to delete (see storeSql). */
export interface ComputeOutput {
  listed: {
    id: string;
    kind: string;
    version: string;
    outcome: string;
    score: string;
    gaps: string;
  };
  gone: { id: string; kind: string; version: string };
  /** [title, version, unit, outcome] joined by NUL → n. */
  counts: [string, number][];
}

interface BatchRow {
  id: string;
  unitId: string;
  registeredOn: string | null;
  strategicEmerging: boolean;
  titles: [HeldTitle['kind'], string, string | null][];
  figures: YearFigures[];
}

export const countKey = (kind: string, version: string, unitId: string, outcome: string) =>
  `${kind}\u0000${version}\u0000${unitId}\u0000${outcome}`;

export function computeBatch(input: ComputeInput): ComputeOutput {
  const rows = JSON.parse(input.json) as BatchRow[];
  const facts = new Map<string, EnterpriseFacts>();
  for (const b of rows) {
    facts.set(b.id, {
      registeredOn: b.registeredOn,
      strategicEmerging: b.strategicEmerging,
      titles: b.titles.map(([kind, validFrom, validTo]) => ({ kind, validFrom, validTo })),
      figures: new Map(b.figures.map((f) => [f.year, f])),
    });
  }
  const results = evaluateFacts(facts, input.year, input.versions, input.kinds);
  const listed = { id: [] as string[], kind: [] as string[], version: [] as string[] };
  const outcome: string[] = [];
  const score: (number | null)[] = [];
  const gaps: string[] = [];
  const gone = { id: [] as string[], kind: [] as string[], version: [] as string[] };
  const counts = new Map<string, number>();
  for (const b of rows) {
    for (const e of results.get(b.id)!) {
      const version = e.versionId ?? 'none';
      const key = countKey(e.titleKind, version, b.unitId, e.outcome);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const to = LISTED_OUTCOMES.has(e.outcome) ? listed : input.replacing ? gone : null;
      if (!to) continue;
      to.id.push(b.id);
      to.kind.push(e.titleKind);
      to.version.push(version);
      if (to !== listed) continue;
      outcome.push(e.outcome);
      score.push(e.score);
      gaps.push(JSON.stringify(e.gaps));
    }
  }
  return {
    listed: {
      id: arr(listed.id),
      kind: arr(listed.kind),
      version: arr(listed.version),
      outcome: arr(outcome),
      score: arr(score),
      gaps: arr(gaps),
    },
    gone: { id: arr(gone.id), kind: arr(gone.kind), version: arr(gone.version) },
    counts: [...counts],
  };
}

/** A Postgres array literal as one text parameter (quotes and backslashes escaped). */
export function arr(values: (string | number | null)[]): string {
  const items = values.map((v) =>
    v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, '\\$&')}"`,
  );
  return `{${items.join(',')}}`;
}
