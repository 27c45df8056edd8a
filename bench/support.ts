import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase, type Database } from '../src/server/db/connection';
import { startEmbeddedPostgres } from '../src/server/db/embedded-postgres';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { runMigrations } from '../src/server/db/migrate';

/** embedded: a fresh embedded PostgreSQL 17 (the default); postgres: the server at DATABASE_URL. */
export type BenchDb = 'embedded' | 'postgres';

export function benchArgs(): { db: BenchDb } {
  const { values } = parseArgs({
    options: { db: { type: 'string', default: 'embedded' } },
    strict: false,
  });
  if (values.db !== 'embedded' && values.db !== 'postgres')
    throw new Error('--db embedded|postgres');
  return { db: values.db };
}

/** A fresh migrated database for one benchmark run, removed afterwards. */
export async function benchDatabase(kind: BenchDb): Promise<Database> {
  let adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  let stop = async () => undefined as unknown;
  if (kind === 'embedded') {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-bench-'));
    const server = await startEmbeddedPostgres({ dataDir: dir, log: () => undefined });
    adminUrl = server.url;
    stop = async () => (await server.stop(), rmSync(dir, { recursive: true, force: true }));
  }
  const name = `luoshi_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({
    url: url.toString(),
    kind: kind === 'embedded' ? 'embedded' : 'server',
    max: 20,
  });
  await runMigrations(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
      await stop();
    },
  };
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

/**
 * Luoshi over real HTTP on a free port, signed in as one user: `get` answers a path's JSON
 * (any status but 200 throws) and keeps the last Server-Timing header.
 */
export async function benchServer(database: Database, username: string, password: string) {
  const config = loadConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '100000' });
  const app = await buildApp({ config, database });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`login: ${await login.text()}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const server = {
    base,
    cookie,
    serverTiming: '',
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- benches read bodies loosely
    async get(path: string): Promise<any> {
      const r = await fetch(base + path, { headers: { cookie } });
      if (r.status !== 200) throw new Error(`${path}: ${r.status} ${await r.text()}`);
      server.serverTiming = r.headers.get('server-timing') ?? '';
      return r.json();
    },
    close: () => app.close(),
  };
  return server;
}
