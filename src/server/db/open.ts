import pg from 'pg';
import type { Config } from '../config';
import { openDatabase, type Database } from './connection';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

/** The database Luoshi keeps its data in on the embedded server. */
const EMBEDDED_DB = 'luoshi';

export interface DatabaseServer {
  /** Where to connect: DATABASE_URL, or the embedded server's `luoshi` database. */
  url: string;
  kind: 'embedded' | 'server';
  /** Stops the embedded server (a no-op for an external one). */
  stop(): Promise<void>;
}

/**
 * DATABASE_URL when set (production); otherwise the embedded PostgreSQL under
 * LUOSHI_DATA_DIR, started (or found still running) and given a `luoshi` database.
 */
export async function resolveDatabaseServer(config: Config): Promise<DatabaseServer> {
  if (config.DATABASE_URL) {
    return { url: config.DATABASE_URL, kind: 'server', stop: async () => undefined };
  }
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres({
    dataDir: config.LUOSHI_DATA_DIR,
    port: config.LUOSHI_PG_PORT,
    log: (line) => console.log(line),
  });
  await ensureDatabase(embedded.url, EMBEDDED_DB);
  const url = new URL(embedded.url);
  url.pathname = `/${EMBEDDED_DB}`;
  return { url: url.toString(), kind: 'embedded', stop: () => embedded.stop() };
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const r = await c.query('select 1 from pg_database where datname = $1', [name]);
    if (r.rowCount === 0) await c.query(`create database ${c.escapeIdentifier(name)}`);
  } finally {
    await c.end();
  }
}

/** Opens a pool on the configured server; close() also stops an embedded server. */
export async function openConfiguredDatabase(
  config: Config,
): Promise<Database & { server: DatabaseServer }> {
  const server = await resolveDatabaseServer(config);
  const database = await openDatabase({ url: server.url, kind: server.kind });
  return {
    ...database,
    server,
    close: async () => {
      await database.close();
      await server.stop();
    },
  };
}
