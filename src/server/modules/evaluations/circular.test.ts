// Tests read response bodies loosely, as a user reads a page; `any` keeps them short.
/* eslint-disable @typescript-eslint/no-explicit-any */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

// The 通报: the evaluation ranking and lost points, and the 三个一批 ranking, as Word circulars
// (and the evaluation as .xlsx) that say exactly what the screens say.

let server: TestServer;
let leader: ApiClient;
let wenxian: ApiClient;
const TODAY = '2026-11-20';

beforeAll(async () => {
  server = await startTestServer();
  [leader, wenxian] = await Promise.all([server.login('leader'), server.login('wenxian')]);
  for (const c of [leader, wenxian]) c.today = TODAY;
});
afterAll(() => server?.close());

const text = async (buf: Buffer) => (await mammoth.extractRawText({ buffer: buf })).value;
const xmlOf = async (buf: Buffer) =>
  (await JSZip.loadAsync(buf)).file('word/document.xml')!.async('string');

async function county() {
  const schemes = (await leader.get('/api/evaluations/schemes')).body.items;
  return schemes.find((s: any) => s.code === 'jz-county');
}

describe('the evaluation circular', () => {
  it('is an A4 公文 whose ranking and lost points are the results page’s figures', async () => {
    const s = await county();
    const onScreen = (await leader.get(`/api/evaluations/schemes/${s.id}/results?period=2026-10`))
      .body;
    const doc = await leader.get(
      `/api/evaluations/schemes/${s.id}/circular.docx?period=2026-10&number=${encodeURIComponent('焦督〔2026〕31号')}`,
    );
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-type')).toContain('wordprocessingml');
    expect(decodeURIComponent(doc.headers.get('content-disposition')!)).toContain(
      `关于${s.name}2026年1-10月考核结果的通报.docx`,
    );
    const words = await text(doc.body);
    expect(words).toContain(`关于${s.name}2026年1-10月考核结果的通报`);
    expect(words).toContain('焦督〔2026〕31号');
    expect(words).toContain('各参评单位：');
    expect(words).toContain('2026年11月20日');
    // Each unit's row in its group's table: rank, name, total as shown (two decimals).
    const lines = words.split('\n').map((l) => l.trim());
    for (const name of ['孟州市', '温县', '解放区']) {
      const row = onScreen.rows.find((r: any) => r.unit.name === name);
      const at = lines.findIndex((l, i) => l === name && lines[i - 2] === String(row.rank));
      expect(at, `${name} 名次 ${row.rank}`).toBeGreaterThan(0);
      expect(lines[at + 2]).toBe(row.total.toFixed(2));
      const first = row.byFirstLevel.map((b: any) => b.points.toFixed(2));
      expect(lines.slice(at + 4, at + 4 + 2 * first.length).filter(Boolean)).toEqual(first);
    }
    expect(words).toContain('县(市)组综合得分及排名');
    expect(words).toContain('城区组失分情况');
    // The lost-point table carries each unit's total lost against its best peer.
    const wen = onScreen.rows.find((r: any) => r.unit.name === '温县');
    const lostAt = lines.lastIndexOf('温县');
    expect(lines.slice(lostAt).includes(wen.lostToBest.toFixed(2))).toBe(true);
    const xml = await xmlOf(doc.body);
    expect(xml).toContain('w:color w:val="FF0000"'); // the red header
    expect(xml).toContain('方正小标宋简体');
    expect(xml).toContain('仿宋');
    expect(xml).toContain('w:w="11906"'); // A4
    const zip = await JSZip.loadAsync(doc.body);
    const footer = Object.keys(zip.files).find((f) => /word\/footer\d*\.xml/.test(f))!;
    expect(await zip.file(footer)!.async('string')).toContain('PAGE');
  });

  it('gives a liaison only its own row, with its rank among all units', async () => {
    const s = await county();
    const mine = (await wenxian.get(`/api/evaluations/schemes/${s.id}/results?period=2026-10`)).body
      .rows;
    expect(mine.map((r: any) => r.unit.name)).toEqual(['温县']);
    const words = await text(
      (await wenxian.get(`/api/evaluations/schemes/${s.id}/circular.docx?period=2026-10`)).body,
    );
    expect(words).toContain(mine[0].total.toFixed(2));
    expect(words).not.toContain('孟州市');
  });

  it('exports the same table as .xlsx', async () => {
    const s = await county();
    const onScreen = (await leader.get(`/api/evaluations/schemes/${s.id}/results?period=2026-10`))
      .body;
    const r = await leader.get(`/api/evaluations/schemes/${s.id}/ranking.xlsx?period=2026-10`);
    expect(r.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.body);
    const sheet = wb.worksheets[0]!;
    expect(String(sheet.getCell(1, 1).value)).toBe(`${s.name}2026年1-10月考核结果及失分情况`);
    const rows: any[] = [];
    sheet.eachRow((row, n) => n > 4 && rows.push(row.values));
    expect(rows).toHaveLength(onScreen.rows.length);
    for (const screen of onScreen.rows) {
      const row = rows.find((v) => v[4] === screen.unit.name);
      expect(row[3]).toBe(screen.rank);
      expect(row[5]).toBe(screen.total);
      expect(sheet.getCell(5, 5).numFmt).toBe('0.00');
    }
    const bad = await leader.get(`/api/evaluations/schemes/${s.id}/ranking.xlsx?period=2026-13`);
    expect(bad.status).toBe(400);
  });
});

describe('the 三个一批 ranking circular', () => {
  it('says the dashboard’s rates and ranks, on a landscape page for the wide table', async () => {
    const list = (await leader.get('/api/programmes')).body.items;
    const three = list.find((p: any) => p.kind === 'three_batches');
    const d = (await leader.get(`/api/programmes/${three.id}/dashboard?round=3&cumulative=true`))
      .body;
    const doc = await leader.get(
      `/api/programmes/${three.id}/ranking.docx?round=3&cumulative=true`,
    );
    expect(doc.status).toBe(200);
    const words = await text(doc.body);
    const title = `关于${three.name}（截至${d.rounds.find((r: any) => r.seq === 3).name}累计）推进情况及排名的通报`;
    expect(words).toContain(title);
    const lines = words
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const mz = d.ranking.find((r: any) => r.unit.name === '孟州市');
    const at = lines.indexOf('孟州市');
    const first = d.lists[0];
    const rate = mz.lists.find((l: any) => l.list === first.list).rates[0].rate;
    expect(lines[at + 1]).toBe(rate === null ? '—' : `${rate.toFixed(1)}%`);
    expect(lines[at + 2]).toBe(String(mz.ranks[`${first.list}.${first.rates[0].key}`] ?? '—'));
    expect(words).toContain(`投资完成率${d.investment.rate.toFixed(1)}%`);
    const xml = await xmlOf(doc.body);
    expect(xml).toContain('w:orient="landscape"');
  });
});
