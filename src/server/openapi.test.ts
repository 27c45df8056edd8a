import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seedDemo: false });
});
afterAll(() => server?.close());

describe('API description and basics', () => {
  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const res = await server.anonymous().get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const create = res.body.paths['/api/units'].post;
    expect(create.requestBody.content['application/json'].schema.required).toEqual(
      expect.arrayContaining(['name', 'code', 'kind', 'parentId']),
    );
  });

  it('answers health without a session and says which database it runs on', async () => {
    const res = await server.anonymous().get('/api/health');
    expect(res.body).toEqual({
      ok: true,
      database: process.env.LUOSHI_TEST_DB === 'postgres' ? 'server' : 'embedded',
    });
  });

  it('sends security headers', async () => {
    const res = await server.anonymous().get('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers malformed JSON with a Chinese 400, not a 500', async () => {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username":',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toBe('请求内容不是有效的 JSON');
  });
});
