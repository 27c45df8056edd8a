/* eslint-disable @typescript-eslint/no-explicit-any -- tests read response bodies loosely, as a user reads a page */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AlignmentType, Document, Packer, Paragraph } from 'docx';
import { zipBomb } from '../../../../test/security/zip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

const SEEDS = fileURLToPath(new URL('../../../../bench/intake/seeds/', import.meta.url));
const seed = (prefix: string) =>
  readFileSync(SEEDS + readdirSync(SEEDS).find((n) => n.startsWith(prefix))!, 'utf8');

const TODAY = '2026-03-02';
let server: TestServer;
let sup: ApiClient;
let wenxian: ApiClient;
let viewer: ApiClient;
let sysadmin: ApiClient;
const unitId = new Map<string, string>();

beforeAll(async () => {
  server = await startTestServer();
  sup = await server.login('duchashi');
  wenxian = await server.login('wenxian');
  viewer = await server.login('viewer');
  sysadmin = await server.login('sysadmin');
  for (const c of [sup, wenxian, viewer, sysadmin]) c.today = TODAY;
  for (const u of (await sup.get('/api/units')).body.items) unitId.set(u.name, u.id);
});
afterAll(() => server?.close());

async function upload(client: ApiClient, query: string, name: string, data: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  const res = await fetch(`${client.baseUrl}/api/intakes/upload?${query}`, {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'x-luoshi-today': TODAY },
    body: form,
  });
  return { status: res.status, body: await res.json() };
}

const byTitle = (intake: any, title: string) =>
  intake.proposals.find((p: any) => p.kind === 'task' && p.title === title);
const byWording = (intake: any, wording: string) =>
  intake.proposals.find((p: any) => p.kind === 'target' && p.wording === wording);

describe('reading seed 001 into proposals', () => {
  let intake: any;
  beforeAll(async () => {
    const res = await sup.post('/api/intakes', {
      title: '市委经济工作会议讲话',
      planYear: 2026,
      text: seed('001'),
    });
    expect(res.status).toBe(201);
    intake = res.body;
  });

  it('gives the nine 主要预期目标 with their meanings, and count targets', () => {
    const expected = intake.proposals.filter(
      (p: any) => p.kind === 'target' && p.origin === 'expected',
    );
    expect(expected).toHaveLength(9);
    expect(expected[0].lines[0]).toMatchObject({
      indicatorName: '地区生产总值',
      meaning: '增速 约 8%（±0.5）',
    });
    expect(expected[0].lines[0].parsed).toMatchObject({ comparator: 'about', value: 8 });
    const firms = byWording(intake, '新增规上企业450家');
    expect(firms).toMatchObject({ origin: 'count', measureUnit: '家' });
    expect(intake.extractionMs).toBeGreaterThanOrEqual(0);
  });

  it('gives key tasks with their section, deadline from the words, and flags', () => {
    const reform = byTitle(intake, '深化农村改革');
    expect(reform.section).toBe('2 聚力乡村振兴推进共同富裕');
    expect(reform.deadline).toMatchObject({ due: '2026-12-31', words: '年底前' });
    const grain = byTitle(intake, '扛稳粮食安全重任');
    expect(grain.leadUnitIds).toEqual([]);
    expect(grain.flags).toContain('未识别出牵头单位，请指定');
    const counties = byTitle(intake, '大力发展县域经济');
    const names = new Map(intake.units.map((u: any) => [u.id, u.name]));
    expect(counties.leadUnitIds.map((id: string) => names.get(id))).toContain('温县');
  });

  it('returns the same draft when the same text is sent again', async () => {
    const again = await sup.post('/api/intakes', {
      title: '再次粘贴',
      planYear: 2026,
      text: seed('001'),
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: intake.id, existing: true });
  });

  it('is for supervisors only: other roles get 403', async () => {
    const body = { title: 'x', planYear: 2026, text: '年底前完成温县试点。' };
    for (const c of [wenxian, viewer, sysadmin]) {
      expect((await c.post('/api/intakes', body)).status).toBe(403);
      expect((await c.get(`/api/intakes/${intake.id}`)).status).toBe(403);
    }
    expect((await sup.get('/api/intakes/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('names the proposal and the field when a review step is wrong', async () => {
    const bad = await sup.patch(`/api/intakes/${intake.id}`, {
      ops: [{ op: 'accept', ids: ['t999'] }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('第 1 项操作：没有编号为 t999 的提案');
    const grain = byTitle(intake, '扛稳粮食安全重任');
    const unknownUnit = await sup.patch(`/api/intakes/${intake.id}`, {
      ops: [
        { op: 'assign', ids: [grain.id], leadUnitIds: ['00000000-0000-4000-8000-000000000000'] },
      ],
    });
    expect(unknownUnit.status).toBe(400);
    expect(unknownUnit.body.error.message).toContain(
      `提案 ${grain.id}（扛稳粮食安全重任）：单位不存在`,
    );
  });

  it('commits all or nothing: a task without a lead unit stops the whole commit', async () => {
    const grain = byTitle(intake, '扛稳粮食安全重任');
    const gdp = byWording(intake, '地区生产总值增长8%左右');
    await sup.patch(`/api/intakes/${intake.id}`, {
      ops: [{ op: 'accept', ids: [gdp.id, grain.id] }],
    });
    const res = await sup.post(`/api/intakes/${intake.id}/commit`, { assign: true });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(`提案 ${grain.id}（扛稳粮食安全重任）：请指定牵头单位`);
    const plans = (await sup.get('/api/target-plans?year=2026')).body.items;
    expect(plans).toHaveLength(0);
  });

  it('creates the plan, the list and assigned matters in one step, with 13710 deadlines', async () => {
    const expected = intake.proposals.filter(
      (p: any) => p.kind === 'target' && p.origin === 'expected',
    );
    const grain = byTitle(intake, '扛稳粮食安全重任');
    const reform = byTitle(intake, '深化农村改革');
    const firms = byWording(intake, '新增规上企业450家');
    const review = await sup.patch(`/api/intakes/${intake.id}`, {
      ops: [
        { op: 'accept', ids: [...expected.map((p: any) => p.id), firms.id, reform.id] },
        { op: 'assign', ids: [grain.id], leadUnitIds: [unitId.get('温县')] },
        {
          op: 'assign',
          ids: [reform.id],
          leadUnitIds: [unitId.get('温县')],
          cooperatingUnitIds: [unitId.get('市财政局')],
        },
      ],
    });
    expect(review.status).toBe(200);
    expect(review.body.editCount).toBe(4);
    const res = await sup.post(`/api/intakes/${intake.id}/commit`, { assign: true });
    expect(res.body.error?.message).toBeUndefined();
    expect(res.status).toBe(200);
    // Nine phrases; the ninth names three indicators: eleven lines, plus one count target.
    expect(res.body).toMatchObject({ targets: 12, matters: 2, assigned: 2 });

    const table = (await sup.get(`/api/target-plans/${res.body.planId}/table?period=2026-02`)).body;
    const wordings = [...new Set(table.rows.map((r: any) => r.target.wording))];
    expect(wordings).toContain('地区生产总值增长8%左右');
    expect(wordings).toContain('新增规上企业450家');

    const mine = (await wenxian.get('/api/matters/mine')).body.items;
    const fromText = mine.filter((m: any) => m.listId === res.body.listId);
    expect(fromText.map((m: any) => m.title).sort()).toEqual(['扛稳粮食安全重任', '深化农村改革']);
    // Assigned on 2026-03-02: an ordinary matter is due in 7 days, a complex one (年底前) in a month.
    const due = Object.fromEntries(fromText.map((m: any) => [m.title, m.finalDue]));
    expect(due).toEqual({ 扛稳粮食安全重任: '2026-03-09', 深化农村改革: '2026-04-02' });
    const detail = (
      await wenxian.get(`/api/matters/${fromText.find((m: any) => m.title === '深化农村改革').id}`)
    ).body;
    expect(JSON.stringify(detail)).toContain('2026-12-31');
  });

  it('does not create anything twice', async () => {
    const res = await sup.post(`/api/intakes/${intake.id}/commit`, { assign: true });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe('该文本已创建台账，不会重复创建');
    const got = (await sup.get(`/api/intakes/${intake.id}`)).body;
    expect(got.status).toBe('committed');
  });
});

describe('uploads', () => {
  it('reads a .txt file: seed 000 gives three lead units for 中站、沁阳、博爱', async () => {
    const res = await upload(sup, 'planYear=2026', '六次全会讲话.txt', Buffer.from(seed('000')));
    expect(res.status).toBe(201);
    expect(res.body.title).toBe('六次全会讲话');
    const task = res.body.proposals.find(
      (p: any) => p.title === '重点推动中站、沁阳、博爱新能源材料产业集群化发展',
    );
    const names = new Map(res.body.units.map((u: any) => [u.id, u.name]));
    expect(task.leadUnitIds.map((id: string) => names.get(id))).toEqual([
      '中站区',
      '沁阳市',
      '博爱县',
    ]);
  });

  it('reads a .docx file and flags what it cannot read', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '主要预期目标', alignment: AlignmentType.CENTER }),
            new Paragraph('地区生产总值增长百分之八，研发经费投入强度2%以上。'),
            new Paragraph('一、重点任务'),
            new Paragraph('年底前由孟州市牵头完成跨境电商平台建设。'),
          ],
        },
      ],
    });
    const res = await upload(
      sup,
      'planYear=2026&title=测试',
      '报告.docx',
      await Packer.toBuffer(doc),
    );
    expect(res.status).toBe(201);
    const [gdp, rd] = res.body.proposals.filter((p: any) => p.kind === 'target');
    expect(gdp.flags[0]).toContain('地区生产总值增长百分之八');
    expect(rd.lines[0].meaning).toBe('≥ 2%');
    const task = res.body.proposals.find((p: any) => p.kind === 'task');
    expect(task.deadline.due).toBe('2026-12-31');
  });

  it('refuses other file types, and other roles before reading the file', async () => {
    const bad = await upload(sup, 'planYear=2026', '报告.pdf', Buffer.from('%PDF-1.4'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('只能上传 .txt 或 .docx 格式的文件');
    const fake = await upload(sup, 'planYear=2026', '报告.docx', Buffer.from('not a zip'));
    expect(fake.body.error.message).toBe('文件内容不是有效的 .docx 文件');
    // A zip bomb named .docx is refused by its real uncompressed size, before Word parsing.
    const bomb = await upload(sup, 'planYear=2026', '报告.docx', zipBomb(256));
    expect(bomb.status).toBe(400);
    expect(bomb.body.error.message).toMatch(/解压后超过 64 MB/);
    expect(
      (await upload(wenxian, 'planYear=2026', 'a.txt', Buffer.from('年底前完成。'))).status,
    ).toBe(403);
  });
});
