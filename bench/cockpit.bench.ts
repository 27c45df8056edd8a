// The leaders' cockpit on the demo, warm: the GET the page makes (city scope and one county),
// sequential timings (p50/p95) and autocannon under 4 connections.
//   npx tsx bench/cockpit.bench.ts [--db embedded|postgres]
import autocannon from 'autocannon';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { DEMO_PASSWORD } from '../src/server/demo/accounts';
import { seedDemoIfEmpty } from '../src/server/demo/seed-demo';
import { benchArgs, benchDatabase, round, timeCalls } from './support';

const { db: kind } = benchArgs();
const database = await benchDatabase(kind);
await seedDemoIfEmpty(database.db);
const config = loadConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '100000' });
const app = await buildApp({ config, database });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const login = await fetch(`${base}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ username: 'leader', password: DEMO_PASSWORD }),
});
const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
const get = async (path: string) => {
  const r = await fetch(base + path, { headers: { cookie } });
  if (r.status !== 200) throw new Error(`${path}: ${r.status}`);
  return r.json();
};
const city = await get('/api/cockpit');
const wen = city.units.find((u: { name: string }) => u.name === '温县').id as string;
const paths = [
  `/api/cockpit`,
  `/api/cockpit?unitId=${wen}`,
  ...(process.env.EXTRA ?? '').split(',').filter(Boolean),
];
for (const p of paths) for (let i = 0; i < 5; i++) await get(p); // warm
for (const p of paths) {
  const seq = await timeCalls(40, () => get(p));
  const last = await get(p);
  const r = (await autocannon({
    url: base + p,
    headers: { cookie },
    connections: 4,
    duration: 8,
    workers: 1,
  })) as autocannon.Result;
  console.log(
    JSON.stringify({
      path: p.replace(wen, '<温县>'),
      sequential: seq,
      sections: last.timings,
      c4: {
        rps: round(r.requests.average),
        p50: r.latency.p50,
        p90: r.latency.p90,
        p97_5: r.latency.p97_5,
        p99: r.latency.p99,
        errors: r.errors + r.non2xx,
      },
    }),
  );
}
await app.close();
await database.close();
