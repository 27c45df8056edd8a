import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import type { Config } from './config';
import { openDatabase, type Database } from './db/connection';
import { runMigrations } from './db/migrate';
import { seedDemoIfEmpty } from './demo/seed-demo';
import { startJobs, type JobRunner } from './jobs/runner';

export interface Runtime {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

/** Opens the database, applies migrations, seeds the demo workspace if asked, builds the app. */
export async function startRuntime(config: Config): Promise<Runtime> {
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.LUOSHI_DATA_DIR,
  });
  await runMigrations(database.db);
  if (config.LUOSHI_DEMO) await seedDemoIfEmpty(database.db);
  const app = await buildApp({ config, database });
  const jobs: JobRunner | null = config.LUOSHI_JOBS ? await startJobs(database, config) : null;
  return {
    app,
    database,
    close: async () => {
      await jobs?.stop();
      await app.close();
      await database.close();
    },
  };
}
