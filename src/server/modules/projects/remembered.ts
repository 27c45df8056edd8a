// The programme dashboard and its investment trend, remembered until a project, a list
// entry, a figure or a setting changes (db/count-memo.ts): the quarterly review's table is
// opened by every county office many times between two reports.
import type { DbOrTx } from '../../db/connection';
import { memoValue } from '../../db/count-memo';
import { programmeDashboard } from './dashboard';
import type { ProgrammeView } from './programme-counts';
import { loadReportRules } from './settings';
import { programmeTrend } from './trend';

// Everything the answer depends on besides the data.
const keyOf = (what: string, o: ProgrammeView) =>
  [what, o.ws, o.id, [...o.paths].sort().join(','), o.today, o.round ?? '', o.cumulative].join('|');

export async function rememberedDashboard(db: DbOrTx, o: ProgrammeView) {
  const { value } = await memoValue(db, keyOf('programme-dashboard', o), async () =>
    programmeDashboard(db, { ...o, rules: await loadReportRules(db, o.ws) }),
  );
  return value;
}

export async function rememberedTrend(db: DbOrTx, o: ProgrammeView) {
  const { value } = await memoValue(db, keyOf('programme-trend', o), () => programmeTrend(db, o));
  return value;
}
