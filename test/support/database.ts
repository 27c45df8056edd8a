import pg from 'pg';
import { openDatabase, type Database } from '../../src/server/db/connection';
import { runMigrations } from '../../src/server/db/migrate';

/**
 * A fresh, migrated database for one test file: PGlite in memory by default; with
 * LUOSHI_TEST_DB=postgres, a new database on the server at DATABASE_URL, dropped afterwards,
 * so test files can run in parallel without seeing each other's rows.
 */
export async function freshDatabase(): Promise<Database> {
  if (process.env.LUOSHI_TEST_DB !== 'postgres') {
    const database = await openDatabase({ dataDir: 'memory://' });
    await runMigrations(database.db);
    return database;
  }
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('LUOSHI_TEST_DB=postgres needs DATABASE_URL');
  return scratchPostgres(adminUrl, 'luoshi_t');
}

/** A new, migrated database on the server at adminUrl; close() drops it. */
export async function scratchPostgres(adminUrl: string, prefix: string): Promise<Database> {
  const name = `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
  await runMigrations(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
