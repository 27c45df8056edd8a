import { and, asc, eq } from 'drizzle-orm';
import {
  createCalendar,
  validateCalendarOverrides,
  type CalendarOverride,
  type WorkingCalendar,
} from '../../../core/calendar/calendar';
import type { Actor } from '../../audit/record';
import type { Db, DbOrTx } from '../../db/connection';
import { calendarOverrides } from '../../db/schema';
import { writeTx } from '../../db/write';
import { badRequest } from '../../errors';

// The official calendar (chinese-days) with the overrides an administrator entered for the
// workspace. Built once per workspace and rebuilt after the overrides change.
const cache = new Map<string, WorkingCalendar>();

export async function listOverrides(
  db: DbOrTx,
  workspaceId: string,
  year?: number,
): Promise<CalendarOverride[]> {
  const rows = await db
    .select()
    .from(calendarOverrides)
    .where(
      and(
        eq(calendarOverrides.workspaceId, workspaceId),
        year === undefined ? undefined : eq(calendarOverrides.year, year),
      ),
    )
    .orderBy(asc(calendarOverrides.date));
  return rows.map((r) => ({
    date: r.date,
    kind: r.kind as CalendarOverride['kind'],
    ...(r.name ? { name: r.name } : {}),
  }));
}

export async function workspaceCalendar(db: DbOrTx, workspaceId: string): Promise<WorkingCalendar> {
  let cal = cache.get(workspaceId);
  if (!cal) {
    cal = createCalendar(await listOverrides(db, workspaceId));
    cache.set(workspaceId, cal);
  }
  return cal;
}

/** Replaces one year's overrides (the year's notice typed in as a whole). */
export async function replaceYearOverrides(
  db: Db,
  o: { actor: Actor; year: number; overrides: CalendarOverride[] },
): Promise<CalendarOverride[]> {
  const errors = validateCalendarOverrides(o.overrides);
  o.overrides.forEach((d, i) => {
    if (d.date.slice(0, 4) !== String(o.year)) {
      errors.push(`第 ${i + 1} 条：日期 ${d.date} 不在 ${o.year} 年`);
    }
  });
  if (errors.length > 0) throw badRequest(errors.join('；'), 'overrides');
  const ws = o.actor.workspaceId;
  await writeTx(db, o.actor, async (tx, audit) => {
    const before = await listOverrides(tx, ws, o.year);
    await tx
      .delete(calendarOverrides)
      .where(and(eq(calendarOverrides.workspaceId, ws), eq(calendarOverrides.year, o.year)));
    if (o.overrides.length > 0) {
      await tx.insert(calendarOverrides).values(
        o.overrides.map((d) => ({
          workspaceId: ws,
          date: d.date,
          year: o.year,
          kind: d.kind,
          name: d.name ?? null,
        })),
      );
    }
    await audit({
      action: 'calendar.year_replaced',
      entityType: 'calendar',
      entityId: String(o.year),
      summary: `录入 ${o.year} 年节假日调休安排 ${o.overrides.length} 条`,
      before,
      after: o.overrides,
    });
  });
  cache.delete(ws);
  return listOverrides(db, ws, o.year);
}
