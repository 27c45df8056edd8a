import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type ApiClient,
  type TestServer,
} from '../../../../../test/support/server';
import { demoPlan, lineOf } from '../test-support';

let server: TestServer;
let wenxian: ApiClient;
let planId: string;

beforeAll(async () => {
  server = await startTestServer();
  wenxian = await server.login('wenxian');
  planId = (await demoPlan(wenxian, '410800')).id;
});
afterAll(() => server?.close());

async function upload(client: ApiClient, path: string, data: Buffer, name = '温县11月.xlsx') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  const res = await fetch(client.baseUrl + path, {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrf },
    body: form,
  });
  return { status: res.status, body: await res.json() };
}

async function sheet(period: string) {
  const res = await wenxian.get(`/api/target-plans/${planId}/report-sheet.xlsx?period=${period}`);
  expect(res.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.body);
  return wb;
}

/** Row number of an indicator in the sheet (column D holds the indicator name). */
function rowOf(ws: ExcelJS.Worksheet, indicator: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 4).value === indicator) return r;
  throw new Error(`no row ${indicator}`);
}

describe('the period report sheet', () => {
  it("exports the county's own rows, prefilled, with merged headers", async () => {
    const ws = (await sheet('2022-11')).worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('焦作市2022年经济社会发展主要预期目标填报表');
    expect(ws.getCell('G3').value).toBe('2022年11月报告期（累计指标填1-11月累计数）');
    expect(ws.getCell('G4').value).toBe('本期值');
    const units = new Set<unknown>();
    for (let r = 5; r <= ws.rowCount; r++) units.add(ws.getCell(r, 3).value);
    expect([...units]).toEqual(['温县']);
    // Monthly indicators only in November: not GDP (quarterly) nor R&D (yearly).
    expect(() => rowOf(ws, '地区生产总值')).toThrow();
    expect(typeof ws.getCell(rowOf(ws, '固定资产投资'), 7).value).toBe('number');
  });

  it('imports a filled sheet: new figures and corrections saved, history kept', async () => {
    const wb = await sheet('2022-11');
    const ws = wb.worksheets[0]!;
    ws.getCell(rowOf(ws, '固定资产投资'), 7).value = 12.3;
    ws.getCell(rowOf(ws, '居民消费价格涨幅'), 7).value = '1.9%';
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await upload(
      wenxian,
      `/api/target-plans/${planId}/report-sheet?period=2022-11`,
      data,
    );
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ corrected: 2, saved: 0 });
    const cell = await lineOf(wenxian, planId, '固定资产投资', '2022-11');
    expect(cell.status.actual).toBe(12.3);
    const history = (await wenxian.get(`/api/targets/${cell.target.id}/reports?period=2022-11`))
      .body.items;
    expect(history[0].correctionReason).toBe('通过 Excel 导入更正（温县11月.xlsx）');
    expect(history[1].current).toBe(false);
  });

  it('rejects the whole file with row-level Chinese errors, saving nothing', async () => {
    const wb = await sheet('2022-11');
    const ws = wb.worksheets[0]!;
    const good = rowOf(ws, '固定资产投资');
    ws.getCell(good, 7).value = 55.5;
    const bad = rowOf(ws, '社会消费品零售总额');
    ws.getCell(bad, 2).value = '410899';
    const other = rowOf(ws, '一般公共预算收入');
    ws.getCell(other, 2).value = '410823';
    ws.getCell(other, 3).value = '武陟县';
    const text = rowOf(ws, '进出口总额');
    ws.getCell(text, 7).value = '约三成';
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await upload(
      wenxian,
      `/api/target-plans/${planId}/report-sheet?period=2022-11`,
      data,
    );
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('导入未完成：共 3 行有误，未保存任何数据');
    expect(r.body.error.details).toEqual(
      [
        `第 ${bad} 行：单位代码 410899 不存在`,
        `第 ${other} 行：无权填报 武陟县 的数据`,
        `第 ${text} 行：本期值“约三成”不是数字`,
      ].sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0])),
    );
    const cell = await lineOf(wenxian, planId, '固定资产投资', '2022-11');
    expect(cell.status.actual).toBe(12.3);
  });

  it('refuses a file that is not .xlsx', async () => {
    const r = await upload(
      wenxian,
      `/api/target-plans/${planId}/report-sheet?period=2022-11`,
      Buffer.from('a,b'),
      'x.csv',
    );
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe('只能上传 .xlsx 格式的 Excel 文件');
  });
});
