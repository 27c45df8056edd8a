import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { autoPrepare } from './auto-prepare';
import { oneQueryAtATime } from './one-query-at-a-time';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; it has the same query API as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  pool: pg.Pool;
  /** The connection string (the embedded server's or DATABASE_URL). */
  url: string;
  /** The embedded PostgreSQL started by Luoshi, or a server given by DATABASE_URL. */
  kind: 'embedded' | 'server';
  close(): Promise<void>;
}

// Numeric and bigint come back as strings from pg by default; counts we read are small, and
// amounts are numeric(…) which we parse explicitly where needed.
pg.types.setTypeParser(20, (v) => Number(v));

/** A pool of connections to a PostgreSQL server (embedded or external: the same code path). */
export async function openDatabase(opts: {
  url: string;
  kind: Database['kind'];
  max?: number;
}): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.max ?? 10,
    // Kept open through quiet spells (pg's default closes an idle connection after 10 s): a
    // new connection costs a server process and its prepared statements (auto-prepare.ts).
    // The demo's cockpit after a 12 s pause: 7–15 ms instead of 17–21.
    idleTimeoutMillis: 5 * 60_000,
  });
  // An idle connection dropped by the server (restart, a dropped test database) is replaced
  // on next use; unhandled, its error event would end the process.
  pool.on('connect', (client) => {
    oneQueryAtATime(client);
    autoPrepare(client);
  });
  pool.on('error', (err) => console.error(`database connection lost: ${err.message}`));
  return {
    db: drizzle(pool, { schema }),
    pool,
    url: opts.url,
    kind: opts.kind,
    close: () => pool.end(),
  };
}
