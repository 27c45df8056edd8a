import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';
import { uploadFile, uploadStreamed } from '../../../../test/support/uploads';

// Yearly figures as an office ledger: exported as the form to fill (title, two-row header,
// 序号), filled in as people do (thousands separators, 合计, a footer), imported all or nothing.

let server: TestServer;
let wenxian: ApiClient;
let viewer: ApiClient;
let otherCode = '';
const year = 2024;

const upload = (client: ApiClient, data: Buffer) =>
  uploadFile(client, `/api/enterprises/figures/import?year=${year}`, '经营数据.xlsx', data);

beforeAll(async () => {
  server = await startTestServer();
  const c = await Promise.all(['wenxian', 'viewer', 'wuzhi'].map((u) => server.login(u)));
  [wenxian, viewer] = [c[0]!, c[1]!];
  for (const x of [wenxian, viewer]) x.today = '2025-06-01';
  otherCode = (await c[2]!.get('/api/enterprises?pageSize=1')).body.items[0].uscc;
});
afterAll(() => server?.close());

/** Column numbers by the lower header text (the grouped columns' names). */
function headerColumns(sheet: ExcelJS.Worksheet): Map<string, number> {
  const cols = new Map<string, number>();
  sheet.getRow(4).eachCell((cell, col) => cols.set(String(cell.value).split('\n')[0]!, col));
  return cols;
}

describe('yearly figures ledger', () => {
  it('refuses an import from a viewer before reading the file', async () => {
    const r = await upload(viewer, Buffer.from('not a spreadsheet'));
    expect(r.status).toBe(403);
    expect(r.body.error.message).toBe('无权修改企业信息');
  });

  it('exports the caller’s enterprises in the office layout', async () => {
    const r = await wenxian.get(`/api/enterprises/figures.xlsx?year=${year}`);
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getCell(1, 1).value).toBe(`${year}年度企业经营数据表`);
    expect(sheet.getCell(3, 1).value).toBe('序号');
    expect(sheet.getCell(3, 2).value).toBe('统一社会信用代码');
    expect(sheet.getCell(3, 5).value).toBe('经营情况');
    expect(sheet.getCell(4, 5).value).toBe('营业收入（万元）');
    expect(sheet.getCell(4, 2).isMerged).toBe(true);
    expect(sheet.getCell(5, 1).value).toBe(1);
    const units = new Set<string>();
    for (let n = 5; n <= sheet.rowCount; n++) units.add(String(sheet.getCell(n, 4).value));
    expect([...units]).toEqual(['温县']);
  });

  it('round-trips: rows with errors are named and nothing is saved; then all rows are', async () => {
    const r = await wenxian.get(`/api/enterprises/figures.xlsx?year=${year}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body);
    const sheet = wb.worksheets[0]!;
    const col = headerColumns(sheet);
    const revenue = col.get('营业收入（万元）')!;
    const employees = col.get('职工人数')!;
    const [first, second] = [5, 6];
    const firstName = String(sheet.getCell(first, 3).value);
    sheet.getCell(first, revenue).value = '12,345.6';
    sheet.getCell(first, employees).value = 88;
    sheet.getCell(second, 3).value = '某某不相干公司';
    sheet.getCell(second, employees).value = '八十';
    const last = sheet.rowCount;
    sheet.getCell(last + 1, 2).value = otherCode;
    sheet.getCell(last + 1, revenue).value = 10;
    sheet.getCell(last + 2, 1).value = '合计';
    sheet.getCell(last + 2, revenue).value = 99999;
    sheet.getCell(last + 3, 1).value = '填报人：张三 联系电话：0391-1234567';

    const bad = await upload(wenxian, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('有 2 行未通过检查，均未保存');
    expect(bad.body.error.details).toEqual([
      expect.stringMatching(
        /^第 6 行：企业名称“某某不相干公司”与统一社会信用代码对应的企业“.+”不一致；职工人数“八十”不是有效数字$/,
      ),
      `第 ${last + 1} 行：统一社会信用代码 ${otherCode} 不在本单位可填报的企业库中`,
    ]);
    const id = (await wenxian.get(`/api/enterprises?q=${encodeURIComponent(firstName)}`)).body
      .items[0].id;
    const before = await wenxian.get(`/api/enterprises/${id}?year=${year}`);
    expect(JSON.stringify(before.body)).not.toContain('12345.6');

    sheet.getCell(second, 3).value = null;
    sheet.getCell(second, employees).value = null;
    sheet.spliceRows(last + 1, 1);
    const good = await upload(wenxian, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(good.status).toBe(200);
    expect(good.body.saved).toBeGreaterThanOrEqual(1);
    const after = await wenxian.get(`/api/enterprises/${id}?year=${year}`);
    const fig = (after.body.figures as { year: number; revenue: number; employees: number }[]).find(
      (f) => f.year === year,
    )!;
    expect(fig.revenue).toBe(12345.6);
    expect(fig.employees).toBe(88);

    // As the page sends it: the saving's progress line by line, then the result.
    const streamed = await uploadStreamed(
      wenxian,
      `/api/enterprises/figures/import?year=${year}`,
      '经营数据.xlsx',
      Buffer.from(await wb.xlsx.writeBuffer()),
    );
    expect(streamed.type).toContain('application/x-ndjson');
    const saved = good.body.saved as number;
    expect(streamed.lines.at(-2)).toEqual({
      progress: { phase: 'saving', done: saved, total: saved },
    });
    expect(streamed.lines.at(-1)).toEqual({ result: { saved } });
  });
});
