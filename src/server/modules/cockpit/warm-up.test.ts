import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../../test/support/server';
import { warmCockpit } from './warm-up';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** The server-timing entries of a response: name → ms (0 = remembered). */
function timings(header: unknown): Record<string, number> {
  return Object.fromEntries(
    String(header)
      .split(', ')
      .map((part) => part.split(';dur='))
      .map(([k, v]) => [k!, Number(v)]),
  );
}

describe('the cockpit warm-up', () => {
  it('computes the cockpit of those who see the whole city before they ask', async () => {
    await warmCockpit(server.database.db);
    for (const username of ['leader', 'duchashi']) {
      const client = await server.login(username);
      const cockpit = await client.get('/api/cockpit');
      expect(cockpit.status).toBe(200);
      const t = timings(cockpit.headers.get('server-timing'));
      // Every remembered section is answered from memory on the first request.
      expect({ username, ...t }).toMatchObject({
        username,
        targets: 0,
        matters: 0,
        projects: 0,
        enterprises: 0,
      });
      const trends = await client.get('/api/cockpit/trends');
      expect(timings(trends.headers.get('server-timing'))).toEqual({ matters: 0, investment: 0 });
    }
    // A county's cockpit is left to its first request, and is computed then.
    const county = await (await server.login('wenxian')).get('/api/cockpit');
    expect(county.status).toBe(200);
    expect(county.body.scopeName).toBe('温县');
  });
});
