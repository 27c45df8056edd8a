import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres';

// The embedded default as a user meets it: first start, a killed Luoshi, a stale pid file,
// a port someone else holds.
const dir = mkdtempSync(join(tmpdir(), 'luoshi-embedded-'));
const quiet = { log: () => undefined };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(url: string, text: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('initialises, keeps data across a stop and start, and runs with fsync and autovacuum on', async () => {
    const a = await startEmbeddedPostgres({ dataDir: dir, ...quiet });
    await query(a.url, 'create table kept (v text); insert into kept values ($$记录$$)');
    const settings = await query(
      a.url,
      "select name, setting from pg_settings where name in ('fsync','autovacuum','listen_addresses') order by name",
    );
    expect(settings).toEqual([
      { name: 'autovacuum', setting: 'on' },
      { name: 'fsync', setting: 'on' },
      { name: 'listen_addresses', setting: '127.0.0.1' },
    ]);
    expect((await query(a.url, 'show server_version'))[0].server_version).toMatch(/^17\./);
    await a.stop();
    const b = await startEmbeddedPostgres({ dataDir: dir, ...quiet });
    expect(await query(b.url, 'select v from kept')).toEqual([{ v: '记录' }]);
    await b.stop();
  }, 120_000);

  it('comes back after Luoshi was killed with kill -9 (reusing the surviving server)', async () => {
    // A child process starts the server and is then killed without any chance to stop it.
    const module = new URL('./embedded-postgres.ts', import.meta.url).pathname;
    const script = join(dir, 'luoshi.mts');
    writeFileSync(
      script,
      `import { startEmbeddedPostgres } from ${JSON.stringify(module)};
      const s = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dir)}, log: () => {} });
      console.log('READY ' + s.port); setInterval(() => {}, 1000);`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const port = await new Promise<number>((ok, fail) => {
      child.stdout.on('data', (d: Buffer) => {
        const m = /READY (\d+)/.exec(d.toString());
        if (m) ok(Number(m[1]));
      });
      child.on('exit', () => fail(new Error('child exited early')));
    });
    process.kill(child.pid!, 'SIGKILL');
    const again = await startEmbeddedPostgres({ dataDir: dir, ...quiet });
    expect(again.port).toBe(port); // the orphaned server, reused
    expect(await query(again.url, 'select v from kept')).toEqual([{ v: '记录' }]);
    await again.stop();
  }, 120_000);

  it('starts after a crash left a stale pid file behind', async () => {
    const pidFile = join(dir, 'pg', 'postmaster.pid');
    writeFileSync(pidFile, `999999\n${join(dir, 'pg')}\n0\n5999\n`);
    const s = await startEmbeddedPostgres({ dataDir: dir, ...quiet });
    expect(await query(s.url, 'select count(*)::int as n from kept')).toEqual([{ n: 1 }]);
    expect(readFileSync(pidFile, 'utf8').split('\n')[0]).not.toBe('999999');
    await s.stop();
  }, 120_000);

  it('says clearly that another program holds the configured port', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((ok) =>
      blocker.listen(0, '127.0.0.1', () => ok((blocker.address() as { port: number }).port)),
    );
    try {
      await expect(startEmbeddedPostgres({ dataDir: dir, port, ...quiet })).rejects.toThrow(
        `端口 127.0.0.1:${port} 已被其他程序占用`,
      );
    } finally {
      blocker.close();
    }
  });
});
