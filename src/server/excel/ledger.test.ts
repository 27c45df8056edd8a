import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readLedger } from './ledger-reader';
import { streamLedger } from './ledger-writer';

async function toBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('ledger round trip', () => {
  it('writes a title, 序号 and unit headers, and reads the rows back by header text', async () => {
    const rows = [
      { unit: '温县', value: 8.2, note: '=HYPERLINK("http://x")' },
      { unit: '孟州市', value: 7.9, note: null },
    ];
    const data = await toBuffer(
      streamLedger(
        {
          title: '2022年目标完成情况',
          sheetName: '台账',
          subtitle: '填报期间：1-3月',
          columns: [
            { header: '单位', value: (r) => r.unit },
            { header: '完成值', unit: '%', value: (r) => r.value },
            { header: '备注', value: (r) => r.note },
          ],
        },
        rows,
      ),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('2022年目标完成情况');
    expect(ws.getCell('C3').value).toBe('完成值\n（%）');
    // A formula-looking cell is written as text, never as a formula.
    expect(ws.getCell('D4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('D4').value).toBe('=HYPERLINK("http://x")');

    const read = await readLedger(data, [
      { key: 'unit', headers: ['单位'], required: true },
      { key: 'value', headers: ['完成值'], required: true },
    ]);
    expect(read).toEqual([
      { rowNumber: 4, values: { unit: '温县', value: 8.2 } },
      { rowNumber: 5, values: { unit: '孟州市', value: 7.9 } },
    ]);
  });

  it('names the missing columns in Chinese', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['别的', '列']);
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(
      readLedger(data, [{ key: 'unit', headers: ['单位'], required: true }]),
    ).rejects.toThrow('没有找到表头：表格前 15 行中需要有这些列：单位');
  });
});

describe('grouped headers and lights', () => {
  it('merges a group header across its columns and reads rows back by the lower header', async () => {
    const rows = [{ code: '410825', value: 8.2, light: 'green' as const }];
    const data = await toBuffer(
      streamLedger(
        {
          title: '填报表',
          sheetName: '填报',
          seq: () => '1',
          columns: [
            { header: '单位代码', value: (r) => r.code },
            { header: '本期值', group: '2022年1-6月', value: (r) => r.value, fill: (r) => r.light },
            { header: '备注', group: '2022年1-6月', value: () => null },
          ],
        },
        rows,
      ),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('C2').value).toBe('2022年1-6月');
    expect(ws.getCell('D2').isMerged).toBe(true);
    expect(ws.getCell('B3').value).toBe('单位代码');
    expect(ws.getCell('A4').value).toBe('1');
    expect((ws.getCell('C4').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe(
      'FFC6EFCE',
    );
    const read = await readLedger(data, [
      { key: 'code', headers: ['单位代码'], required: true },
      { key: 'value', headers: ['本期值'], required: true },
    ]);
    expect(read).toEqual([{ rowNumber: 4, values: { code: '410825', value: 8.2 } }]);
  });

  it('reads grouped columns when only ungrouped ones are required (the header spans two rows)', async () => {
    const data = await toBuffer(
      streamLedger(
        {
          title: '经营数据表',
          sheetName: '经营数据',
          columns: [
            { header: '统一社会信用代码', value: (r: { code: string }) => r.code },
            { header: '营业收入', unit: '万元', group: '经营情况', value: () => 1200 },
            { header: '职工人数', group: '人员', value: () => 80 },
          ],
        },
        [{ code: '91410825MA40000X' }],
      ),
    );
    const read = await readLedger(data, [
      { key: 'code', headers: ['统一社会信用代码'], required: true },
      { key: 'revenue', headers: ['营业收入'] },
      { key: 'employees', headers: ['职工人数'] },
    ]);
    // The lower header row is not read as data, and the grouped columns are found in it.
    expect(read).toEqual([
      { rowNumber: 4, values: { code: '91410825MA40000X', revenue: 1200, employees: 80 } },
    ]);
  });
});
