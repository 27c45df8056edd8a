/**
 * The leaders' cockpit (领导驾驶舱) is a list of sections, one per module that is present.
 * Each section gives headline figures for the caller's scope and, where it can, the same
 * figure per county-level unit (for the map). Every figure carries the web address of the
 * rows that make it. A module that is not installed registers nothing and shows nothing.
 *
 * Extension point: a module adds a provider in its own file here (projects-section.ts,
 * enterprises-section.ts …), registered with one `registerCockpitSection` line in routes.ts.
 */
import type { IsoDate } from '../../../core/dates';
import type { AuthContext } from '../../auth/session-store';
import type { Db, DbOrTx } from '../../db/connection';

export interface CockpitUnit {
  id: string;
  code: string;
  name: string;
  path: string;
}

export interface CockpitContext {
  /** The section's reads: the transaction its remembered answer is computed in. */
  db: DbOrTx;
  /** The pool, for values remembered for every caller (memoTracked opens its own reads). */
  shared: Db;
  auth: AuthContext;
  today: IsoDate;
  /** The unit-path prefixes the cockpit covers: the caller's scope, or one unit within it. */
  paths: string[];
  /** The unit the cockpit is narrowed to, if any. */
  focus: CockpitUnit | null;
  /** County-level units inside the scope, for figures by unit and the map. */
  units: CockpitUnit[];
  /** The county-level units of the caller's whole scope (`units` when not narrowed). */
  scopeUnits: CockpitUnit[];
  /**
   * `compute` remembered for the caller, whichever unit the cockpit is narrowed to, until a
   * table it read changes: figures for every unit of `scopeUnits` computed once, so a click
   * on a county of the map reads its row instead of computing them again.
   */
  forCaller<T>(name: string, compute: (tx: DbOrTx) => Promise<T>): Promise<T>;
}

export interface Figure {
  key: string;
  label: string;
  value: number | null;
  /** As shown: '12', '98.8%', '第 2 名'. */
  display: string;
  tone?: 'red' | 'yellow' | 'green';
  /** The rows behind the number. */
  link: string | null;
  /** The same figure per county-level unit (absent when it has no per-unit meaning). */
  byUnit?: { unitId: string; value: number | null; display: string; link: string | null }[];
  /** For the map's colours: is a higher value better? */
  higherBetter?: boolean;
}

export interface Section {
  key: string;
  title: string;
  subtitle?: string;
  /** The parts of the subtitle, so the English interface can word it (the key says which). */
  params?: Record<string, string | number | boolean>;
  link: string;
  figures: Figure[];
}

export type SectionProvider = (ctx: CockpitContext) => Promise<Section[]>;

const providers: { key: string; provide: SectionProvider; remembered: boolean }[] = [];

/**
 * `remembered: false` for a section that remembers its parts itself (the evaluations): by
 * default a section's answer is remembered per caller until a table it read changes.
 */
export function registerCockpitSection(
  key: string,
  provide: SectionProvider,
  o: { remembered?: boolean } = {},
): void {
  providers.push({ key, provide, remembered: o.remembered ?? true });
}

export function cockpitProviders() {
  return providers;
}
