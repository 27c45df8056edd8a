import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/server';
import { freshDatabase } from '../../../test/support/database';
import { sealAuditChain } from './seal';
import { verifyAuditChain } from './verify';

const run = promisify(execFile);
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('audit trail', () => {
  it('records sign-ins, failures and writes with who, when, from where, before and after', async () => {
    await server.anonymous().post('/api/auth/login', { username: 'wenxian', password: 'wrong' });
    const admin = await server.login('sysadmin');
    const wen = (await admin.get('/api/units/search?q=410825')).body.items[0];
    await admin.patch(`/api/units/${wen.id}`, { name: '温县人民政府' });

    const auditor = await server.login('auditadmin');
    const res = await auditor.get('/api/audit?limit=20');
    expect(res.status).toBe(200);
    const [rename] = res.body.items.filter((e: { action: string }) => e.action === 'unit.updated');
    expect(rename).toMatchObject({
      actorName: '系统管理员',
      ip: '127.0.0.1',
      summary: '修改单位 温县 → 温县人民政府',
      before: expect.objectContaining({ name: '温县' }),
      after: expect.objectContaining({ name: '温县人民政府' }),
    });
    const failed = res.body.items.find(
      (e: { action: string }) => e.action === 'auth.sign_in_failed',
    );
    expect(failed.summary).toBe('密码错误：账号 wenxian（第 1 次）');
    expect(res.body.items.some((e: { action: string }) => e.action === 'auth.signed_in')).toBe(
      true,
    );
  });

  it('is readable by the audit admin only', async () => {
    const admin = await server.login('sysadmin');
    expect((await admin.get('/api/audit')).status).toBe(403);
    const sup = await server.login('duchashi');
    expect((await sup.get('/api/audit')).status).toBe(403);
  });

  it('exports the audit log as an .xlsx ledger', async () => {
    const auditor = await server.login('auditadmin');
    const res = await auditor.get('/api/audit/export.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('审计日志.xlsx'));
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('审计日志');
    expect(ws.getRow(3).getCell(1).value).toBe('序号');
    expect(ws.getRow(4).getCell(1).value).toBe(1);
  });

  it('detects an altered record and names it', async () => {
    await server.sealer.sealNow();
    const before = await verifyAuditChain(server.database.db);
    expect(before.ok).toBe(true);
    await server.database.db.execute(sql`update audit_events set summary = '篡改' where seq = 3`);
    const after = await verifyAuditChain(server.database.db);
    expect(after.ok).toBe(false);
    expect(after.problems[0]).toMatchObject({
      workspaceCode: 'jiaozuo',
      seq: 3,
      problem: expect.stringContaining('altered'),
    });
    const auditor = await server.login('auditadmin');
    const res = await auditor.get('/api/audit/verify');
    expect(res.body.ok).toBe(false);
    expect(res.body.problems[0].seq).toBe(3);
  });
});

describe('luoshi audit verify (the command)', () => {
  it('passes on an intact chain and fails naming the record after a row is edited', async () => {
    const database = await freshDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-audit-'));
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      LUOSHI_DATA_DIR: dir,
      LOG_LEVEL: 'silent',
    };
    const cli = ['tsx', 'src/cli.ts'];
    try {
      await sealAuditChain(database.db);
      const ok = await run('npx', [...cli, 'audit', 'verify'], { env });
      expect(ok.stdout).toMatch(/audit records checked .* chain intact/);

      await database.db.execute(sql`update audit_events set actor_name = '某人' where seq = 1`);
      const broken = await run('npx', [...cli, 'audit', 'verify'], { env }).catch((e) => e);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(
        /BROKEN workspace jiaozuo chain position 1 record #\d+: content does not match its hash \(altered\)/,
      );
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
