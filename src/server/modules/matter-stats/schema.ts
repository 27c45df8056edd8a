// Request and response shapes of the monthly statistics and of the deadlines behind them.
import { z } from 'zod';
import { LIMITS } from '../../../core/enums';

export const MonthQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '应为 YYYY-MM')
    .describe('月份'),
});

/** The rows behind a 反馈及时率: the month's feedback deadlines and time nodes. */
export const DeadlinesQuery = MonthQuery.extend({
  unitId: z.uuid().optional().describe('牵头单位'),
  onTime: z.stringbool().optional().describe('按时反馈'),
  page: z.coerce.number().int().min(1).default(1).describe('页码'),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(50).describe('每页条数'),
});
/** One deadline: a matter's 3-day feedback deadline, or one of its time nodes (named). */
export const Deadline = z.object({
  matterId: z.string(),
  title: z.string(),
  kind: z.enum(['feedback', 'node']),
  name: z.string(),
  due: z.string(),
  doneOn: z.string().nullable(),
  onTime: z.boolean(),
});
export const Deadlines = z.object({
  month: z.string(),
  asOf: z.string(),
  items: z.array(Deadline),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
