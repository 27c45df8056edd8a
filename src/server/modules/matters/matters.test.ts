import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

// One matter walked through its whole life on fixed days of 2026 (Spring Festival included),
// with every refusal a user could run into on the way.

let server: TestServer;
let sup: ApiClient;
let leader: ApiClient;
let viewer: ApiClient;
let wenxian: ApiClient;
let wuzhi: ApiClient;
let gxj: ApiClient;
let auditor: ApiClient;
let matterId = '';
const units = new Map<string, string>();

function at(day: string, ...clients: ApiClient[]) {
  for (const c of clients) c.today = day;
}
const everyone = () => [sup, leader, viewer, wenxian, wuzhi, gxj];

beforeAll(async () => {
  server = await startTestServer();
  const [a, b, c, d, e, f, g] = await Promise.all(
    ['duchashi', 'leader', 'viewer', 'wenxian', 'wuzhi', 'gxj', 'auditadmin'].map((u) =>
      server.login(u),
    ),
  );
  [sup, leader, viewer, wenxian, wuzhi, gxj, auditor] = [a!, b!, c!, d!, e!, f!, g!];
  for (const u of (await sup.get('/api/units')).body.items) units.set(u.name, u.id);
});
afterAll(() => server?.close());

const get = (c: ApiClient) => c.get(`/api/matters/${matterId}`);
const post = (c: ApiClient, action: string, body: unknown = {}) =>
  c.post(`/api/matters/${matterId}/${action}`, body);

describe('a matter from draft to closed', () => {
  it('is drafted by the supervisor only', async () => {
    at('2026-02-12', ...everyone());
    const body = {
      title: '推进温县怀药产业集群建设',
      source: 'key_work',
      leadLeader: '王市长',
      leadUnitId: units.get('温县'),
      cooperatingUnitIds: [units.get('市工业和信息化局')],
      content: '培育怀药优势特色产业集群，年内新增规上企业3家。',
      nodes: [{ title: '报送实施方案', due: '2026-02-27' }],
      tags: ['怀药'],
    };
    const refused = await wenxian.post('/api/matters', body);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('只有督查人员可以立项');
    const res = await sup.post('/api/matters', body);
    expect(res.status).toBe(201);
    matterId = res.body.id;
    expect(res.body).toMatchObject({
      status: 'draft',
      statusLabel: '已立项',
      light: 'none',
      ruleCode: '13710',
    });
    expect(res.body.cooperatingUnits.map((u: { name: string }) => u.name)).toEqual([
      '市工业和信息化局',
    ]);
    expect(res.body.actions).toEqual(expect.arrayContaining(['assign', 'edit']));
  });

  it('cannot be signed for before it is assigned, nor assigned by a liaison', async () => {
    const early = await post(wenxian, 'sign');
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'invalid_transition',
      message: '事项当前状态为"已立项"，不能签收',
    });
    const byLiaison = await post(wenxian, 'assign');
    expect(byLiaison.status).toBe(403);
    expect(byLiaison.body.error.message).toBe('牵头单位联络员无权交办');
    expect((await get(wenxian)).body.status).toBe('draft');
  });

  it('is hidden from another county and from the administrators', async () => {
    expect((await get(wuzhi)).status).toBe(404);
    const admin = await server.login('sysadmin');
    expect((await admin.get(`/api/matters/${matterId}`)).status).toBe(404);
    expect((await get(viewer)).status).toBe(200);
    expect((await get(gxj)).status).toBe(200); // a cooperating unit sees it
  });

  it('gets its 13710 deadlines at assignment: 2026-02-13 rolls over the Spring Festival', async () => {
    at('2026-02-13', ...everyone());
    const res = await post(sup, 'assign', {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'assigned',
      assignedOn: '2026-02-13',
      feedbackDue: '2026-02-24', // 02-16 falls in the 02-15..02-23 holiday
      finalDue: '2026-02-24', // 02-20 too
      light: 'yellow', // deployment is due today
    });
    expect(
      res.body.deadlines.map((d: { key: string; due: string }) => `${d.key} ${d.due}`),
    ).toEqual(['deploy 2026-02-13', 'feedback 2026-02-24', 'resolve 2026-02-24']);
    const again = await post(sup, 'assign', {});
    expect(again.status).toBe(409);
  });

  it('turns red the next day if nobody signed for it, and the liaison is told', async () => {
    at('2026-02-14', wenxian);
    const late = await get(wenxian);
    expect(late.body.light).toBe('red');
    const notes = await wenxian.get('/api/notifications');
    expect(notes.body.items.map((n: { title: string }) => n.title)).toContain(
      '新交办事项：推进温县怀药产业集群建设',
    );
  });

  it('is signed for by the lead unit liaison, not by a viewer or a cooperating unit', async () => {
    at('2026-02-14', ...everyone());
    expect((await post(viewer, 'sign')).status).toBe(403);
    expect((await post(gxj, 'sign')).body.error.message).toBe('无权签收');
    const res = await post(wenxian, 'sign');
    expect(res.body).toMatchObject({
      status: 'signed_for',
      signedOn: '2026-02-14',
      light: 'green',
    });
    const closeout = await post(wenxian, 'closeout');
    expect(closeout.status).toBe(409);
    expect(closeout.body.error.message).toBe('事项当前状态为"已签收"，不能申请办结');
  });

  it('takes feedback from a cooperating unit without moving the status', async () => {
    const res = await post(gxj, 'reports', { content: '已梳理怀药企业用电、用地需求。' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'signed_for', feedbackMetOn: null });
  });

  it('takes reports on two matters at once, all or nothing', async () => {
    at('2026-02-24', ...everyone());
    const mine = await wenxian.get('/api/matters/mine');
    const other = mine.body.items.find(
      (m: { id: string; status: string }) => m.id !== matterId && m.status === 'signed_for',
    );
    expect(other).toBeTruthy();
    const wuzhiMatter = (await wuzhi.get('/api/matters/mine')).body.items[0];
    const bad = await wenxian.post('/api/matters/reports', {
      reports: [
        { matterId, content: '已制定实施方案。' },
        { matterId: wuzhiMatter.id, content: '不是我的事项' },
      ],
    });
    expect(bad.status).toBe(404);
    expect((await get(wenxian)).body.status).toBe('signed_for'); // nothing saved
    const nodeId = (await get(wenxian)).body.nodes[0].id;
    const ok = await wenxian.post('/api/matters/reports', {
      reports: [
        {
          matterId,
          content: '已制定实施方案，新增规上企业1家。',
          percent: 30,
          nodeIdsDone: [nodeId],
        },
        { matterId: other.id, content: '已召开专题会研究部署。' },
      ],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.items.map((m: { status: string }) => m.status)).toEqual([
      'in_progress',
      'in_progress',
    ]);
    expect(ok.body.items[0]).toMatchObject({
      feedbackMetOn: '2026-02-24',
      lastReportOn: '2026-02-24',
    });
    expect(ok.body.items[0].nodes[0].doneOn).toBe('2026-02-24');
    // The liaison's page shows each matter's newest report (the cooperating unit's is older).
    const after = (await wenxian.get('/api/matters/mine')).body.items;
    expect(after.find((m: { id: string }) => m.id === matterId)).toMatchObject({
      lastReport: '已制定实施方案，新增规上企业1家。',
      lastPercent: 30,
    });
  });

  it('handles an extension: reason required, one at a time, decided by a supervisor or leader', async () => {
    at('2026-02-24', ...everyone());
    const noReason = await post(wenxian, 'extensions', { reason: ' ', requestedDue: '2026-03-20' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toBe('理由：不能为空');
    const earlier = await post(wenxian, 'extensions', {
      reason: '企业手续未齐',
      requestedDue: '2026-02-20',
    });
    expect(earlier.body.error.message).toBe('申请延期的日期必须晚于现在的办结期限（2026-02-24）');
    const req = await post(wenxian, 'extensions', {
      reason: '企业环评手续尚未办结',
      requestedDue: '2026-03-20',
    });
    expect(req.body).toMatchObject({ extensionPending: true });
    expect(req.body.actions).not.toContain('request_extension');
    const twice = await post(wenxian, 'extensions', {
      reason: '再申请',
      requestedDue: '2026-03-25',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe('已有延期申请等待审批，不能重复申请');
    const extId = req.body.extensions[0].id;
    expect((await post(wenxian, `extensions/${extId}/grant`, {})).status).toBe(403);
    expect((await post(sup, `extensions/${extId}/refuse`, { reason: '' })).status).toBe(400);
    const granted = await post(leader, `extensions/${extId}/grant`, {});
    expect(granted.body).toMatchObject({
      extensionPending: false,
      finalDue: '2026-03-20',
      originalFinalDue: '2026-02-24',
    });
    expect(granted.body.extensions[0]).toMatchObject({
      status: 'granted',
      grantedDue: '2026-03-20',
      decidedByName: '王市长',
    });
    const again = await post(sup, `extensions/${extId}/refuse`, { reason: '重复' });
    expect(again.body.error.message).toBe('没有待审批的延期申请，不能驳回延期申请');
  });

  it('is reminded and gets numbered supervision notices, per year', async () => {
    at('2026-03-23', ...everyone());
    expect((await get(wenxian)).body.light).toBe('red');
    const remind = await post(sup, 'remind', { note: '请于本周内办结' });
    expect(remind.body.escalation.remindersSent).toBe(1);
    const first = await post(sup, 'notices', {});
    expect(first.status).toBe(201);
    // The demo data may have used some 2026 numbers already: ours are the next ones, in order.
    const n = Number(/^焦督〔2026〕(\d+)号$/.exec(first.body.number)![1]);
    expect(first.body.matter.notices[0]).toMatchObject({
      number: `焦督〔2026〕${n}号`,
      issuedOn: '2026-03-23',
      replyDue: '2026-03-26',
    });
    expect((await post(sup, 'notices', { requirements: '主要负责同志亲自督办' })).body.number).toBe(
      `焦督〔2026〕${n + 1}号`,
    );
    at('2030-01-02', sup);
    expect((await post(sup, 'notices', {})).body.number).toBe('焦督〔2030〕1号'); // a new year starts at 1
    at('2026-03-23', sup);
    expect((await post(leader, 'notices', {})).status).toBe(403);
    const notes = (await wenxian.get('/api/notifications?unread=true')).body.items.map(
      (n: { title: string }) => n.title,
    );
    expect(notes).toContain('催办：推进温县怀药产业集群建设');
    expect(notes).toContain(`督办单 ${first.body.number}：推进温县怀药产业集群建设`);
  });

  it('goes through close-out, a return with its reason, review and closing with a rating', async () => {
    at('2026-03-24', ...everyone());
    const asked = await post(wenxian, 'closeout', {});
    expect(asked.body).toMatchObject({
      status: 'closeout_requested',
      light: 'green',
      lightReason: '已申请办结，等待复核',
    });
    expect((await post(leader, 'review')).body.error.message).toBe('领导无权复核通过');
    expect((await post(sup, 'review')).body.status).toBe('reviewed');
    expect((await post(sup, 'return', {})).status).toBe(400);
    const returned = await post(leader, 'return', { reason: '新增企业未纳统，请补充佐证' });
    expect(returned.body).toMatchObject({ status: 'in_progress', light: 'red' });
    expect((await wenxian.get('/api/notifications')).body.items[0]).toMatchObject({
      title: '事项被退回：推进温县怀药产业集群建设',
      body: '退回理由：新增企业未纳统，请补充佐证',
    });
    await post(wenxian, 'reports', { content: '已补充纳统证明。', percent: 100 });
    await post(wenxian, 'closeout', {});
    await post(sup, 'review');
    const noRating = await post(sup, 'close', {});
    expect(noRating.status).toBe(400);
    const closed = await post(sup, 'close', { rating: '良好' });
    expect(closed.body).toMatchObject({
      status: 'closed',
      statusLabel: '已办结',
      closedOn: '2026-03-24',
      rating: '良好',
      light: 'none',
    });
    const late = await post(wenxian, 'reports', { content: '补充' });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe('事项当前状态为"已办结"，不能反馈办理情况');
  });

  it('shows every step on its timeline, in order', async () => {
    const res = await viewer.get(`/api/matters/${matterId}/timeline`);
    expect(res.body.items.map((e: { label: string }) => e.label)).toEqual([
      '立项',
      '交办',
      '签收',
      '配合单位反馈',
      '开始办理',
      '反馈办理情况',
      '申请延期',
      '批准延期',
      '催办',
      '下发督办单',
      '下发督办单',
      '下发督办单',
      '申请办结',
      '复核通过',
      '退回',
      '反馈办理情况',
      '申请办结',
      '复核通过',
      '办结销号',
    ]);
    expect(res.body.items.find((e: { label: string }) => e.label === '退回').note).toBe(
      '新增企业未纳统，请补充佐证',
    );
    expect((await wuzhi.get(`/api/matters/${matterId}/timeline`)).status).toBe(404);
  });

  it('records every write in the audit log', async () => {
    const res = await auditor.get(
      `/api/audit?q=${encodeURIComponent('推进温县怀药产业集群建设')}&limit=100`,
    );
    const actions = res.body.items.map((e: { action: string }) => e.action);
    for (const a of [
      'matter.created',
      'matter.assigned',
      'matter.sign',
      'matter.reported',
      'matter.extension_requested',
      'matter.grant_extension',
      'matter.notice_issued',
      'matter.return',
      'matter.close',
    ]) {
      expect(actions).toContain(a);
    }
  });

  it('counts the matter in the month statistics', async () => {
    at('2026-03-31', sup);
    const feb = await sup.get('/api/matters/stats?month=2026-02');
    const wen = (r: { unitName: string }) => r.unitName === '温县';
    expect(feb.body.rows.find(wen)).toMatchObject({
      assigned: 1,
      closed: 0,
      overdueOpen: 0,
      backlog: 1,
      feedbackDue: 2,
      feedbackOnTime: 2,
      feedbackRate: '100.0%',
    });
    const mar = await sup.get('/api/matters/stats?month=2026-03');
    // Closed 03-24 after its (extended) deadline of 03-20: not on time.
    expect(mar.body.rows.find(wen)).toMatchObject({
      assigned: 0,
      closed: 1,
      closedOnTime: 0,
      onTimeRate: '0.0%',
      backlog: 0,
      clearedToZero: true,
    });
    expect(mar.body.total.unitName).toBe('合计');
    expect((await sup.get('/api/matters/stats?month=2026-13')).status).toBe(400);
  });
});

describe("the liaison's own list", () => {
  it('pages with a total instead of stopping silently, most urgent first', async () => {
    const all = await wenxian.get('/api/matters/mine?pageSize=200');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(all.body.items.length);
    expect(all.body.total).toBeGreaterThanOrEqual(3);
    const first = await wenxian.get('/api/matters/mine?page=1&pageSize=2');
    const second = await wenxian.get('/api/matters/mine?page=2&pageSize=2');
    expect(first.body).toMatchObject({ total: all.body.total, page: 1, pageSize: 2 });
    expect(first.body.items.map((m: { id: string }) => m.id)).toEqual(
      all.body.items.slice(0, 2).map((m: { id: string }) => m.id),
    );
    expect(second.body.items[0].id).toBe(all.body.items[2].id);
    const tooBig = await wenxian.get('/api/matters/mine?pageSize=5000');
    expect(tooBig.status).toBe(400);
    expect(tooBig.body.error.message).toContain('每页条数');
  });
});
