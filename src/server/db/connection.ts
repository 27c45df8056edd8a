import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig, PglitePgConnection } from '@electric-sql/pglite/node-postgres';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle; it has the same query API as Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  pool: pg.Pool;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

// drizzle passes a custom type-parser object as `types` on parameterised queries. Real pg
// ignores it when writing the Parse message (it reads only an array of parameter OIDs), but
// PGlite's bridge calls types.forEach and throws, which leaves the connection hung. Hand it
// what pg would effectively send: no parameter types.
type ParseMessage = { types?: unknown };
const originalParse = PglitePgConnection.prototype.parse;
PglitePgConnection.prototype.parse = function parse(query: ParseMessage) {
  return originalParse.call(
    this,
    Array.isArray(query?.types) ? query : { ...query, types: undefined },
  );
};

// Numeric and bigint come back as strings from pg by default; counts we read are small, and
// amounts are numeric(…) which we parse explicitly where needed.
pg.types.setTypeParser(20, (v) => Number(v));

/**
 * One code path for both databases: PGlite poses as a node-postgres Pool (pool size 1, so
 * transactions are serialised, which is what PGlite can do anyway). Inside a transaction use
 * only the tx handle: a query on the pool from inside a PGlite transaction would wait forever.
 */
export async function openDatabase(opts: {
  databaseUrl?: string;
  dataDir: string;
}): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection dropped by the server (restart, a dropped test database) is replaced
    // on next use; unhandled, its error event would end the process.
    pool.on('error', (err) => console.error(`database connection lost: ${err.message}`));
    return { db: drizzle(pool, { schema }), pool, kind: 'postgres', close: () => pool.end() };
  }
  if (!opts.dataDir.startsWith('memory://')) mkdirSync(opts.dataDir, { recursive: true });
  const lite = await PGlite.create(opts.dataDir, { extensions: { pg_trgm } });
  const pool = new pg.Pool(createPgConfig(lite));
  return {
    db: drizzle(pool, { schema }),
    pool,
    kind: 'pglite',
    close: async () => {
      await pool.end();
      await lite.close();
    },
  };
}
