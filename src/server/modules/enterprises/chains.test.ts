import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

// 链长制 / 双长制: the demo chains with their two leaders, counts that follow the caller's
// scope and open the library's list, the chain's projects, and who may change the chains.

let server: TestServer;
let sup: ApiClient;
let wenxian: ApiClient;
let viewer: ApiClient;

interface Chain {
  id: string;
  name: string;
  governmentLeader: string;
  allianceLeaderName: string | null;
  enterprises: number;
  projects: number;
}

beforeAll(async () => {
  server = await startTestServer();
  [sup, wenxian, viewer] = (await Promise.all(
    ['duchashi', 'wenxian', 'viewer'].map((u) => server.login(u)),
  )) as [ApiClient, ApiClient, ApiClient];
});
afterAll(() => server?.close());

const chainsOf = async (c: ApiClient) =>
  (await c.get('/api/industry-chains')).body.items as Chain[];

describe('industry chains', () => {
  it('lists the demo chains, each with a government and an alliance chain leader', async () => {
    const chains = await chainsOf(sup);
    expect(chains.map((c) => c.name)).toEqual([
      '新能源材料',
      '生物医药',
      '电子信息',
      '装备制造',
      '汽车及零部件',
      '绿色食品',
      '现代化工',
    ]);
    expect(chains.every((c) => c.governmentLeader.endsWith('（虚构）'))).toBe(true);
    expect(chains.find((c) => c.name === '新能源材料')!.allianceLeaderName).toBe(
      '多氟多新材料股份有限公司',
    );
    expect(chains.find((c) => c.name === '汽车及零部件')!.allianceLeaderName).toBe(
      '中原内配集团股份有限公司',
    );
    const total = (await sup.get('/api/enterprises?pageSize=1')).body.total;
    expect(chains.reduce((n, c) => n + c.enterprises, 0)).toBe(total);
  });

  it('a chain’s enterprise count opens the same list in the library', async () => {
    for (const c of await chainsOf(sup)) {
      const list = await sup.get(`/api/enterprises?chain=${encodeURIComponent(c.name)}&pageSize=1`);
      expect(list.body.total).toBe(c.enterprises);
    }
  });

  it('counts projects by the chain’s name and its aliases (高端装备 is 装备制造)', async () => {
    const chain = (await chainsOf(sup)).find((c) => c.name === '装备制造')!;
    const projects = (await sup.get(`/api/industry-chains/${chain.id}/projects`)).body.items;
    expect(projects.length).toBe(chain.projects);
    expect(projects.length).toBeGreaterThan(0);
    expect(new Set(projects.map((p: { chain: string }) => p.chain))).toEqual(new Set(['高端装备']));
  });

  it('a county liaison’s counts and projects are their county’s only', async () => {
    const city = await chainsOf(sup);
    const mine = await chainsOf(wenxian);
    const total = (await wenxian.get('/api/enterprises?pageSize=1')).body.total;
    expect(mine.reduce((n, c) => n + c.enterprises, 0)).toBe(total);
    expect(mine.reduce((n, c) => n + c.enterprises, 0)).toBeLessThan(
      city.reduce((n, c) => n + c.enterprises, 0),
    );
    for (const c of mine) {
      const items = (await wenxian.get(`/api/industry-chains/${c.id}/projects`)).body.items;
      expect(items.every((p: { unitName: string }) => p.unitName === '温县')).toBe(true);
    }
  });

  it('only the city supervisor adds or changes a chain', async () => {
    const body = { name: '氢能', governmentLeader: '测试链长', governmentLeaderPost: '副市长' };
    expect((await wenxian.post('/api/industry-chains', body)).status).toBe(403);
    expect((await viewer.post('/api/industry-chains', body)).status).toBe(403);
    const made = await sup.post('/api/industry-chains', body);
    expect(made.status).toBe(201);
    const dup = await sup.post('/api/industry-chains', body);
    expect(dup.status).toBe(409);
    expect(dup.body.error.message).toBe('产业链“氢能”已存在');
    const leader = (await sup.get('/api/enterprises?pageSize=1')).body.items[0];
    const changed = await sup.put(`/api/industry-chains/${made.body.id}`, {
      ...body,
      allianceLeaderId: leader.id,
    });
    expect(changed.status).toBe(200);
    const after = (await chainsOf(sup)).find((c) => c.name === '氢能')!;
    expect(after.allianceLeaderName).toBe(leader.name);
  });
});
