import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';
import { uploadFile, uploadStreamed } from '../../../../test/support/uploads';
import { parseAmount } from './investment-excel';

// The monthly investment ledger: exported as the form to fill, imported all or nothing.

let server: TestServer;
let sup: ApiClient;
let wenxian: ApiClient;
let viewer: ApiClient;
let projectId = '';

const upload = (client: ApiClient, path: string, data: Buffer) =>
  uploadFile(client, path, '投资.xlsx', data);

beforeAll(async () => {
  server = await startTestServer();
  const c = await Promise.all(['duchashi', 'wenxian', 'viewer'].map((u) => server.login(u)));
  [sup, wenxian, viewer] = [c[0]!, c[1]!, c[2]!];
  const units = (await sup.get('/api/units')).body.items as { id: string; name: string }[];
  const created = await wenxian.post('/api/projects', {
    name: '温县导入测试项目',
    unitId: units.find((u) => u.name === '温县')!.id,
    level: 'county',
    annualPlan: 1000,
    planYear: 2026,
    startedOn: '2026-03-01',
  });
  projectId = created.body.id;
  for (const x of [wenxian, viewer]) x.today = '2026-08-20';
});
afterAll(() => server?.close());

describe('monthly investment ledger', () => {
  it('reads amounts written with thousands separators', () => {
    expect(parseAmount('1,450.50')).toBe(1450.5);
    expect(parseAmount(12)).toBe(12);
    expect(parseAmount('一千')).toBeNull();
  });

  it('refuses an upload from a viewer before reading it', async () => {
    const r = await upload(
      viewer,
      '/api/projects/investments/import?month=2026-07',
      Buffer.from('x'),
    );
    expect(r.status).toBe(403);
  });

  it('round-trips: the exported form filled in and imported, rows named on error', async () => {
    const form = await wenxian.get('/api/projects/investment-form.xlsx?month=2026-07');
    expect(form.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(form.body);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getCell(1, 1).value)).toBe('2026年7月重点项目投资完成情况表');
    let mine = 0;
    let other = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(2).value === '温县导入测试项目') mine = n;
      else if (n > 3 && !other && typeof row.getCell(2).value === 'string') other = n;
    });
    expect(mine).toBeGreaterThan(3);
    sheet.getCell(mine, 5).value = '1,450.50';
    if (other) sheet.getCell(other, 5).value = '一千';
    const filled = Buffer.from(await wb.xlsx.writeBuffer());
    if (other) {
      const bad = await upload(wenxian, '/api/projects/investments/import?month=2026-07', filled);
      expect(bad.status).toBe(400);
      expect(bad.body.error.details).toEqual([`第 ${other} 行：本年累计完成"一千"不是有效金额`]);
      expect((await wenxian.get(`/api/projects/${projectId}`)).body.ytdCompleted).toBeNull();
      sheet.getCell(other, 5).value = null;
    }
    const ok = await upload(
      wenxian,
      '/api/projects/investments/import?month=2026-07',
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(ok.status).toBe(200);
    expect(ok.body.saved).toBe(1);
    expect((await wenxian.get(`/api/projects/${projectId}`)).body).toMatchObject({
      ytdMonth: '2026-07',
      ytdCompleted: 1450.5,
      investmentRate: 145.1,
    });

    // As the page sends it: the saving's progress, then the result.
    sheet.getCell(mine, 5).value = 1500;
    const streamed = await uploadStreamed(
      wenxian,
      '/api/projects/investments/import?month=2026-07',
      '投资.xlsx',
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(streamed.type).toContain('application/x-ndjson');
    expect(streamed.lines.at(-2)).toEqual({ progress: { phase: 'saving', done: 1, total: 1 } });
    expect(streamed.lines.at(-1)).toEqual({ result: { saved: 1 } });
    expect((await wenxian.get(`/api/projects/${projectId}`)).body.ytdCompleted).toBe(1500);
  });
});
