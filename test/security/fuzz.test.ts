/* eslint-disable @typescript-eslint/no-explicit-any -- bodies are read loosely */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type ApiClient, type TestServer } from '../support/server';
import { isChinese } from './helpers';
import { buildFixtures, resolvePath, type Fixtures } from './matrix-fixtures';

// Finding 7 (and 5): every write route of the OpenAPI document gets bodies generated from its
// own schema with hostile values mixed in (NUL, lone surrogates, control characters, huge
// strings, wrong types). The server must never answer 5xx, and a 400 must say why in Chinese.
// FUZZ_RUNS raises the number of bodies per route (default 6, to stay fast on a busy machine).

const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const WRITE = new Set(['post', 'put', 'patch', 'delete']);
// Multipart uploads have no JSON body; upload limits are tested in uploads.test.ts.
const MULTIPART = /\/(attachments|import|report-sheet)$/;

let server: TestServer;
let fx: Fixtures;
let doc: any;

beforeAll(async () => {
  server = await startTestServer();
  fx = await buildFixtures(server);
  doc = (await server.anonymous().get('/api/openapi.json')).body;
}, 120_000);
afterAll(() => server?.close());

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '\ud800',
    'x\udfffy',
    'a\u0007b',
    'line\nbreak',
    '\u202eexe.pdf',
    '<script>alert(1)</script>',
    "'; drop table users; --",
    '𠮷'.repeat(300),
    'x'.repeat(5000),
    '',
    ' ',
  ),
);
const wild = fc.oneof(
  hostileText,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
);

/** Values shaped by the JSON schema most of the time, hostile otherwise. */
function arb(schema: any, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return wild;
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((o: any) => arb(o, depth + 1)), wild);
  const shaped = ((): fc.Arbitrary<unknown> => {
    switch (schema.type) {
      case 'object': {
        const props = Object.entries<any>(schema.properties ?? {});
        return fc.record(Object.fromEntries(props.map(([k, v]) => [k, arb(v, depth + 1)])), {
          requiredKeys: [],
        });
      }
      case 'array':
        return fc.array(arb(schema.items, depth + 1), { maxLength: 3 });
      case 'string':
        if (schema.enum) return fc.constantFrom(...schema.enum);
        if (schema.format === 'uuid') return fc.uuid();
        if (schema.format === 'date')
          return fc.constantFrom('2026-03-15', '2026-02-30', '0000-00-00');
        return hostileText;
      case 'integer':
        return fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 53));
      case 'number':
        return fc.oneof(fc.double(), fc.constantFrom(0, -1, 1e308));
      case 'boolean':
        return fc.boolean();
      default:
        return wild;
    }
  })();
  return fc.oneof({ arbitrary: shaped, weight: 4 }, { arbitrary: wild, weight: 1 });
}

/** Who sends the bodies: a role that gets past the role check of most routes. */
function actorFor(path: string): string | null {
  if (path === '/api/auth/login') return null;
  if (path === '/api/auth/password') return 'kjj'; // its guesses lock only this account
  if (path.startsWith('/api/units') || path === '/api/people' || path.startsWith('/api/calendar'))
    return 'sysadmin';
  if (path.startsWith('/api/people/') || path.startsWith('/api/settings/security'))
    return 'secadmin';
  return 'duchashi';
}

describe('fuzzing every write body', () => {
  it('never answers 5xx, and answers 400 in Chinese', async () => {
    const failures: string[] = [];
    const clients = new Map<string | null, ApiClient>();
    let routes = 0;
    for (const [path, ops] of Object.entries<any>(doc.paths)) {
      if (MULTIPART.test(path) || path === '/api/auth/logout') continue;
      for (const [method, op] of Object.entries<any>(ops)) {
        if (!WRITE.has(method)) continue;
        routes++;
        const who = actorFor(path);
        if (!clients.has(who)) {
          clients.set(who, who ? await server.login(who) : server.anonymous());
        }
        const client = clients.get(who)!;
        const schema = op.requestBody?.content?.['application/json']?.schema;
        const url = resolvePath(fx, method.toUpperCase(), path);
        await fc
          .assert(
            fc.asyncProperty(arb(schema), async (body) => {
              const res = await client.request(method.toUpperCase(), url, body ?? {});
              const message = res.body?.error?.message;
              const bad = res.status >= 500 || (res.status === 400 && !isChinese(message));
              if (bad)
                failures.push(
                  `${method.toUpperCase()} ${path} ${res.status} ${message} ← ${JSON.stringify(body).slice(0, 200)}`,
                );
              return !bad;
            }),
            { numRuns: RUNS, endOnFailure: true },
          )
          .catch(() => undefined); // collected in `failures`, reported together below
      }
    }
    expect(routes).toBeGreaterThan(30);
    expect(failures).toEqual([]);
  }, 300_000);
});
