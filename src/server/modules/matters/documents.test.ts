import { createServer, type Server } from 'node:http';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';
import { uploadStreamed } from '../../../../test/support/uploads';
import { runEscalation } from '../../jobs/escalation';
import { ESCALATION_QUEUE, startJobs } from '../../jobs/runner';

// Documents (督办单 .docx, ledger .xlsx, import), calendar overrides, notifications, the
// escalation ladder with its robot webhook, attachments and the board.

let server: TestServer;
let sup: ApiClient;
let wenxian: ApiClient;
let admin: ApiClient;
const units = new Map<string, string>();

beforeAll(async () => {
  server = await startTestServer();
  sup = await server.login('duchashi');
  wenxian = await server.login('wenxian');
  admin = await server.login('sysadmin');
  for (const u of (await sup.get('/api/units')).body.items) units.set(u.name, u.id);
});
afterAll(() => server?.close());

async function upload(client: ApiClient, path: string, name: string, data: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  const res = await fetch(client.baseUrl + path, {
    method: 'POST',
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'x-luoshi-today': client.today },
    body: form,
  });
  return { status: res.status, body: await res.json() };
}

async function sheet(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('清单');
  ws.addRow(['2026年重点工作任务清单']);
  ws.mergeCells(1, 1, 1, 6);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const HEADER = ['序号', '事项名称', '牵头领导', '牵头单位', '配合单位', '复杂程度', '时间节点'];

async function newMatter(title: string, unit = '温县') {
  const res = await sup.post('/api/matters', {
    title,
    source: 'leader_instruction',
    leadUnitId: units.get(unit),
    leadLeader: '王市长',
  });
  return res.body.id as string;
}

describe('lists: import, assignment and the ledger', () => {
  let listId = '';
  it('refuses a sheet with bad rows, row by row, and saves nothing', async () => {
    sup.today = '2026-03-02';
    listId = (await sup.post('/api/matter-lists', { title: '2026年重点工作任务清单', year: 2026 }))
      .body.id;
    const data = await sheet([
      HEADER,
      [
        1,
        '新建5G基站2000个',
        '王市长',
        '市工业和信息化局',
        '温县、武陟县',
        '复杂',
        '2026-06-30 完成1000个；2026-12-31 完成2000个',
      ],
      [2, '新增规上企业450家', '王市长', '某某局', '', '一般', ''],
      [3, '', '王市长', '温县', '', '特别', '六月底前'],
    ]);
    const res = await upload(sup, `/api/matter-lists/${listId}/import`, '清单.xlsx', data);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('导入失败：4 处错误，未导入任何事项，请修改后重新上传');
    expect(res.body.error.details).toEqual([
      '第 4 行：牵头单位"某某局"不存在',
      '第 5 行：事项名称不能为空',
      '第 5 行：复杂程度"特别"无法识别，应为"一般"或"复杂"',
      '第 5 行：时间节点"六月底前"格式有误，应为"2026-06-30 完成选址"',
    ]);
    expect((await sup.get(`/api/matters?listId=${listId}`)).body.total).toBe(0);
    const notXlsx = await upload(
      sup,
      `/api/matter-lists/${listId}/import`,
      '清单.xls',
      Buffer.from('abc'),
    );
    expect(notXlsx.body.error.message).toBe('只能上传 .xlsx 格式的 Excel 文件');
  });

  it('streams the progress of a large import, row by row, and its result or its errors', async () => {
    sup.today = wenxian.today = '2026-03-02';
    const big = (await sup.post('/api/matter-lists', { title: '2026年民生实事清单', year: 2026 }))
      .body.id as string;
    const rows = Array.from({ length: 400 }, (_, i) => [
      i + 1,
      `民生实事第${i + 1}项`,
      '王市长',
      '温县',
      '',
      '一般',
      '',
    ]);
    const bad = await uploadStreamed(
      sup,
      `/api/matter-lists/${big}/import`,
      '清单.xlsx',
      await sheet([HEADER, ...rows, [401, '', '王市长', '温县', '', '一般', '']]),
    );
    expect(bad.status).toBe(200);
    expect(bad.type).toContain('application/x-ndjson');
    expect(bad.lines[0]).toEqual({ progress: { phase: 'reading', done: 0, total: 0 } });
    expect(bad.lines.at(-2)).toEqual({ progress: { phase: 'checking', done: 401, total: 401 } });
    expect(bad.lines.at(-1).error).toMatchObject({
      code: 'import_invalid',
      details: ['第 403 行：事项名称不能为空'],
    });
    expect((await sup.get(`/api/matters?listId=${big}`)).body.total).toBe(0);

    const good = await uploadStreamed(
      sup,
      `/api/matter-lists/${big}/import`,
      '清单.xlsx',
      await sheet([HEADER, ...rows]),
    );
    const saving = good.lines.filter((l) => l.progress?.phase === 'saving');
    expect(saving.length).toBeGreaterThan(0);
    expect(saving.at(-1).progress).toEqual({ phase: 'saving', done: 400, total: 400 });
    expect(good.lines.at(-1)).toEqual({ result: { imported: 400 } });
    expect((await sup.get(`/api/matters?listId=${big}`)).body.total).toBe(400);

    // A refusal before the work starts keeps its status and plain JSON body.
    const viewer = await uploadStreamed(
      wenxian,
      `/api/matter-lists/${big}/import`,
      '清单.xlsx',
      Buffer.from('x'),
    );
    expect(viewer.status).toBe(403);
    expect(viewer.lines[0].error.message).toBe('只有督查人员可以导入清单');
  }, 180_000);

  it('imports a good sheet as drafts, assigns the list, and exports its ledger', async () => {
    const data = await sheet([
      HEADER,
      [
        1,
        '新建5G基站2000个',
        '王市长',
        '市工业和信息化局',
        '温县、武陟县',
        '复杂',
        '2026-06-30 完成1000个；2026年12月31日 完成2000个',
      ],
      [2, '新增规上企业450家', '王市长', '市工业和信息化局', '市统计局', '复杂', ''],
      [3, '完成800亿元招商引资任务', '王市长', '市商务局', '', '', ''],
    ]);
    const res = await upload(sup, `/api/matter-lists/${listId}/import`, '清单.xlsx', data);
    expect(res.body).toEqual({ imported: 3 });
    expect(
      (await sup.post(`/api/matter-lists/${listId}/assign`, { assignedOn: '2026-03-02' })).body,
    ).toEqual({ assigned: 3 });
    const list = await sup.get(`/api/matters?listId=${listId}`);
    const g5 = list.body.items.find((m: { title: string }) => m.title === '新建5G基站2000个');
    expect(g5).toMatchObject({
      status: 'assigned',
      seq: 1,
      assignedOn: '2026-03-02',
      finalDue: '2026-04-02',
      complexity: 'complex',
    });
    const detail = await sup.get(`/api/matters/${g5.id}`);
    expect(detail.body.nodes.map((n: { due: string }) => n.due)).toEqual([
      '2026-06-30',
      '2026-12-31',
    ]);
    expect(detail.body.cooperatingUnits.map((u: { name: string }) => u.name).sort()).toEqual(
      ['武陟县', '温县'].sort(),
    );

    const ledger = await sup.get(`/api/matter-lists/${listId}/ledger.xlsx`);
    expect(ledger.headers.get('content-type')).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(ledger.body);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('2026年重点工作任务清单落实情况台账');
    expect(ws.getRow(3).values).toEqual(
      expect.arrayContaining(['序号', '事项名称', '牵头单位', '办结期限', '办理状态']),
    );
    expect(ws.getCell('B4').value).toBe('新建5G基站2000个');
    expect(ws.getCell('E4').value).toBe('市工业和信息化局');
    expect(ws.getCell('J4').value).toBe('已交办');
  });
});

describe('the supervision notice as a Word document', () => {
  it('is an A4 公文 with the red office header, the number centred and a 仿宋 body', async () => {
    sup.today = '2026-03-15';
    wenxian.today = '2026-03-15';
    const id = await newMatter('督促解决企业用地问题');
    await sup.post(`/api/matters/${id}/assign`, { assignedOn: '2026-03-02' });
    const issued = await sup.post(`/api/matters/${id}/notices`, {});
    const doc = await wenxian.get(`/api/notices/${issued.body.id}/document.docx`);
    expect(doc.status).toBe(200);
    expect(doc.headers.get('content-type')).toContain('wordprocessingml');
    const xml = await (await JSZip.loadAsync(doc.body)).file('word/document.xml')!.async('string');
    expect(xml).toContain('焦作市委督查室');
    expect(xml).toContain(issued.body.number);
    expect(xml).toMatch(/<w:jc w:val="center"\/>(?:(?!<\/w:p>).)*焦督〔2026〕/s);
    expect(xml).toContain('w:color w:val="FF0000"');
    expect(xml).toContain('仿宋');
    expect(xml).toContain('w:w="11906"'); // A4 width in twips
    expect(xml).toContain('2026年3月2日交办');
    expect(xml).toContain('2026年3月15日');
    const wuzhi = await server.login('wuzhi');
    expect((await wuzhi.get(`/api/notices/${issued.body.id}/document.docx`)).status).toBe(404);
  });
});

describe('deadline rules as data', () => {
  it('lets the supervisor add a working-day 13710 rule: 2026-02-13 gives feedback by 02-25', async () => {
    const settings = (await sup.get('/api/matters/settings')).body;
    expect(settings).toMatchObject({
      defaultRuleCode: '13710',
      yellowWithinDays: 2,
      noticePrefix: '焦督',
    });
    const working = {
      ...settings.rules[0],
      code: '13710-w',
      nameZh: '“13710”（工作日）',
      dayKind: 'working',
    };
    const bad = await sup.put('/api/matters/settings', {
      ...settings,
      rules: [...settings.rules, { ...working, steps: [] }],
    });
    expect(bad.body.error.message).toBe('规则 2：规则至少需要一个步骤');
    expect((await wenxian.put('/api/matters/settings', settings)).status).toBe(403);
    const saved = await sup.put('/api/matters/settings', {
      ...settings,
      rules: [...settings.rules, working],
    });
    expect(saved.status).toBe(200);
    sup.today = '2026-02-13';
    const res = await sup.post('/api/matters', {
      title: '春节前后企业用工保障',
      source: 'meeting_decision',
      leadUnitId: units.get('温县'),
      ruleCode: '13710-w',
    });
    const assigned = await sup.post(`/api/matters/${res.body.id}/assign`, {});
    // 02-14 is a working Saturday (1), then 02-24 (2) and 02-25 (3) after the holiday.
    expect(assigned.body).toMatchObject({
      dayKind: 'working',
      feedbackDue: '2026-02-25',
      finalDue: '2026-03-02',
    });
  });
});

describe('calendar overrides', () => {
  it('lets the system administrator enter a year the package does not know, and deadlines follow it', async () => {
    const items = [
      { date: '2027-02-05', kind: 'restday', name: '春节' },
      { date: '2027-02-08', kind: 'restday', name: '春节' },
    ];
    expect((await sup.put('/api/calendar/overrides/2027', { items })).status).toBe(403);
    const bad = await admin.put('/api/calendar/overrides/2027', {
      items: [{ date: '2026-02-05', kind: 'restday' }],
    });
    expect(bad.body.error.message).toBe('第 1 条：日期 2026-02-05 不在 2027 年');
    const ok = await admin.put('/api/calendar/overrides/2027', { items });
    expect(ok.body.items).toHaveLength(2);
    sup.today = '2027-02-02';
    const id = await newMatter('春节前安全生产大检查');
    const res = await sup.post(`/api/matters/${id}/assign`, {});
    // 02-05 (Friday) is now a rest day, and 02-06/07 a weekend: the 3 days end on Monday 02-09.
    expect(res.body.feedbackDue).toBe('2027-02-09');
    const days = await sup.get('/api/calendar/days?from=2027-02-05&to=2027-02-05');
    expect(days.body.items[0]).toMatchObject({ working: false, source: 'override', name: '春节' });
  });
});

describe('escalation ladder, notifications and the robot', () => {
  let hook: Server;
  const received: unknown[] = [];
  beforeAll(async () => {
    hook = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ url: req.url, body: JSON.parse(body) });
        res.end('{"errcode":0}');
      });
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
  });
  afterAll(() => new Promise<void>((r) => hook.close(() => r())));

  it('reminds, then warns, then tells supervisors a 督办单 is due, one step per run', async () => {
    sup.today = '2026-04-01';
    const id = await newMatter('整改群众反映的供暖问题');
    await sup.post(`/api/matters/${id}/assign`, { assignedOn: '2026-04-01' });
    const port = (hook.address() as { port: number }).port;
    const config = {
      ...server.config,
      LUOSHI_ROBOT_WEBHOOK_URL: `http://127.0.0.1:${port}/robot/send?access_token=t`,
      LUOSHI_ROBOT_SECRET: 's',
    };
    const steps = [];
    for (const today of ['2026-04-02', '2026-04-03', '2026-04-05', '2026-04-09', '2026-04-10']) {
      const r = await runEscalation(server.database.db, { today, config });
      steps.push(`${r.reminders}/${r.warnings}/${r.noticesDue}`);
    }
    const detail = (await sup.get(`/api/matters/${id}`)).body;
    expect(detail.escalation).toMatchObject({
      remindersSent: 1,
      warningsSent: 1,
      noticeSuggested: true,
    });
    const timeline = (await sup.get(`/api/matters/${id}/timeline`)).body.items.map(
      (e: { label: string }) => e.label,
    );
    expect(timeline).toEqual(['立项', '交办', '系统催办', '预警', '逾期提示：应下发督办单']);
    expect(steps.length).toBe(5);
    const mine = (await wenxian.get('/api/notifications')).body;
    expect(mine.items.map((n: { title: string }) => n.title)).toEqual(
      expect.arrayContaining(['催办：整改群众反映的供暖问题', '预警：整改群众反映的供暖问题']),
    );
    const supNotes = (await sup.get('/api/notifications')).body.items.map(
      (n: { title: string }) => n.title,
    );
    expect(supNotes).toContain('应下发督办单：整改群众反映的供暖问题');
    const first = received[0] as {
      url: string;
      body: { msgtype: string; text: { content: string } };
    };
    expect(first.url).toMatch(/^\/robot\/send\?access_token=t&timestamp=\d+&sign=/);
    expect(first.body.msgtype).toBe('text');
    expect(first.body.text.content).toContain('【督查督办】2026-04-02 逾期事项提醒');
  });

  it('marks notifications read, one or all, only the caller’s own', async () => {
    const before = await wenxian.get('/api/notifications?unread=true');
    expect(before.body.unread).toBeGreaterThan(1);
    const one = before.body.items[0].id;
    expect((await wenxian.post(`/api/notifications/${one}/read`)).body).toEqual({ updated: 1 });
    expect((await sup.post(`/api/notifications/${one}/read`)).status).toBe(404);
    expect((await wenxian.get('/api/notifications')).body.unread).toBe(before.body.unread - 1);
    await wenxian.post('/api/notifications/read-all');
    expect((await wenxian.get('/api/notifications')).body.unread).toBe(0);
  });

  it('runs the escalation as a pg-boss job on the same database', async () => {
    const jobs = await startJobs(server.database, server.config);
    try {
      const jobId = await jobs.boss.send(ESCALATION_QUEUE, { today: '2026-04-20' });
      let state = '';
      for (let i = 0; i < 60 && state !== 'completed'; i++) {
        await new Promise((r) => setTimeout(r, 250));
        state = (await jobs.boss.getJobById(ESCALATION_QUEUE, jobId!))?.state ?? '';
      }
      expect(state).toBe('completed');
    } finally {
      await jobs.stop();
    }
  });
});

describe('attachments and the board', () => {
  it('accepts a PDF and refuses a file whose content does not match its type', async () => {
    sup.today = '2026-04-01';
    const id = await newMatter('整改材料归档');
    const pdf = Buffer.from('%PDF-1.4\n%%EOF');
    const ok = await upload(sup, `/api/matters/${id}/attachments`, '整改报告.pdf', pdf);
    expect(ok.status).toBe(201);
    expect(ok.body.attachments[0]).toMatchObject({ fileName: '整改报告.pdf', size: pdf.length });
    const fake = await upload(
      sup,
      `/api/matters/${id}/attachments`,
      '报告.pdf',
      Buffer.from('MZ....'),
    );
    expect(fake.body.error.message).toBe('附件内容与文件类型不符');
    const exe = await upload(sup, `/api/matters/${id}/attachments`, 'setup.exe', Buffer.from('MZ'));
    expect(exe.body.error.message).toBe(
      '附件只能是 PDF、Word(.docx)、Excel(.xlsx)、OFD、JPG 或 PNG 文件',
    );
    const file = await sup.get(`/api/matters/${id}/attachments/${ok.body.attachments[0].id}`);
    expect(Buffer.compare(file.body, pdf)).toBe(0);
  });

  it('gives the supervisor counts by light, unit, list and leader, and each unit its backlog', async () => {
    sup.today = '2026-11-22';
    const board = (await sup.get('/api/matters/board')).body;
    const sum = (k: 'red' | 'yellow' | 'green') =>
      board.byUnit.reduce((n: number, u: Record<string, number>) => n + u[k]!, 0);
    expect(board.total.red).toBe(sum('red'));
    expect(board.total.open).toBe(board.total.red + board.total.yellow + board.total.green);
    expect(board.byLeader.find((l: { name: string }) => l.name === '王市长').open).toBeGreaterThan(
      0,
    );
    const wen = (await wenxian.get('/api/matters/backlog')).body.items;
    expect(wen.map((u: { unitName: string }) => u.unitName)).toEqual(['温县']);
    expect(wen[0].toZero).toBe(wen[0].open);
  });

  it('filters by light as the board counts and the items show it, for any scope', async () => {
    sup.today = wenxian.today = '2026-11-22';
    const board = (await sup.get('/api/matters/board')).body;
    const ids = (items: { id: string }[]) => items.map((m) => m.id).sort();
    const scoped = (await wenxian.get('/api/matters?pageSize=200')).body.items;
    for (const light of ['red', 'yellow', 'green'] as const) {
      const page = (await sup.get(`/api/matters?status=open&light=${light}&pageSize=200`)).body;
      expect(page.total).toBe(board.total[light]);
      expect(page.items.every((m: { light: string }) => m.light === light)).toBe(true);
      const wen = (await wenxian.get(`/api/matters?light=${light}&pageSize=200`)).body;
      expect(ids(wen.items)).toEqual(
        ids(scoped.filter((m: { light: string }) => m.light === light)),
      );
    }
    // 温县 sees the matters it leads and those it cooperates on (新建5G基站, led by 工信局).
    const mine = (await wenxian.get('/api/matters/mine')).body.items;
    expect(mine.find((m: { title: string }) => m.title === '新建5G基站2000个')).toMatchObject({
      myRole: 'cooperating',
    });
    expect(mine.some((m: { myRole: string }) => m.myRole === 'lead')).toBe(true);
    expect(ids(mine)).toEqual(ids(scoped.filter((m: { light: string }) => m.light !== 'none')));
  });
});
