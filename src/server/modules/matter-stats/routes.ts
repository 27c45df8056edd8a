import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { monthEnd, monthStart, type IsoDate } from '../../../core/dates';
import { formatBeijing } from '../../../core/beijing-time';
import { formatRatio } from '../../../core/format';
import { pagesForExport } from '../../excel/list-export';
import { sendXlsx, streamLedger } from '../../excel/ledger-writer';
import { badRequest } from '../../errors';
import type { ModuleDeps } from '../index';
import { matterScope } from '../matters/access';
import { callerOf } from '../matters/detail';
import { loadMatterSettings } from '../matters/settings';
import { Deadlines, DeadlinesQuery, MonthQuery } from './schema';
import {
  boardCounts,
  closedBetween,
  monthDeadlines,
  monthRows,
  type DeadlineRow,
  namesOf,
  type BoardGroup,
} from './queries';

const Counts = z.object({
  open: z.number(),
  red: z.number(),
  yellow: z.number(),
  green: z.number(),
  overdue: z.number(),
});
const Group = Counts.extend({ id: z.string().nullable(), name: z.string() });
const Board = z.object({
  today: z.string(),
  total: Counts,
  byUnit: z.array(Group),
  byList: z.array(Group),
  byLeader: z.array(Group),
});
const BacklogRow = Counts.extend({
  unitId: z.string(),
  unitName: z.string(),
  closedThisMonth: z.number(),
  /** Open matters still to close: the "0" of 13710 counts down to it. */
  toZero: z.number(),
  clearedToZero: z.boolean(),
});
const StatRow = z.object({
  unitId: z.string().nullable(),
  unitName: z.string(),
  assigned: z.number(),
  closed: z.number(),
  closedOnTime: z.number(),
  onTimeRate: z.string(),
  overdueOpen: z.number(),
  feedbackDue: z.number(),
  feedbackOnTime: z.number(),
  feedbackRate: z.string(),
  backlog: z.number(),
  clearedToZero: z.boolean(),
});
const Stats = z.object({
  month: z.string(),
  asOf: z.string(),
  rows: z.array(StatRow),
  total: StatRow,
});

export default async function matterStatsRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  /** Groups with their names, sorted: most red first, then in unit (or list) order. */
  async function named(
    ws: string,
    table: 'units' | 'matter_lists',
    groups: BoardGroup[],
    none: string,
    known?: Awaited<ReturnType<typeof namesOf>>,
  ) {
    const names =
      known ??
      (await namesOf(
        db,
        ws,
        table,
        groups.flatMap((g) => (g.key ? [g.key] : [])),
      ));
    return groups
      .map(({ key, ...c }) => ({
        id: key,
        name: key ? (names.get(key)?.name ?? key) : none,
        sort: key ? (names.get(key)?.sortKey ?? key) : '~',
        ...c,
      }))
      .sort((a, b) => b.red - a.red || (a.sort < b.sort ? -1 : 1))
      .map(({ sort: _s, ...g }) => g);
  }

  app.get('/api/matters/board', { schema: { response: { 200: Board } } }, async (req) => {
    const caller = callerOf(req, config);
    const ws = caller.auth.workspaceId;
    const { yellowWithinDays } = await loadMatterSettings(db, ws, caller.auth.settings);
    const b = await boardCounts(db, {
      workspaceId: ws,
      paths: matterScope(caller.auth),
      today: caller.today,
      yellowWithinDays,
    });
    return {
      today: caller.today,
      total: b.total,
      byUnit: await named(ws, 'units', b.byUnit, '—'),
      byList: await named(ws, 'matter_lists', b.byList, '未列入清单'),
      byLeader: b.byLeader.map(({ key, ...c }) => ({ id: key, name: key || '未指定', ...c })),
    };
  });

  // Per lead unit: open, overdue (办结期限 passed) and whether it has cleared to zero.
  app.get(
    '/api/matters/backlog',
    { schema: { response: { 200: z.object({ today: z.string(), items: z.array(BacklogRow) }) } } },
    async (req) => {
      const caller = callerOf(req, config);
      const ws = caller.auth.workspaceId;
      const paths = matterScope(caller.auth);
      const { yellowWithinDays } = await loadMatterSettings(db, ws, caller.auth.settings);
      const b = await boardCounts(db, {
        workspaceId: ws,
        paths,
        today: caller.today,
        yellowWithinDays,
        unitsOnly: true,
      });
      const closed = await closedBetween(db, {
        workspaceId: ws,
        paths,
        start: monthStart(caller.today),
        end: caller.today,
      });
      const open = new Set(b.byUnit.map((g) => g.key));
      const closedOnly = [...closed.keys()].filter((u) => !open.has(u));
      // One name look-up for both parts; each part keeps its own order.
      const names = await namesOf(db, ws, 'units', [
        ...b.byUnit.flatMap((g) => (g.key ? [g.key] : [])),
        ...closedOnly,
      ]);
      const rows = await named(ws, 'units', b.byUnit, '—', names);
      const extra = await named(
        ws,
        'units',
        closedOnly.map((key) => ({ key, open: 0, red: 0, yellow: 0, green: 0, overdue: 0 })),
        '—',
        names,
      );
      return {
        today: caller.today,
        items: [...rows, ...extra].map((r) => ({
          unitId: r.id!,
          unitName: r.name,
          open: r.open,
          red: r.red,
          yellow: r.yellow,
          green: r.green,
          overdue: r.overdue,
          closedThisMonth: closed.get(r.id!) ?? 0,
          toZero: r.open,
          clearedToZero: r.overdue === 0,
        })),
      };
    },
  );

  /** The days a month's statistics count: its first day to its end, or today while it runs. */
  function monthDays(month: string, today: IsoDate) {
    const start = monthStart(month);
    if (start > today) throw badRequest('不能统计未来的月份', 'month');
    const end = monthEnd(month);
    return { start, asOf: (end < today ? end : today) as IsoDate };
  }

  /** The caller's deadlines of a month (those a list or its ledger shows), a page of them. */
  function deadlinesOf(
    req: Parameters<typeof callerOf>[0],
    q: { month: string; unitId?: string; onTime?: boolean },
  ) {
    const caller = callerOf(req, config);
    const { start, asOf } = monthDays(q.month, caller.today);
    const page = (offset: number, limit: number) =>
      monthDeadlines(db, {
        workspaceId: caller.auth.workspaceId,
        paths: matterScope(caller.auth),
        start,
        end: asOf,
        unitId: q.unitId,
        onTime: q.onTime,
        limit,
        offset,
      });
    return { caller, asOf, page };
  }

  // The deadlines behind a unit's 反馈及时率 (with onTime=true, those met): one row each.
  app.get(
    '/api/matters/deadlines',
    { schema: { querystring: DeadlinesQuery, response: { 200: Deadlines } } },
    async (req) => {
      const { month, page, pageSize } = req.query;
      const d = deadlinesOf(req, req.query);
      const r = await d.page((page - 1) * pageSize, pageSize);
      return { month, asOf: d.asOf, items: r.rows, total: r.total, page, pageSize };
    },
  );

  // The same deadlines as an .xlsx ledger, every row of them.
  app.get(
    '/api/matters/deadlines.xlsx',
    { schema: { querystring: DeadlinesQuery.omit({ page: true, pageSize: true }) } },
    async (req, reply) => {
      const { month, onTime } = req.query;
      const { caller, asOf, page } = deadlinesOf(req, req.query);
      const rows = await pagesForExport(page);
      const stream = streamLedger<DeadlineRow>(
        {
          title: `反馈节点（${month}，截至 ${asOf}）${onTime ? '：按时反馈的' : ''}`,
          sheetName: '反馈节点',
          subtitle: `导出人：${caller.auth.displayName}  导出时间：${formatBeijing(new Date())}`,
          columns: [
            { header: '事项', width: 40, value: (r) => r.title },
            {
              header: '节点',
              width: 24,
              value: (r) => (r.kind === 'feedback' ? '交办后 3 日内反馈' : r.name),
            },
            { header: '应于', width: 12, value: (r) => r.due },
            { header: '完成于', width: 12, value: (r) => r.doneOn ?? '—' },
            {
              header: '是否按时',
              width: 10,
              value: (r) => (r.onTime ? '按时' : '未按时'),
              fill: (r) => (r.onTime ? 'green' : 'red'),
            },
          ],
        },
        rows,
      );
      return sendXlsx(reply, `反馈节点 ${month}.xlsx`, stream);
    },
  );

  async function monthly(req: Parameters<typeof callerOf>[0], month: string) {
    const caller = callerOf(req, config);
    const ws = caller.auth.workspaceId;
    const { start, asOf } = monthDays(month, caller.today);
    const raw = await monthRows(db, {
      workspaceId: ws,
      paths: matterScope(caller.auth),
      start,
      end: asOf,
    });
    const names = await namesOf(
      db,
      ws,
      'units',
      raw.map((r) => r.unit),
    );
    const shape = (
      unitId: string | null,
      unitName: string,
      r: Omit<(typeof raw)[number], 'unit'>,
    ) => ({
      unitId,
      unitName,
      assigned: r.assigned,
      closed: r.closed,
      closedOnTime: r.closed_on_time,
      onTimeRate: formatRatio(r.closed_on_time, r.closed),
      overdueOpen: r.overdue_open,
      feedbackDue: r.feedback_due,
      feedbackOnTime: r.feedback_on_time,
      feedbackRate: formatRatio(r.feedback_on_time, r.feedback_due),
      backlog: r.backlog,
      clearedToZero: r.overdue_open === 0,
    });
    const rows = raw
      .map((r) => ({
        sort: names.get(r.unit)?.sortKey ?? r.unit,
        row: shape(r.unit, names.get(r.unit)?.name ?? r.unit, r),
      }))
      .sort((a, b) => (a.sort < b.sort ? -1 : 1))
      .map((x) => x.row);
    const sum = (k: keyof (typeof raw)[number]) => raw.reduce((n, r) => n + Number(r[k]), 0);
    const total = shape(null, '合计', {
      assigned: sum('assigned'),
      closed: sum('closed'),
      closed_on_time: sum('closed_on_time'),
      overdue_open: sum('overdue_open'),
      backlog: sum('backlog'),
      feedback_due: sum('feedback_due'),
      feedback_on_time: sum('feedback_on_time'),
    });
    return { month, asOf, rows, total };
  }

  app.get(
    '/api/matters/stats',
    { schema: { querystring: MonthQuery, response: { 200: Stats } } },
    async (req) => monthly(req, req.query.month),
  );

  // The same table as an .xlsx ledger, ready for the monthly circular (通报).
  app.get(
    '/api/matters/stats.xlsx',
    { schema: { querystring: MonthQuery } },
    async (req, reply) => {
      const s = await monthly(req, req.query.month);
      const [y, mo] = s.month.split('-');
      const title = `${y}年${Number(mo)}月督办事项办理情况统计表`;
      const stream = streamLedger(
        {
          title,
          sheetName: '月度统计',
          subtitle: `统计截至 ${s.asOf}`,
          columns: [
            { header: '单位', width: 24, value: (r: (typeof s.rows)[number]) => r.unitName },
            { header: '本月交办', unit: '件', value: (r) => r.assigned },
            { header: '本月办结', unit: '件', value: (r) => r.closed },
            { header: '按期办结', unit: '件', value: (r) => r.closedOnTime },
            { header: '按期办结率', value: (r) => r.onTimeRate },
            { header: '超期未办结', unit: '件', value: (r) => r.overdueOpen },
            { header: '反馈及时率', value: (r) => r.feedbackRate },
            { header: '月末未办结', unit: '件', value: (r) => r.backlog },
          ],
        },
        [...s.rows, s.total],
      );
      return sendXlsx(reply, `${title}.xlsx`, stream);
    },
  );
}
