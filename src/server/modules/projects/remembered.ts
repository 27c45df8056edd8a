// The programme dashboard and its investment trend, remembered until a table they read (a
// project, a list entry, a figure, a setting) changes (db/count-memo.ts memoTracked): the
// quarterly review's table is opened by every county office many times between two reports,
// and the matters' progress reports in between do not touch it.
import type { Db } from '../../db/connection';
import { memoTracked } from '../../db/count-memo';
import { programmeDashboard } from './dashboard';
import type { ProgrammeView } from './programme-counts';
import { programmeTrend } from './trend';

// Everything the answer depends on besides the data.
const keyOf = (what: string, o: ProgrammeView) =>
  [what, o.ws, o.id, [...o.paths].sort().join(','), o.today, o.round ?? '', o.cumulative].join('|');

export async function rememberedDashboard(db: Db, o: ProgrammeView) {
  const { value } = await memoTracked(db, keyOf('programme-dashboard', o), (tx) =>
    programmeDashboard(tx, db, o),
  );
  return value;
}

export async function rememberedTrend(db: Db, o: ProgrammeView) {
  const { value } = await memoTracked(db, keyOf('programme-trend', o), (tx) =>
    programmeTrend(tx, db, o),
  );
  return value;
}
