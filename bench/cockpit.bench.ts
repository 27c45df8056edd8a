// The leaders' cockpit on the demo, warm: the GET the page makes (city scope and one county),
// sequential timings (p50/p95) and autocannon under 4 connections.
//   npx tsx bench/cockpit.bench.ts [--db embedded|postgres]
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '../src/server/demo/accounts';
import { seedDemoIfEmpty } from '../src/server/demo/seed-demo';
import { benchArgs, benchDatabase, benchServer, round, timeCalls } from './support';

const { db: kind } = benchArgs();
const database = await benchDatabase(kind);
await seedDemoIfEmpty(database.db);
const server = await benchServer(database, 'leader', DEMO_PASSWORD);
const { base, cookie, get } = server;
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
await server.close();
await database.close();
