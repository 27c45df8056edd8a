import type { FastifyRequest } from 'fastify';
import { isIsoDate, todayInShanghai, type IsoDate } from '../core/dates';
import type { Config } from './config';
import { badRequest } from './errors';

export const FIXED_TODAY_HEADER = 'x-luoshi-today';

/**
 * Today in China (Asia/Shanghai). Tests may fix the date with the x-luoshi-today header, which
 * is honoured only when LUOSHI_ALLOW_FIXED_TODAY=true (never in production).
 */
export function todayOf(req: FastifyRequest, config: Config): IsoDate {
  const fixed = req.headers[FIXED_TODAY_HEADER];
  if (config.LUOSHI_ALLOW_FIXED_TODAY && typeof fixed === 'string') {
    if (!isIsoDate(fixed)) throw badRequest('测试日期格式无效，应为 YYYY-MM-DD');
    return fixed;
  }
  return todayInShanghai(new Date());
}
