import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../test/support/server';

// A large ledger export runs as a job: the person sees its progress, others are not kept
// waiting, and only the person who asked can download the file.
let server: TestServer;
let sup: ApiClient;
let listId = '';
let listTotal = 0;
const EXTRA = 6000;

beforeAll(async () => {
  server = await startTestServer();
  sup = await server.login('duchashi');
  const lists = (await sup.get('/api/matter-lists')).body.items;
  listId = lists[0].id;
  // Grow the list to several thousand matters by copying one of its rows.
  await server.database.db.execute(sql`
    insert into matters (workspace_id, id, list_id, seq, title, content, source, lead_leader,
      lead_unit_id, status, created_by, assigned_on, final_due, next_due)
    select m.workspace_id, gen_random_uuid(), m.list_id, 1000 + g, m.title || ' 第' || g || '项', m.content,
      m.source, m.lead_leader, m.lead_unit_id, m.status, m.created_by, m.assigned_on, m.final_due, m.next_due
    from (select * from matters where list_id = ${listId} limit 1) m, generate_series(1, ${EXTRA}) g`);
  await server.database.db.execute(sql`analyze matters`);
  listTotal = (await sup.get('/api/matter-lists')).body.items[0].counts.total;
  expect(listTotal).toBeGreaterThan(EXTRA);
});
afterAll(() => server?.close());

describe('export jobs', () => {
  it('exports a several-thousand-matter ledger with progress, while other requests are answered', async () => {
    const start = await sup.post('/api/exports', { kind: 'matter-list-ledger', listId });
    expect(start.status).toBe(202);
    expect(start.body.status).toBe('queued');
    const id = start.body.id;

    const seen: { status: string; done: number; total: number | null; fileName?: string }[] = [];
    const healthMs: number[] = [];
    for (let i = 0; i < 600; i++) {
      const t = performance.now();
      expect((await server.anonymous().get('/api/health')).status).toBe(200);
      healthMs.push(performance.now() - t);
      const job = (await sup.get(`/api/exports/${id}`)).body;
      seen.push(job);
      if (job.status === 'done' || job.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ status: 'done', done: listTotal, total: listTotal });
    expect(last.fileName).toMatch(/台账\.xlsx$/);
    // Progress was visible part-way through.
    expect(
      seen.some((s) => s.status === 'running' && s.total === listTotal && s.done < listTotal),
    ).toBe(true);

    const file = await sup.get(`/api/exports/${id}/file`);
    expect(file.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A1').value)).toContain('落实情况台账');
    expect(ws.getRow(3).getCell(1).value).toBe('序号');
    expect(ws.rowCount).toBe(3 + listTotal);
  }, 180_000);

  it('keeps a job and its file to the person who started it', async () => {
    const start = await sup.post('/api/exports', { kind: 'matter-list-ledger', listId });
    await server.exports.drain();
    const other = await server.login('leader');
    expect((await other.get(`/api/exports/${start.body.id}`)).status).toBe(404);
    expect((await other.get(`/api/exports/${start.body.id}/file`)).status).toBe(404);
    expect((await other.get('/api/exports')).body.items).toEqual([]);
    const admin = await server.login('sysadmin');
    const refused = await admin.post('/api/exports', { kind: 'matter-list-ledger', listId });
    expect(refused.status).toBe(403);
  });

  it('refuses an unknown export with a Chinese message naming the field', async () => {
    const res = await sup.post('/api/exports', { kind: 'everything', listId });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('导出类型');
  });
});
