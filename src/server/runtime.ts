import { sql } from 'drizzle-orm';
import { configuredAnchorStore } from './audit/anchor-store';
import { startAuditSealer } from './audit/seal';
import type { Config } from './config';
import { startCountChangePruner } from './db/count-memo';
import { openDatabase, type Database } from './db/connection';
import { runMigrations } from './db/migrate';
import { resolveDatabaseServer } from './db/open';
import { seedDemoIfEmpty } from './demo/seed-demo';
import { startExportRunner } from './exports/runner';
import { startJobs } from './jobs/runner';
// Long exports register their kinds at import time.
import './modules/matter-lists/ledger';
import './modules/enterprises/evaluation-job';

export interface Background {
  stop(): Promise<void>;
}

/**
 * Gets the database ready: the configured server (or the embedded one, started or found
 * running), migrations, and the demo workspace when asked. Run once, by the primary.
 */
export async function prepareDatabase(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<Database> {
  const server = await resolveDatabaseServer(config);
  const database = await openDatabase({ url: server.url, kind: server.kind });
  try {
    await runMigrations(database.db);
    if (config.LUOSHI_DEMO) {
      const t0 = Date.now();
      const created = await seedDemoIfEmpty(database.db, log);
      if (created) log(`演示工作区已创建（${((Date.now() - t0) / 1000).toFixed(1)} 秒）`);
    }
  } catch (e) {
    await database.close();
    await server.stop();
    throw e;
  }
  return {
    ...database,
    close: async () => {
      await database.close();
      await server.stop();
    },
  };
}

/** Work that runs in one process only: the job queue and the audit sealer. */
export async function startBackground(database: Database, config: Config): Promise<Background> {
  const jobs = config.LUOSHI_JOBS ? await startJobs(database, config) : null;
  const sealer = startAuditSealer(database.db, {
    anchors: configuredAnchorStore(config),
    anchorEveryMs: config.LUOSHI_AUDIT_ANCHOR_SECONDS * 1000,
  });
  const exports = startExportRunner(database.db, config.LUOSHI_DATA_DIR);
  const pruner = startCountChangePruner(database.db);
  return {
    async stop() {
      pruner.stop();
      await exports.stop();
      await jobs?.stop();
      await sealer.stop();
      await sealer.sealNow().catch(() => undefined);
    },
  };
}

/** Refreshes planner statistics after bulk writes (seed, imports, generated data). */
export async function analyze(database: Pick<Database, 'db'>): Promise<void> {
  await database.db.execute(sql`analyze`);
}
