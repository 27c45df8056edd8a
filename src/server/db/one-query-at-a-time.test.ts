// Statements sent side by side on one transaction (a remembered value's reads do) run one
// after the other, each with its own answer, in the transaction's snapshot, without pg's
// "will be removed in pg@9.0" queue.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../test/support/database';
import type { Database } from './connection';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase({ demo: false });
});
afterAll(() => database?.close());

describe('queries side by side on one connection', () => {
  it('each gets its own answer, in order, and pg is never asked to queue', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const answers = await database.db.transaction(
        (tx) =>
          Promise.all(
            Array.from({ length: 12 }, (_, i) =>
              tx.execute(sql`select ${i}::int as i, txid_current_if_assigned() is null as ro,
                pg_current_snapshot()::text as s`),
            ),
          ),
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
      const rows = answers.map((a) => a.rows[0] as { i: number; ro: boolean; s: string });
      expect(rows.map((r) => r.i)).toEqual(Array.from({ length: 12 }, (_, i) => i));
      expect(new Set(rows.map((r) => r.s)).size).toBe(1); // one snapshot: one transaction
      // A failing statement fails alone and the ones queued after it still run.
      const client = await database.pool.connect();
      try {
        const settled = await Promise.allSettled([
          client.query('select 1 / $1::int as boom', [0]),
          client.query('select 2 as ok'),
          client.query('select 3 as ok'),
        ]);
        expect(settled.map((s) => s.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
      } finally {
        client.release();
      }
      await new Promise((r) => setImmediate(r)); // warnings are emitted on the next tick
      expect(warnings.filter((m) => m.includes('already executing a query'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });
});
