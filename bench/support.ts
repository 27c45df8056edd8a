import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openDatabase, type Database } from '../src/server/db/connection';
import { runMigrations } from '../src/server/db/migrate';
import { scratchPostgres } from '../test/support/database';

export type BenchDb = 'pglite' | 'postgres';

export function benchArgs(): { db: BenchDb } {
  const { values } = parseArgs({ options: { db: { type: 'string', default: 'pglite' } } });
  if (values.db !== 'pglite' && values.db !== 'postgres') throw new Error('--db pglite|postgres');
  return { db: values.db };
}

/** A fresh migrated database for one benchmark run, removed afterwards. */
export async function benchDatabase(kind: BenchDb): Promise<Database> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-bench-'));
    const database = await openDatabase({ dataDir: dir });
    await runMigrations(database.db);
    return {
      ...database,
      close: async () => (await database.close(), rmSync(dir, { recursive: true, force: true })),
    };
  }
  return scratchPostgres(
    process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    'luoshi_bench',
  );
}

/** Event-loop delay of this process while `work` runs: what a request waiting behind a query feels. */
export async function withLoopLag<T>(
  work: () => Promise<T>,
): Promise<{ result: T; lagP99Ms: number; lagMaxMs: number }> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  try {
    const result = await work();
    return { result, lagP99Ms: h.percentile(99) / 1e6, lagMaxMs: h.max / 1e6 };
  } finally {
    h.disable();
  }
}

/** p50/p95/max of n timed calls, in milliseconds. */
export async function timeCalls(n: number, call: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await call();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { n, p50: round(at(0.5)), p95: round(at(0.95)), max: round(times[times.length - 1]!) };
}

export function round(x: number): number {
  return Math.round(x * 10) / 10;
}
