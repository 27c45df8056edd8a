import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../../../../test/support/server';

// The library's search is sent unprepared so it is planned for its words (library-query.ts):
// quotes, backslashes and wildcards are still searched as typed, never as SQL or patterns.

let server: TestServer;
let sup: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  sup = await server.login('duchashi');
});
afterAll(() => server?.close());

const search = (q: string) => sup.get(`/api/enterprises?q=${encodeURIComponent(q)}`);

describe('library search', () => {
  it.each(["O'Neil", "'; drop table enterprises; --", 'a\\b', '%', '_', '\\'])(
    'searches %s as typed: no match, no error',
    async (q) => {
      const r = await search(q);
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ items: [], total: 0, totalEstimated: false });
    },
  );

  it('finds by one character, by a word inside the name, and the demo total is exact', async () => {
    const all = (await sup.get('/api/enterprises?pageSize=1')).body;
    expect(all.totalEstimated).toBe(false);
    const first = (await sup.get('/api/enterprises?pageSize=1')).body.items[0];
    const word = Array.from(first.name as string)
      .slice(2, 5)
      .join('');
    const byWord = await search(word);
    expect(byWord.body.items.map((e: { id: string }) => e.id)).toContain(first.id);
    const byChar = await search(Array.from(first.name as string)[0]!);
    expect(byChar.body.items.map((e: { id: string }) => e.id)).toContain(first.id);
  });
});
