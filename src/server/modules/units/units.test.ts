import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

let server: TestServer;
let supervisor: ApiClient;
let admin: ApiClient;
let wenxian: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  supervisor = await server.login('duchashi');
  admin = await server.login('sysadmin');
  wenxian = await server.login('wenxian');
});
afterAll(() => server?.close());

const COUNTY_UNITS = {
  '410802': '解放区',
  '410803': '中站区',
  '410804': '马村区',
  '410811': '山阳区',
  '410821': '修武县',
  '410822': '博爱县',
  '410823': '武陟县',
  '410825': '温县',
  '410871': '焦作城乡一体化示范区',
  '410882': '沁阳市',
  '410883': '孟州市',
};

async function unitByCode(client: ApiClient, code: string) {
  const res = await client.get('/api/units');
  return res.body.items.find((u: { code: string }) => u.code === code);
}

describe('unit tree', () => {
  it('holds Jiaozuo 410800 and its 11 county-level units with their GB/T 2260 codes', async () => {
    const res = await supervisor.get('/api/units');
    expect(res.status).toBe(200);
    const root = res.body.items.find((u: { depth: number }) => u.depth === 0);
    expect(root).toMatchObject({ code: '410800', name: '焦作市', kind: 'city' });
    const counties = res.body.items.filter(
      (u: { parentId: string; kind: string }) => u.parentId === root.id && u.kind !== 'department',
    );
    expect(
      Object.fromEntries(counties.map((u: { code: string; name: string }) => [u.code, u.name])),
    ).toEqual(COUNTY_UNITS);
  });

  it('puts counties in 县(市)组 and urban units, including the 示范区, in 城区组', async () => {
    expect((await unitByCode(supervisor, '410883')).rankingGroup).toBe('county_group');
    expect((await unitByCode(supervisor, '410825')).rankingGroup).toBe('county_group');
    expect((await unitByCode(supervisor, '410802')).rankingGroup).toBe('urban_group');
    expect((await unitByCode(supervisor, '410871')).rankingGroup).toBe('urban_group');
  });

  it('has townships under counties and departments under the city', async () => {
    const res = await supervisor.get('/api/units');
    const wen = res.body.items.find((u: { code: string }) => u.code === '410825');
    const wenTownships = res.body.items.filter((u: { parentId: string }) => u.parentId === wen.id);
    expect(wenTownships.length).toBe(12);
    expect(wenTownships.every((u: { code: string }) => u.code.startsWith('410825'))).toBe(true);
    const depts = res.body.items.filter((u: { kind: string }) => u.kind === 'department');
    expect(depts.map((d: { name: string }) => d.name)).toContain('市委督查室');
  });

  it('finds 孟州市 first when typing the pinyin initials mz, and by name and code', async () => {
    const byInitials = await supervisor.get('/api/units/search?q=mz');
    expect(byInitials.body.items[0]).toMatchObject({ name: '孟州市', code: '410883' });
    const byName = await supervisor.get(`/api/units/search?q=${encodeURIComponent('孟州')}`);
    expect(byName.body.items[0].name).toBe('孟州市');
    const byCode = await supervisor.get('/api/units/search?q=410883');
    expect(byCode.body.items[0].name).toBe('孟州市');
  });

  it('shows a county liaison only their own county, and 404 for another county', async () => {
    const res = await wenxian.get('/api/units');
    expect(res.body.items[0]).toMatchObject({ name: '温县' });
    expect(res.body.items.every((u: { code: string }) => u.code.startsWith('410825'))).toBe(true);
    const wuzhi = await unitByCode(supervisor, '410823');
    const other = await wenxian.get(`/api/units/${wuzhi.id}`);
    expect(other.status).toBe(404);
    expect(other.body.error.message).toBe('单位不存在或无权访问');
    const search = await wenxian.get(`/api/units/search?q=${encodeURIComponent('武陟')}`);
    expect(search.body.items).toEqual([]);
  });
});

describe('unit administration', () => {
  it('lets the system admin create, rename and move a unit, and records each change', async () => {
    const city = await unitByCode(admin, '410800');
    const wen = await unitByCode(admin, '410825');
    const created = await admin.post('/api/units', {
      name: '市数据局',
      code: 'JZ-SJJ',
      kind: 'department',
      parentId: city.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '市数据局', depth: 1, active: true });

    const renamed = await admin.patch(`/api/units/${created.body.id}`, { name: '市大数据管理局' });
    expect(renamed.body.name).toBe('市大数据管理局');
    const found = await admin.get(`/api/units/search?q=sdsj`);
    expect(found.body.items.map((u: { name: string }) => u.name)).toContain('市大数据管理局');

    const moved = await admin.patch(`/api/units/${created.body.id}`, { parentId: wen.id });
    expect(moved.body).toMatchObject({ parentId: wen.id, depth: 2 });
    // After the move, the 温县 liaison sees it inside their county.
    const seen = await wenxian.get(`/api/units/${created.body.id}`);
    expect(seen.status).toBe(200);

    const auditor = await server.login('auditadmin');
    const audit = await auditor.get('/api/audit?action=unit.');
    const summaries = audit.body.items.map((e: { summary: string }) => e.summary);
    expect(summaries).toContain('新增单位 市数据局（JZ-SJJ），上级 焦作市');
    expect(summaries).toContain('修改单位 市数据局 → 市大数据管理局');
  });

  it('refuses to move a unit under its own subtree', async () => {
    const wen = await unitByCode(admin, '410825');
    const units = await admin.get('/api/units');
    const township = units.body.items.find((u: { parentId: string }) => u.parentId === wen.id);
    const res = await admin.patch(`/api/units/${wen.id}`, { parentId: township.id });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('不能把单位移动到它自己或它的下级单位之下');
  });

  it('deactivates instead of deleting, and refuses while active children remain', async () => {
    const wen = await unitByCode(admin, '410825');
    const refused = await admin.post(`/api/units/${wen.id}/deactivate`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('还有在用的下级单位');

    const city = await unitByCode(admin, '410800');
    const temp = await admin.post('/api/units', {
      name: '临时专班',
      code: 'JZ-LS',
      kind: 'department',
      parentId: city.id,
    });
    const off = await admin.post(`/api/units/${temp.body.id}/deactivate`);
    expect(off.body.active).toBe(false);
    const list = await admin.get('/api/units');
    expect(list.body.items.some((u: { id: string }) => u.id === temp.body.id)).toBe(false);
    const withInactive = await admin.get('/api/units?includeInactive=true');
    expect(withInactive.body.items.some((u: { id: string }) => u.id === temp.body.id)).toBe(true);
    expect((await admin.delete(`/api/units/${temp.body.id}`)).status).toBe(404);
  });

  it('rejects a duplicate code and names the field, in Chinese', async () => {
    const city = await unitByCode(admin, '410800');
    const dup = await admin.post('/api/units', {
      name: '重复',
      code: '410883',
      kind: 'county',
      parentId: city.id,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({
      field: 'code',
      message: '单位代码 410883 已被 孟州市 使用',
    });
  });

  it('answers a bad body with 400 naming the field in Chinese, and saves nothing', async () => {
    const city = await unitByCode(admin, '410800');
    const before = (await admin.get('/api/units')).body.items.length;
    const empty = await admin.post('/api/units', {
      name: '',
      code: 'X1',
      kind: 'department',
      parentId: city.id,
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ field: 'name', message: '单位名称：不能为空' });
    const kind = await admin.post('/api/units', {
      name: '某局',
      code: 'X2',
      kind: 'planet',
      parentId: city.id,
    });
    expect(kind.body.error.message).toBe('单位类型：取值无效');
    const code = await admin.post('/api/units', {
      name: '某局',
      code: '代码',
      kind: 'department',
      parentId: city.id,
    });
    expect(code.body.error.message).toBe('单位代码：只能包含数字、字母和连字符');
    expect((await admin.get('/api/units')).body.items.length).toBe(before);
  });

  it('forbids unit changes to people who are not the system admin', async () => {
    const city = await unitByCode(supervisor, '410800');
    const res = await supervisor.post('/api/units', {
      name: '某局',
      code: 'X3',
      kind: 'department',
      parentId: city.id,
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('无权执行此操作');
  });
});
