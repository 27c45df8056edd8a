import type { ZodType } from 'zod';
import type { IsoDate } from '../../../../core/dates';
import type { Db, DbOrTx } from '../../../db/connection';
import type { EvalPeriod } from '../period';

export interface SourceContext {
  db: DbOrTx;
  /** The pool: what is remembered for every caller (matter counts) is kept under it. */
  shared: Db;
  workspaceId: string;
  schemeId: string;
  /** The leaf or adjustment being filled. */
  itemKey: string;
  today: IsoDate;
  /** Shares one load between the sources of one evaluation (same query, asked once). */
  memo<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export interface SourceQuery<P> {
  unitIds: string[];
  period: EvalPeriod;
  params: P;
}

/**
 * A data source: where one indicator's value per unit comes from. Values are computed from
 * records at read time (never typed into the evaluation), except the manual source, whose
 * values are themselves records with a reason.
 */
export interface DataSource<P = Record<string, unknown>> {
  kind: string;
  labelZh: string;
  labelEn: string;
  /** What the number is, in one Chinese sentence, shown beside the scheme tree. */
  descriptionZh: string;
  measureUnit: string;
  /** Validates the leaf's params (Chinese field labels via .describe()). */
  params: ZodType<P>;
  /** Field names a form or a spreadsheet fills, in order, with their labels. */
  paramFields: { name: string; labelZh: string }[];
  load(ctx: SourceContext, q: SourceQuery<P>): Promise<Map<string, number | null>>;
  /**
   * The web address listing the rows behind one unit's figure, when there are rows. A source
   * whose address needs a record id (a programme's) may look it up through ctx.memo.
   */
  rowsLink?(
    q: { unitId: string; period: EvalPeriod; params: P; today: IsoDate },
    ctx: SourceContext,
  ): string | null | Promise<string | null>;
}
