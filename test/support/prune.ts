import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { DbOrTx } from '../../src/server/db/connection';
import { pruneCountChanges } from '../../src/server/db/count-memo';

/**
 * Prunes change records with no waiting time until transaction `xid`'s are gone, as an hour
 * after it ended. (Other test files' transactions on the same server can hold the oldest
 * running transaction back for a moment: the records go on a later round.)
 */
export async function pruneUntilGone(db: DbOrTx, xid: string): Promise<void> {
  const left = async () =>
    (
      (
        await db.execute(sql`select count(*)::int as n from count_changes
      where xid = ${xid}::xid8`)
      ).rows[0] as { n: number }
    ).n;
  for (let i = 0; i < 100 && (await left()) > 0; i++) {
    await pruneCountChanges(db, { olderThanMs: 0 });
    if ((await left()) > 0) await new Promise((r) => setTimeout(r, 100));
  }
  expect(await left()).toBe(0);
  await pruneCountChanges(db, { olderThanMs: 0 }); // and the fact records with them
}
