import type pg from 'pg';

/**
 * Queues a connection's promise-form queries in JavaScript, one after the other. Reads that a
 * remembered value runs side by side on one transaction (count-memo.ts: a read's sections use
 * Promise.all) would otherwise queue inside pg, which pg 8 still does but deprecates ("will
 * be removed in pg@9.0", printed at every start since the warm-up). A connection runs one
 * statement at a time either way, so nothing is slower. Callback-form calls and submittables
 * (cursors) pass straight through.
 */
export function oneQueryAtATime(client: pg.PoolClient | pg.Client): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  let last: Promise<unknown> = Promise.resolve();
  (client as unknown as { query: unknown }).query = (config: unknown, ...rest: unknown[]) => {
    const direct =
      rest.some((r) => typeof r === 'function') ||
      (typeof config === 'object' &&
        config !== null &&
        (typeof (config as { submit?: unknown }).submit === 'function' ||
          typeof (config as { callback?: unknown }).callback === 'function'));
    if (direct) return query(config, ...rest);
    const run = () => query(config, ...rest);
    const result = last.then(run, run);
    last = result.catch(() => undefined);
    return result;
  };
}
