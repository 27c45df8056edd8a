/* eslint-disable @typescript-eslint/no-explicit-any -- tests read bodies loosely, as a user reads a page */
// Every number on the home page, the board, the statistics and the lists page opens the
// matters list with filters that give the same count (issue 9, points 8 and 9; 反馈及时率 its
// deadlines list), and the leader's written instruction (领导批示, point 10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

let server: TestServer;
let sup: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  sup = await server.login('duchashi');
});
afterAll(() => server?.close());

const total = async (client: ApiClient, query: string) => {
  const r = await client.get(`/api/matters?${query}&pageSize=1`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.total as number;
};

describe('counts that include the matters a unit cooperates on', () => {
  it('温县 home says 5 open, 1 of them cooperating, as its own list shows', async () => {
    const wenxian = await server.login('wenxian');
    const c = (await wenxian.get('/api/matters/counts')).body;
    const mine = (await wenxian.get('/api/matters/mine')).body.items;
    expect(c.open).toBe(mine.length);
    expect(c.open).toBe(5);
    expect(c.cooperating).toBe(mine.filter((m: any) => m.myRole === 'cooperating').length);
    expect(c.cooperating).toBe(1);
    expect(await total(wenxian, 'status=open')).toBe(5);
    expect(await total(wenxian, 'status=open&involvement=cooperating')).toBe(1);
    expect(await total(wenxian, 'status=open&involvement=lead')).toBe(4);
    expect(await total(wenxian, 'status=open&light=red')).toBe(c.red);
    expect(await total(wenxian, 'overdue=true')).toBe(c.overdue);
  });
  it('市发改委 counts the one matter it cooperates on', async () => {
    const fgw = await server.login('fgw');
    const c = (await fgw.get('/api/matters/counts')).body;
    expect(c).toMatchObject({ open: 1, cooperating: 1 });
    expect(await total(fgw, 'status=open')).toBe(1);
  });
});

describe('the board’s numbers open lists of the same size', () => {
  it('totals, and every unit, list and leader row', async () => {
    const board = (await sup.get('/api/matters/board')).body;
    expect(board.total.open).toBeGreaterThan(10);
    const base = 'status=open&involvement=lead';
    expect(await total(sup, base)).toBe(board.total.open);
    for (const light of ['red', 'yellow', 'green'])
      expect(await total(sup, `${base}&light=${light}`)).toBe(board.total[light]);
    expect(await total(sup, 'involvement=lead&overdue=true')).toBe(board.total.overdue);
    for (const g of board.byUnit) {
      expect(await total(sup, `${base}&unitId=${g.id}`), g.name).toBe(g.open);
      expect(await total(sup, `involvement=lead&overdue=true&unitId=${g.id}`)).toBe(g.overdue);
      expect(await total(sup, `${base}&light=red&unitId=${g.id}`)).toBe(g.red);
    }
    for (const g of board.byList) {
      if (!g.id) continue;
      expect(await total(sup, `${base}&listId=${g.id}`), g.name).toBe(g.open);
    }
    for (const g of board.byLeader) {
      const q = g.id ? `leader=${encodeURIComponent(g.id)}` : 'noLeader=true';
      expect(await total(sup, `${base}&${q}`), g.name).toBe(g.open);
    }
  });

  it('a unit’s overdue matters and a text search', async () => {
    const board = (await sup.get('/api/matters/board')).body;
    const wen = board.byUnit.find((g: any) => g.name === '温县');
    const page = (await sup.get(`/api/matters?overdue=true&unitId=${wen.id}`)).body;
    expect(page.total).toBe(wen.overdue);
    expect(page.items.every((m: any) => m.leadUnit.name === '温县')).toBe(true);
    const found = (await sup.get(`/api/matters?q=${encodeURIComponent('5G')}`)).body;
    expect(found.items.every((m: any) => m.title.includes('5G'))).toBe(true);
    expect(found.total).toBeGreaterThan(0);
  });
});

describe('statistics, backlog and lists open the matters behind each number', () => {
  it('the monthly statistics, per unit', async () => {
    const { today } = (await sup.get('/api/matters/board')).body;
    const month = today.slice(0, 7);
    const stats = (await sup.get(`/api/matters/stats?month=${month}`)).body;
    const s = `${month}-01`;
    const e = stats.asOf;
    for (const r of [...stats.rows, stats.total]) {
      const unit = r.unitId ? `&unitId=${r.unitId}` : '';
      const q = (x: string) => total(sup, `involvement=lead${unit}&${x}`);
      expect(await q(`assignedFrom=${s}&assignedTo=${e}`), r.unitName).toBe(r.assigned);
      expect(await q(`closedFrom=${s}&closedTo=${e}`)).toBe(r.closed);
      expect(await q(`closedFrom=${s}&closedTo=${e}&onTime=true`)).toBe(r.closedOnTime);
      expect(await q(`openAt=${e}&dueBefore=${e}`)).toBe(r.overdueOpen);
      expect(await q(`openAt=${e}`)).toBe(r.backlog);
      // 反馈及时率's deadlines, all of them and those met on time, one row each.
      const deadlines = async (x: string) => {
        const d = await sup.get(`/api/matters/deadlines?month=${month}${unit}${x}&pageSize=200`);
        expect(d.status, JSON.stringify(d.body)).toBe(200);
        expect(d.body.items).toHaveLength(d.body.total);
        return d.body;
      };
      const all = await deadlines('');
      expect(all.total, r.unitName).toBe(r.feedbackDue);
      const met = await deadlines('&onTime=true');
      expect(met.total).toBe(r.feedbackOnTime);
      expect(met.items.every((x: any) => x.onTime && x.doneOn <= x.due)).toBe(true);
    }
    expect(stats.total.feedbackDue).toBeGreaterThan(0);
    // A month that is not one, or has not begun, is refused in Chinese, naming the field.
    const bad = await sup.get('/api/matters/deadlines?month=2026-13');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('月份');
    const future = await sup.get('/api/matters/deadlines?month=2099-01');
    expect(future.status).toBe(400);
    expect(JSON.stringify(future.body)).toContain('不能统计未来的月份');
  });
  it('the backlog (清零) per unit', async () => {
    const { today, items } = (await sup.get('/api/matters/backlog')).body;
    for (const r of items) {
      const q = (x: string) => total(sup, `involvement=lead&unitId=${r.unitId}&${x}`);
      expect(await q('status=open'), r.unitName).toBe(r.open);
      expect(await q('overdue=true')).toBe(r.overdue);
      expect(await q(`closedFrom=${today.slice(0, 8)}01&closedTo=${today}`)).toBe(
        r.closedThisMonth,
      );
    }
  });
  it('each list’s total, open, red and closed', async () => {
    const lists = (await sup.get('/api/matter-lists')).body.items;
    expect(lists.length).toBeGreaterThan(0);
    for (const l of lists) {
      const q = (x: string) => total(sup, `involvement=lead&listId=${l.id}${x}`);
      expect(await q(''), l.title).toBe(l.counts.total);
      expect(await q('&status=open')).toBe(l.counts.open);
      expect(await q('&status=open&light=red')).toBe(l.counts.red);
      expect(await q('&status=closed')).toBe(l.counts.closed);
    }
  });
});

describe('领导批示', () => {
  it('the leader writes an instruction: kept in the timeline, sent to the lead unit', async () => {
    const leader = await server.login('leader');
    const wenxian = await server.login('wenxian');
    const mine = (await wenxian.get('/api/matters/mine')).body.items;
    const m = mine.find((x: any) => x.myRole === 'lead' && x.status === 'in_progress');
    const detail = (await leader.get(`/api/matters/${m.id}`)).body;
    expect(detail.actions).toContain('instruct');
    expect((await sup.get(`/api/matters/${m.id}`)).body.actions).not.toContain('instruct');

    const empty = await leader.post(`/api/matters/${m.id}/instructions`, { instruction: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('批示内容');
    expect(
      (await sup.post(`/api/matters/${m.id}/instructions`, { instruction: '抓紧' })).status,
    ).toBe(403);
    const text = '请于月底前完成示范村验收，并报送照片以外的实效材料。';
    const r = await leader.post(`/api/matters/${m.id}/instructions`, { instruction: text });
    expect(r.status).toBe(200);
    const timeline = (await wenxian.get(`/api/matters/${m.id}/timeline`)).body.items;
    expect(timeline.at(-1)).toMatchObject({
      kind: 'instruct',
      label: '领导批示',
      actorName: '王市长',
      note: text,
    });
    const notes = (await wenxian.get('/api/notifications?unread=true')).body.items;
    expect(notes[0]).toMatchObject({
      title: `领导批示：${m.title}`,
      body: `王市长批示：${text}`,
      matterId: m.id,
    });
  });

  it('closing a matter marks its earlier notifications read', async () => {
    const leader = await server.login('leader');
    const wenxian = await server.login('wenxian');
    const mine = (await wenxian.get('/api/matters/mine')).body.items;
    const m = mine.find((x: any) => x.myRole === 'lead' && x.status === 'in_progress');
    await sup.post(`/api/matters/${m.id}/remind`, {});
    await leader.post(`/api/matters/${m.id}/instructions`, { instruction: '抓紧办理' });
    const unreadOf = async () =>
      (await wenxian.get('/api/notifications?unread=true')).body.items.filter(
        (n: any) => n.matterId === m.id,
      );
    expect((await unreadOf()).length).toBeGreaterThanOrEqual(2);
    await wenxian.post(`/api/matters/${m.id}/reports`, { content: '已完成', percent: 100 });
    await wenxian.post(`/api/matters/${m.id}/closeout`, {});
    await sup.post(`/api/matters/${m.id}/review`, {});
    expect((await sup.post(`/api/matters/${m.id}/close`, { rating: '良好' })).status).toBe(200);
    const left = await unreadOf();
    expect(left.map((n: any) => n.title)).toEqual([`事项已办结销号：${m.title}`]);
  });
});
