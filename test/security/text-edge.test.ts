/* eslint-disable @typescript-eslint/no-explicit-any -- tests read response bodies loosely */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '../../src/server/audit/verify';
import { demoPlan } from '../../src/server/modules/targets/test-support';
import { startTestServer, type ApiClient, type TestServer } from '../support/server';
import { uploadRaw } from './helpers';

// Finding 1 and 5: text is validated once at the edge. A lone surrogate used to reach the
// audit trail (stored as U+FFFD, so verify reported the record altered forever after), and a
// NUL in any text field answered 500.

let server: TestServer;
let sup: ApiClient;

const auditCount = async () =>
  Number(
    (await server.database.db.execute(sql`select count(*)::int as n from audit_events`)).rows[0]!.n,
  );

beforeAll(async () => {
  server = await startTestServer();
  sup = await server.login('duchashi');
});
afterAll(() => server?.close());

describe('sign-in with malformed text', () => {
  it('refuses a lone surrogate in the username with 400 before any audit record', async () => {
    const before = await auditCount();
    const res = await server
      .anonymous()
      .post('/api/auth/login', { username: '\ud800', password: 'whatever1A' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('用户名：包含无法识别的字符（不成对的代理字符）');
    expect(await auditCount()).toBe(before);
    const verify = await verifyAuditChain(server.database.db);
    expect(verify.problems).toEqual([]);
    expect(verify.ok).toBe(true);
  });

  it('refuses NUL and control characters in the username and the password', async () => {
    const anon = server.anonymous();
    const nul = await anon.post('/api/auth/login', { username: 'duchashi\u0000', password: 'x' });
    expect(nul.status).toBe(400);
    expect(nul.body.error.message).toBe('用户名：不能包含空字符（NUL）');
    const bell = await anon.post('/api/auth/login', { username: 'duchashi', password: 'a\u0007' });
    expect(bell.body.error.message).toBe('密码：不能包含控制字符');
  });
});

describe('supervisor text fields', () => {
  it('refuses a lone surrogate in an indicator name, a plan title and a judgement reason', async () => {
    const indicator = await sup.post('/api/indicators', {
      name: '指标\ud800',
      measureUnit: '%',
      kind: 'growth_rate',
      cumulative: true,
      frequency: 'monthly',
    });
    expect(indicator.status).toBe(400);
    expect(indicator.body.error.message).toBe('指标名称：包含无法识别的字符（不成对的代理字符）');

    const units = (await sup.get('/api/units')).body.items;
    const city = units.find((u: any) => u.code === '410800');
    const plan = await sup.post('/api/target-plans', {
      unitId: city.id,
      year: 2030,
      title: '计划\udfff',
    });
    expect(plan.status).toBe(400);
    expect(plan.body.error.message).toBe('计划名称：包含无法识别的字符（不成对的代理字符）');

    const demo = await demoPlan(sup, '410800');
    const table = (await sup.get(`/api/target-plans/${demo.id}/table?period=2022-12`)).body;
    const targetId = table.rows[0].units[0].targetId;
    const judge = await sup.post(`/api/targets/${targetId}/judgements`, {
      period: '2022-12',
      verdict: 'met',
      reason: '理由\ud800完成',
    });
    expect(judge.status).toBe(400);
    expect(judge.body.error.message).toBe('判定理由：包含无法识别的字符（不成对的代理字符）');
    expect((await verifyAuditChain(server.database.db)).ok).toBe(true);
  });

  it('answers 400 in Chinese, never 500, for NUL in bodies, query strings and file names', async () => {
    const list = await sup.post('/api/matter-lists', { title: '清单\u0000', year: 2026 });
    expect(list.status).toBe(400);
    expect(list.body.error.message).toBe('清单名称：不能包含空字符（NUL）');
    const search = await sup.get('/api/people?q=%00');
    expect(search.status).toBe(400);
    expect(search.body.error.message).toBe('搜索内容：不能包含空字符（NUL）');
    const single = await sup.post('/api/matter-lists', { title: '第一行\n第二行', year: 2026 });
    expect(single.body.error.message).toBe('清单名称：不能换行');

    const matters = (await sup.get('/api/matters?pageSize=5')).body.items;
    const id = matters.find((m: any) => m.status !== 'closed').id;
    const pdf = Buffer.from('%PDF-1.4\n%%EOF');
    for (const name of ['a\u0000.pdf', 'b\u0007.pdf', 'fdp\u202e.exe.pdf']) {
      const res = await uploadRaw(sup, `/api/matters/${id}/attachments`, name, pdf, {
        encoded: true,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^文件名/);
    }
    const long = await uploadRaw(
      sup,
      `/api/matters/${id}/attachments`,
      '长'.repeat(300) + '.pdf',
      pdf,
      {
        encoded: true,
      },
    );
    expect(long.status).toBe(400);
    expect(long.body.error.message).toBe('文件名不能超过 200 个字符');
  });

  it('stores text in NFC so one word typed two ways is one word', async () => {
    const res = await sup.post('/api/matter-lists', { title: 'Cafe\u0301 清单', year: 2026 });
    expect(res.status).toBe(201);
    expect(res.body.title).toBe('Caf\u00e9 清单');
  });
});
