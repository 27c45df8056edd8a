import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Db } from './connection';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../../drizzle', import.meta.url));

/** Applies the committed SQL migrations in order; safe to run at every start. */
export async function runMigrations(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  // A table added by a later migration marks its changes for the remembered figures too
  // (db/count-memo.ts; the function is defined in 0015_count_changes_everywhere).
  await db.execute(sql`select ensure_count_change_triggers()`);
}
