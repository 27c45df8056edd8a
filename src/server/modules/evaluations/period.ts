import { monthEnd, type IsoDate } from '../../../core/dates';
import { badRequest } from '../../errors';

/** An evaluation period: 'YYYY-MM', the year to date through that month (cumulative, 1-N月). */
export interface EvalPeriod {
  key: string;
  year: number;
  month: number;
  start: IsoDate;
  /** The month's last day, or today while the month runs. */
  end: IsoDate;
  labelZh: string;
}

export function parsePeriod(key: string, today: IsoDate): EvalPeriod {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (!m) throw badRequest('考核期应为 YYYY-MM', 'period');
  const year = Number(m[1]);
  const month = Number(m[2]);
  const start = `${year}-01-01`;
  if (start > today) throw badRequest('不能考核未来的时期', 'period');
  const last = monthEnd(key);
  return {
    key,
    year,
    month,
    start,
    end: last < today ? last : today,
    labelZh: month === 1 ? `${year}年1月` : `${year}年1-${month}月`,
  };
}
