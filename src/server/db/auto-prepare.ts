import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Statements prepared per connection, at most: past this a connection sends the rest unnamed
 * (parsed and planned each time, as before). Bounds the server memory a connection can hold
 * for queries whose text varies (an IN list of another length is another text).
 */
const MAX_PREPARED_PER_CONNECTION = 300;

/**
 * A comment that keeps a query unnamed, so PostgreSQL plans it for its actual values every
 * time: for searches whose best plan depends on the words (a `like` prefix index, a GIN
 * containment), where a reused generic plan would scan the whole table.
 */
export const UNPREPARED = '/* unprepared */';

/**
 * Makes every parameterised query on this connection a named prepared statement (the name is
 * a hash of its text), so PostgreSQL parses and plans it once per connection instead of on
 * every request. Measured on the 100k-matter city (bench/wrk): the database's CPU per list
 * request roughly halved. PostgreSQL still re-plans with the actual values for the first
 * executions and keeps a generic plan only when it is no worse (plan_cache_mode = auto).
 *
 * Left unnamed: queries without parameters (migrations, multi-statement scripts), text with a
 * semicolon, text marked UNPREPARED, and anything past the per-connection limit.
 */
export function autoPrepare(client: pg.PoolClient | pg.Client): void {
  const prepared = new Set<string>();
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const named = (config: unknown, values: unknown): unknown => {
    if (!config || typeof config !== 'object') return config;
    const c = config as pg.QueryConfig;
    const params = Array.isArray(values) ? values : c.values;
    if (c.name || !c.text || !params?.length || c.text.includes(';')) return config;
    if (c.text.includes(UNPREPARED)) return config;
    const name = 'lq_' + createHash('sha1').update(c.text).digest('base64url').slice(0, 20);
    if (!prepared.has(name)) {
      if (prepared.size >= MAX_PREPARED_PER_CONNECTION) return config;
      prepared.add(name);
    }
    return { ...c, name };
  };
  (client as unknown as { query: unknown }).query = (config: unknown, ...rest: unknown[]) =>
    query(named(config, rest[0]), ...rest);
}
