import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app';
import { loadConfig, type Config } from '../../src/server/config';
import type { Database } from '../../src/server/db/connection';
import { DEMO_PASSWORD } from '../../src/server/demo/accounts';
import { configuredAnchorStore } from '../../src/server/audit/anchor-store';
import { startAuditSealer, type AuditSealer } from '../../src/server/audit/seal';
import { startExportRunner, type ExportRunner } from '../../src/server/exports/runner';
import '../../src/server/modules/matter-lists/ledger';
import { freshDatabase } from './database';

export interface TestServer {
  url: string;
  config: Config;
  app: FastifyInstance;
  database: Database;
  /** Signs in over HTTP and returns a client that carries the cookie and the CSRF token. */
  login(username: string, password?: string): Promise<ApiClient>;
  anonymous(): ApiClient;
  /** The audit sealer of this server (sealNow() before reading the chain directly). */
  sealer: AuditSealer;
  /** Runs export jobs in the background, as the primary process does. */
  exports: ExportRunner;
  close(): Promise<void>;
}

// Tests read response bodies loosely, as a user reads a page; `any` keeps them short.
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A real HTTP client against the listening server, as the browser would talk to it. */
export class ApiClient {
  cookie = '';
  csrf = '';
  /** Fixes "today" for the server (x-luoshi-today; honoured only in tests). */
  today = '';
  constructor(readonly baseUrl: string) {}

  async request<T = any>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (this.today) headers['x-luoshi-today'] = this.today;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? await res.json() : Buffer.from(await res.arrayBuffer());
    return { status: res.status, body: parsed as T, headers: res.headers };
  }
  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  put<T = any>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

/** A server on a random port over a fresh database holding the Jiaozuo demo workspace. */
export async function startTestServer(
  opts: { seedDemo?: boolean; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const database = await freshDatabase({ demo: opts.seedDemo !== false });
  // Each server its own data directory: audit anchors of one test file stay apart.
  const dataDir = mkdtempSync(join(tmpdir(), 'luoshi-test-data-'));
  const config = loadConfig({
    LUOSHI_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    LUOSHI_ALLOW_FIXED_TODAY: 'true',
    LUOSHI_JOBS: 'false',
    ...opts.env,
  });
  const app = await buildApp({ config, database });
  const sealer = startAuditSealer(database.db, {
    anchors: configuredAnchorStore(config),
    anchorEveryMs: 0,
  });
  const exports = startExportRunner(database.db, dataDir);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    config,
    app,
    database,
    anonymous: () => new ApiClient(url),
    async login(username, password = DEMO_PASSWORD) {
      const client = new ApiClient(url);
      const res = await client.post('/api/auth/login', { username, password });
      if (res.status !== 200)
        throw new Error(`login ${username} failed: ${JSON.stringify(res.body)}`);
      const me = await client.get('/api/auth/me');
      client.csrf = me.body.csrfToken;
      return client;
    },
    sealer,
    exports,
    async close() {
      await app.close();
      await sealer.stop();
      await exports.stop();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
