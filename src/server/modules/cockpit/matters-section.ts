import { monthStart } from '../../../core/dates';
import { boardCounts, closedBetween } from '../matter-stats/queries';
import { loadMatterSettings } from '../matters/settings';
import type { Section, SectionProvider } from './sections';

const list = (q: string) => `/matters/list?${q}`;

/** 督查督办: open, red, overdue and "to zero" for the scope, and per unit. */
export const mattersSection: SectionProvider = async (ctx) => {
  const ws = ctx.auth.workspaceId;
  const { yellowWithinDays } = await loadMatterSettings(ctx.db, ws, ctx.auth.settings);
  const [b, closed] = await Promise.all([
    boardCounts(ctx.db, {
      workspaceId: ws,
      paths: ctx.paths,
      today: ctx.today,
      yellowWithinDays,
      shared: ctx.shared,
    }),
    ctx.focus
      ? null
      : closedBetween(ctx.db, {
          workspaceId: ws,
          paths: ctx.paths,
          start: monthStart(ctx.today),
          end: ctx.today,
        }),
  ]);
  const by = new Map(b.byUnit.map((g) => [g.key, g]));
  const unitQ = ctx.focus ? `unitId=${ctx.focus.id}&` : '';
  const perUnit = (
    pick: (g: { open: number; red: number; overdue: number }) => number,
    q: string,
  ) =>
    ctx.units.map((u) => {
      const g = by.get(u.id) ?? { open: 0, red: 0, overdue: 0 };
      const v = pick(g);
      return { unitId: u.id, value: v, display: String(v), link: list(`unitId=${u.id}&${q}`) };
    });
  // 已清零单位 as the backlog table of 统计与清零 (the link) has them: its rows are the units
  // with open matters and those with only matters closed this month (departments too); a
  // row is cleared when nothing of it is overdue.
  const closedOnly = [...(closed?.keys() ?? [])].filter((u) => !by.has(u)).length;
  const backlogRows = b.byUnit.length + closedOnly;
  const cleared = b.byUnit.filter((g) => g.overdue === 0).length + closedOnly;
  const section: Section = {
    key: 'matters',
    title: '督查督办',
    subtitle: `截至 ${ctx.today}`,
    params: { today: ctx.today },
    link: '/matters?tab=board',
    figures: [
      {
        key: 'matters.open',
        label: '在办事项',
        value: b.total.open,
        display: String(b.total.open),
        link: list(`${unitQ}status=open`),
        byUnit: perUnit((g) => g.open, 'status=open'),
        higherBetter: false,
      },
      {
        key: 'matters.red',
        label: '红灯',
        value: b.total.red,
        display: String(b.total.red),
        tone: 'red',
        link: list(`${unitQ}light=red`),
        byUnit: perUnit((g) => g.red, 'light=red'),
        higherBetter: false,
      },
      {
        key: 'matters.overdue',
        label: '超期未办结',
        value: b.total.overdue,
        display: String(b.total.overdue),
        tone: b.total.overdue > 0 ? 'red' : 'green',
        link: list(`${unitQ}overdueAt=${ctx.today}`),
        byUnit: perUnit((g) => g.overdue, `overdueAt=${ctx.today}`),
        higherBetter: false,
      },
      {
        key: 'matters.toZero',
        label: '距清零（在办）',
        value: b.total.open,
        display: String(b.total.open),
        link: list(`${unitQ}status=open`),
      },
    ],
  };
  if (!ctx.focus && backlogRows > 0)
    section.figures.push({
      key: 'matters.cleared',
      label: '已清零单位（无超期）',
      value: cleared,
      display: `${cleared} / ${backlogRows}`,
      tone: 'green',
      link: '/matters?tab=stats',
    });
  return [section];
};
