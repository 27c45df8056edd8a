import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';
import { composeUscc } from '../../../core/enterprises/uscc';

// Titles an enterprise holds: registered, corrected and removed by its county's liaison,
// each change in the audit trail; a county liaison cannot touch another county's firm.

let server: TestServer;
let wenxian: ApiClient;
let wuzhi: ApiClient;
let auditor: ApiClient;
let firm: string;

beforeAll(async () => {
  server = await startTestServer();
  [wenxian, wuzhi, auditor] = (await Promise.all(
    ['wenxian', 'wuzhi', 'auditadmin'].map((u) => server.login(u)),
  )) as [ApiClient, ApiClient, ApiClient];
  const units = (await wenxian.get('/api/units')).body.items as { id: string; name: string }[];
  const created = await wenxian.post('/api/enterprises', {
    uscc: composeUscc('91', '410825', 'MA9TT1L0'),
    name: '温县称号测试科技有限公司',
    unitId: units.find((u) => u.name === '温县')!.id,
    industryCode: 'C3985',
    chain: '电子信息',
    scale: 'below',
  });
  expect(created.status).toBe(201);
  firm = created.body.id;
});
afterAll(() => server?.close());

const title = {
  kind: 'high_tech',
  level: 'national',
  certificateNo: 'GR202441000001',
  grantedOn: '2024-12-01',
  validTo: '2027-11-30',
};

describe('titles held', () => {
  it('corrects a title’s level, certificate and dates, and the trail shows before and after', async () => {
    const added = await wenxian.post(`/api/enterprises/${firm}/titles`, title);
    expect(added.status).toBe(201);
    const id = added.body.titleRecords[0].id;
    const fixed = await wenxian.put(`/api/enterprises/${firm}/titles/${id}`, {
      ...title,
      level: 'provincial',
      certificateNo: 'GR202441000009',
      validTo: '2027-12-31',
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.titleRecords).toHaveLength(1);
    expect(fixed.body.titleRecords[0]).toMatchObject({
      id,
      level: 'provincial',
      certificateNo: 'GR202441000009',
      validTo: '2027-12-31',
    });
    const trail = await auditor.get('/api/audit?entityType=enterprise&limit=200');
    const entry = trail.body.items.find(
      (e: { action: string }) => e.action === 'enterprise.title_updated',
    );
    expect(entry.summary).toBe('温县称号测试科技有限公司：修改称号 high_tech（2024-12-01）');
  });

  it('refuses an expiry before the grant date, naming the field', async () => {
    const id = (await wenxian.get(`/api/enterprises/${firm}`)).body.titleRecords[0].id;
    const bad = await wenxian.put(`/api/enterprises/${firm}/titles/${id}`, {
      ...title,
      validTo: '2024-01-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('有效期至不能早于认定日期');
  });

  it('another county’s liaison cannot see or change it; its own liaison removes it', async () => {
    const id = (await wenxian.get(`/api/enterprises/${firm}`)).body.titleRecords[0].id;
    expect((await wuzhi.put(`/api/enterprises/${firm}/titles/${id}`, title)).status).toBe(404);
    expect((await wuzhi.delete(`/api/enterprises/${firm}/titles/${id}`)).status).toBe(404);
    const removed = await wenxian.delete(`/api/enterprises/${firm}/titles/${id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.titleRecords).toEqual([]);
    expect((await wenxian.put(`/api/enterprises/${firm}/titles/${id}`, title)).status).toBe(404);
  });
});
