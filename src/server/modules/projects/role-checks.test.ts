import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server';

// Wrong role is 403, checked before the project is looked up: the administrators used to get
// 404 on investment reports and problems, and readers a 400 "row error" on the batch form.

let server: TestServer;
let projectId = '';

beforeAll(async () => {
  server = await startTestServer();
  const sup = await server.login('duchashi');
  const units = (await sup.get('/api/units')).body.items as { id: string; code: string }[];
  const wen = units.find((u) => u.code === '410825')!;
  projectId = (await sup.get(`/api/projects?unitId=${wen.id}&pageSize=1`)).body.items[0].id;
});
afterAll(() => server?.close());

describe('project writes by role', () => {
  it('refuses investment reports and problems to the administrators with 403', async () => {
    for (const name of ['sysadmin', 'secadmin', 'auditadmin']) {
      const admin = await server.login(name);
      const put = await admin.put(`/api/projects/${projectId}/investments/2026-01`, {
        ytdCompleted: 1,
      });
      expect(put.status, name).toBe(403);
      const problem = await admin.post(`/api/projects/${projectId}/problems`, {
        kind: 'land',
        description: '用地指标未落实',
      });
      expect(problem.status, name).toBe(403);
    }
  });

  it('refuses a reader’s batch of investment figures whole with 403', async () => {
    const viewer = await server.login('viewer');
    const r = await viewer.post('/api/projects/investments', {
      month: '2026-01',
      items: [{ projectId, ytdCompleted: 2 }],
    });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toBe('无权填报投资完成情况');
  });

  it('refuses problems to a liaison with 403, even on a project of its county', async () => {
    const wenxian = await server.login('wenxian');
    const r = await wenxian.post(`/api/projects/${projectId}/problems`, {
      kind: 'land',
      description: '用地指标未落实',
    });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toBe('只有督查人员可以将问题转为督办事项');
  });
});
