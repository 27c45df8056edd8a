import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase, type Db } from './db/connection';
import { warmCockpit } from './modules/cockpit/warm-up';
import { prepareDatabase, startBackground } from './runtime';

/** Where the primary tells its workers to connect (internal; set by the primary only). */
const WORKER_DB_URL = 'LUOSHI_WORKER_DATABASE_URL';
const WORKER_DB_KIND = 'LUOSHI_WORKER_DATABASE_KIND';

/**
 * `luoshi serve`. The primary prepares the database (the embedded server, migrations, the
 * demo) and runs the background work (jobs, audit sealer); HTTP is served by one worker
 * process per core (at most 4, or LUOSHI_WORKERS), so one busy request cannot stall the rest.
 * With one worker the primary serves HTTP itself.
 */
export async function serve(config: Config): Promise<void> {
  if (cluster.isWorker) return serveWorker(config);
  const workers = config.LUOSHI_WORKERS || Math.min(availableParallelism(), 4);
  const database = await prepareDatabase(config);
  const background = await startBackground(database, config);
  let stopping = false;
  let closeApp: () => Promise<void> = async () => undefined;

  if (workers <= 1) {
    const app = await buildApp({ config, database });
    await app.listen({ host: config.HOST, port: config.PORT });
    warmUp(database.db);
    closeApp = () => app.close();
  } else {
    cluster.setupPrimary({ silent: false });
    const fork = () =>
      cluster.fork({ [WORKER_DB_URL]: database.url, [WORKER_DB_KIND]: database.kind });
    for (let i = 0; i < workers; i++) fork();
    cluster.on('exit', (w, code, signal) => {
      if (stopping) return;
      console.error(`HTTP 工作进程 ${w.process.pid} 退出（${signal ?? code}），正在重启`);
      fork();
    });
    await new Promise<void>((ok) => {
      let listening = 0;
      cluster.on('listening', () => ++listening === workers && ok());
    });
    closeApp = async () => {
      const exits = Object.values(cluster.workers ?? {}).map(
        (w) => new Promise((ok) => (w!.isDead() ? ok(null) : w!.once('exit', ok))),
      );
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      await Promise.all(exits);
    };
  }
  console.log(
    `Luoshi: http://${config.HOST}:${config.PORT}  (${workers} 个 HTTP 进程，数据库：${database.kind === 'embedded' ? '内置 PostgreSQL' : 'DATABASE_URL'})` +
      (config.LUOSHI_DEMO ? '  演示账号见 README' : ''),
  );
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('正在停止 Luoshi…');
    await closeApp();
    await background.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

async function serveWorker(config: Config): Promise<void> {
  const url = process.env[WORKER_DB_URL];
  if (!url) throw new Error(`${WORKER_DB_URL} is set by the primary process only`);
  const kind = process.env[WORKER_DB_KIND] === 'embedded' ? 'embedded' : 'server';
  const database = await openDatabase({ url, kind });
  const app = await buildApp({ config, database });
  await app.listen({ host: config.HOST, port: config.PORT });
  warmUp(database.db);
  const close = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', close);
  process.on('SIGINT', () => undefined); // the primary decides; Ctrl-C reaches the whole group
  // The primary was killed (kill -9): nobody will restart or stop us, so leave.
  process.on('disconnect', () => void close());
}

/** What the first requests would otherwise compute while their callers wait (in the background). */
function warmUp(db: Db): void {
  warmCockpit(db).catch((e: Error) => console.error(`warm-up: ${e.message}`));
}
