import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/server/demo/accounts';
import { ApiClient, startTestServer, type TestServer } from '../support/server';
import {
  buildFixtures,
  MATRIX_ROLES,
  resolvePath,
  type Fixtures,
  type MatrixRole,
} from './matrix-fixtures';
import { ROUTE_MATRIX, type MatrixCase } from './route-matrix';

// Finding 7: every route of the OpenAPI document × every demo role, with the expected status
// kept in route-matrix.ts. A route without a row fails this test: new modules add their rows.
// MATRIX_RECORD=1 prints the observed table instead of asserting (to draft rows; review them).

let server: TestServer;
let fx: Fixtures;
const clients = new Map<MatrixRole, ApiClient>();
const RECORD = process.env.MATRIX_RECORD === '1';

beforeAll(async () => {
  server = await startTestServer();
  fx = await buildFixtures(server);
  for (const role of MATRIX_ROLES) {
    clients.set(role, role === 'anonymous' ? server.anonymous() : await server.login(role));
  }
}, 120_000);
afterAll(() => server?.close());

async function clientFor(role: MatrixRole, c: MatrixCase): Promise<ApiClient> {
  if (!c.fresh || role === 'anonymous') return clients.get(role)!;
  const fresh = new ApiClient(server.url);
  await fresh.post('/api/auth/login', { username: role, password: DEMO_PASSWORD });
  fresh.csrf = (await fresh.get('/api/auth/me')).body.csrfToken;
  return fresh;
}

async function run(key: string, c: MatrixCase): Promise<string> {
  const [method, path] = key.split(' ') as [string, string];
  const url = resolvePath(fx, method, path, c.object ?? 'own') + (c.query ? `?${c.query}` : '');
  const statuses: number[] = [];
  for (const role of MATRIX_ROLES) {
    const client = await clientFor(role, c);
    const body = method === 'GET' ? undefined : (c.body?.(fx) ?? {});
    const res = await client.request(method, url, body);
    if (res.status >= 500)
      throw new Error(`${key} as ${role}: ${res.status} ${JSON.stringify(res.body)}`);
    statuses.push(res.status);
  }
  return statuses.join(' ');
}

describe('route × role matrix', () => {
  it('has a row for every route of the OpenAPI document, and no stale rows', async () => {
    const doc = (await server.anonymous().get('/api/openapi.json')).body;
    const routes = Object.entries<Record<string, unknown>>(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    const missing = routes.filter((r) => !(r in ROUTE_MATRIX));
    const stale = Object.keys(ROUTE_MATRIX).filter((r) => !routes.includes(r));
    expect(missing, 'add these rows to test/security/route-matrix.ts').toEqual([]);
    expect(stale, 'these rows name routes that no longer exist').toEqual([]);
  });

  it('answers each role as the table says, never 5xx', async () => {
    const wrong: string[] = [];
    const recorded: string[] = [];
    for (const [key, cases] of Object.entries(ROUTE_MATRIX)) {
      for (const c of cases) {
        const t = performance.now();
        const got = await run(key, c);
        const ms = Math.round(performance.now() - t);
        recorded.push(`  ${JSON.stringify(key)} ${c.object ?? 'own'}: '${got}' ${ms}ms`);
        if (got !== c.expect)
          wrong.push(`${key} (${c.object ?? 'own'}): expected ${c.expect}, got ${got}`);
      }
    }
    if (RECORD) {
      console.log(`${MATRIX_ROLES.join(' ')}\n${recorded.join('\n')}`);
      return;
    }
    expect(wrong).toEqual([]);
  }, 300_000);
});
