// A programme's remembered list entries, brought up to date from the entries that changed,
// must always equal reading them afresh: after a project's report, an entry added, removed or
// moved to another programme, a change to another table they read, while a change is still
// uncommitted, after the records were pruned, and after a truncate; callers side by side
// share one refresh. The unchanged entries must be the very objects remembered before: that
// shows the rows were not all read again.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/server';
import { pruneUntilGone } from '../../../test/support/prune';
import { programmeEntries, rememberedEntries, type EntryRow } from '../modules/projects/queries';

let server: TestServer;
let ws = '';
let programmeId = '';
let otherProgrammeId = '';
let root = '';

beforeAll(async () => {
  server = await startTestServer();
  const { rows } = await server.database.db.execute<{ ws: string; id: string; kind: string }>(
    sql`select workspace_id::text as ws, id::text as id, kind from programmes order by created_at`,
  );
  const three = rows.find((r) => r.kind === 'three_batches')!;
  [ws, programmeId] = [three.ws, three.id];
  otherProgrammeId = rows.find((r) => r.id !== programmeId)!.id;
  root = (
    await server.database.db.execute<{ path: string }>(
      sql`select path from units where workspace_id = ${ws} and depth = 0`,
    )
  ).rows[0]!.path;
});
afterAll(() => server?.close());

const byId = (rows: readonly EntryRow[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

/** The remembered entries, checked against a fresh read. */
async function expectExact() {
  const { db } = server.database;
  const remembered = await rememberedEntries(db, ws, programmeId, [root]);
  const fresh = await programmeEntries(db, ws, programmeId, [root]);
  expect(byId(remembered)).toEqual(byId(fresh));
  return remembered;
}

const entryOf = (rows: readonly EntryRow[], id: string) => rows.find((e) => e.id === id);

async function anEntry() {
  const { rows } = await server.database.db.execute<{ id: string; projectId: string }>(sql`
    select id::text as id, project_id::text as "projectId" from programme_entries
    where programme_id = ${programmeId} order by id limit 1`);
  return rows[0]!;
}

describe('remembered programme entries brought up to date from the changes', () => {
  it('equal a fresh read after each kind of change, reading only the changed entries', async () => {
    const { db } = server.database;
    const first = await expectExact();
    expect(first.length).toBeGreaterThan(50);
    const changed = await anEntry();
    const untouched = first.find((e) => e.projectId !== changed.projectId)!;

    // A monthly report on the project: its facts are pushed onto its entries (0017).
    await db.execute(sql`update projects set ytd_completed = coalesce(ytd_completed, 0) + 7,
        ytd_month = ${'2026-10'} where id = ${changed.projectId}`);
    const afterReport = await expectExact();
    expect(entryOf(afterReport, changed.id)!.ytdMonth).toBe('2026-10');
    expect(entryOf(afterReport, untouched.id)).toBe(entryOf(first, untouched.id)); // same object

    // An entry added, then one moved to another programme, then one deleted.
    const added = (
      await db.execute<{ id: string }>(sql`insert into programme_entries
          (workspace_id, programme_id, round_id, list, project_id, seq)
        select workspace_id, programme_id, round_id, 'build', project_id, 999
        from programme_entries where id = ${untouched.id} returning id::text as id`)
    ).rows[0]!;
    const afterInsert = await expectExact();
    expect(afterInsert.length).toBe(first.length + 1);
    expect(entryOf(afterInsert, added.id)!.list).toBe('build');
    await db.execute(sql`update programme_entries set programme_id = ${otherProgrammeId},
        round_id = null where id = ${added.id}`);
    expect((await expectExact()).length).toBe(first.length);
    await db.execute(sql`delete from programme_entries where id = ${untouched.id}`);
    const afterDelete = await expectExact();
    expect(afterDelete.length).toBe(first.length - 1);
    expect(entryOf(afterDelete, untouched.id)).toBeUndefined();

    // A change to another table the entries read (a round's number): all read afresh.
    const other = afterDelete.find((e) => e.roundSeq !== null)!;
    await db.execute(sql`update programme_rounds set seq = seq + 100
      where programme_id = ${programmeId}`);
    const afterRounds = await expectExact();
    expect(entryOf(afterRounds, other.id)!.roundSeq).toBe(other.roundSeq! + 100);
    await db.execute(sql`update programme_rounds set seq = seq - 100
      where programme_id = ${programmeId}`);
    await expectExact();
  });

  it('leaves out a change until it is committed, and takes it in once it is', async () => {
    const { pool } = server.database;
    const changed = await anEntry();
    const before = entryOf(await expectExact(), changed.id)!;
    const writer = await pool.connect();
    try {
      await writer.query('begin');
      await writer.query(`update projects set completed_on = '2026-11-02' where id = $1`, [
        changed.projectId,
      ]);
      expect(entryOf(await expectExact(), changed.id)!.completedOn).toBe(before.completedOn);
      await writer.query('commit');
    } finally {
      writer.release();
    }
    expect(entryOf(await expectExact(), changed.id)!.completedOn).toBe('2026-11-02');
  });

  it('shares one refresh between callers side by side', async () => {
    const { db } = server.database;
    const changed = await anEntry();
    await expectExact();
    await db.execute(sql`update projects set ytd_completed = coalesce(ytd_completed, 0) + 3
      where id = ${changed.projectId}`);
    // The cockpit's section and the assessment ask at once after a report: one re-read, one list.
    const [a, b] = await Promise.all([
      rememberedEntries(db, ws, programmeId, [root]),
      rememberedEntries(db, ws, programmeId, [root]),
    ]);
    expect(a).toBe(b);
    expect(byId(a)).toEqual(byId(await programmeEntries(db, ws, programmeId, [root])));
  });

  it('reads afresh when records it would need were pruned, never missing a change', async () => {
    const { db } = server.database;
    const changed = await anEntry();
    await expectExact(); // remembered with its snapshot
    const { xid } = (
      await db.execute<{ xid: string }>(sql`with moved as (update projects
          set ytd_completed = coalesce(ytd_completed, 0) + 11 where id = ${changed.projectId}
          returning id)
        select pg_current_xact_id()::text as xid from moved`)
    ).rows[0]!;
    const logged = async () =>
      (
        await db.execute<{ n: number }>(sql`select count(*)::int as n
          from programme_entry_changes where xid = ${xid}::xid8`)
      ).rows[0]!.n;
    expect(await logged()).toBeGreaterThan(0);
    // The report's records are gone (as an hour after it): the remembered entries cannot be
    // brought up to date from them, and must not be taken as unchanged either.
    await pruneUntilGone(db, xid);
    expect(await logged()).toBe(0);
    await expectExact();
  });

  // Last in the file: it empties this file's own copy of the database.
  it('reads afresh after the entries are truncated: none is left', async () => {
    const { db } = server.database;
    expect((await expectExact()).length).toBeGreaterThan(0);
    await db.execute(sql`truncate programme_entries`);
    expect(await rememberedEntries(db, ws, programmeId, [root])).toEqual([]);
  });
});
