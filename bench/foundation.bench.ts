// Sign-in and the scoped unit-tree read under load, on the province profile (Henan: 18 cities,
// 181 county units, 2,586 townships, ~5,600 people).
//   npx tsx bench/foundation.bench.ts --db embedded|postgres
import autocannon from 'autocannon';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { BENCH_PASSWORD, generateBenchData } from './generate';
import { benchArgs, benchDatabase, round, withLoopLag } from './support';

const { db: kind } = benchArgs();
const database = await benchDatabase(kind);
const t0 = Date.now();
const data = JSON.parse(await generateBenchData(database.db, 'province'));
console.log(`generated ${data.units} units, ${data.people} people in ${data.seconds}s`);

const config = loadConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '100000' });
const app = await buildApp({ config, database });
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

async function cookieFor(username: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function load(title: string, opts: autocannon.Options) {
  const { result, lagP99Ms, lagMaxMs } = await withLoopLag(
    () =>
      autocannon({
        duration: 10,
        connections: 10,
        workers: 1,
        ...opts,
      }) as Promise<autocannon.Result>,
  );
  const row = {
    title,
    requests: result.requests.total,
    rps: round(result.requests.average),
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    loopLagP99: round(lagP99Ms),
    loopLagMax: round(lagMaxMs),
  };
  console.log(JSON.stringify(row));
  return row;
}

const prefix = data.usernamePrefix as string;
const county = await cookieFor(`${prefix}-410825-lia`); // 温县 liaison: 13 units in scope
const city = await cookieFor(`${prefix}-410800-sup`); // 焦作 supervisor: ~130 units
const province = await cookieFor(`${prefix}-410000-sup`); // whole province: ~2,800 units

const rows = [
  await load('sign-in (argon2id), 4 connections', {
    url: `${base}/api/auth/login`,
    method: 'POST',
    connections: 4,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: `${prefix}-410825-view`, password: BENCH_PASSWORD }),
  }),
  await load('unit tree, county liaison', {
    url: `${base}/api/units`,
    headers: { cookie: county },
  }),
  await load('unit tree, city supervisor', { url: `${base}/api/units`, headers: { cookie: city } }),
  await load('unit tree, province supervisor (2,800 units)', {
    url: `${base}/api/units`,
    headers: { cookie: province },
  }),
  await load('unit search "mz", province supervisor', {
    url: `${base}/api/units/search?q=mz`,
    headers: { cookie: province },
  }),
];

console.log(
  '\n| ' + kind + ' | req/s | p50 ms | p97.5 ms | p99 ms | errors | loop lag p99 / max ms |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.title} | ${r.rps} | ${r.p50} | ${r.p97_5} | ${r.p99} | ${r.errors} | ${r.loopLagP99} / ${r.loopLagMax} |`,
  );
}
console.log(`total ${(Date.now() - t0) / 1000}s`);
await app.close();
await database.close();
