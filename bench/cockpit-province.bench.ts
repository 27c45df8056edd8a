// The leaders' cockpit at province scale (issue 13: p95 ≤ 100 ms per API call): Henan with the
// sizes below (bench/cockpit-province-data.ts), signed in as the province supervisor; each
// cockpit call (/api/cockpit, ?unitId= a city and a county, /api/cockpit/trends) timed
// sequentially over real HTTP after warm-up, with the server's own time per section.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/cockpit-province.bench.ts
//   [--runs 40] [--only <label part>] [--idle <seconds>] [--change matter|project] [--clicks 30]
//   [--projects 100000] [--matters 300000]
//   [--enterprises 60000] [--fresh]
//
// It creates and fills the database cockpit_speed_province once (a few minutes) and reuses it
// afterwards (--fresh drops it first). Plans: psql on that database with EXPLAIN (ANALYZE, BUFFERS).
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/server/db/connection';
import { runMigrations } from '../src/server/db/migrate';
import { warmCockpit } from '../src/server/modules/cockpit/warm-up';
import { generateCockpitProvince } from './cockpit-province-data';
import { BENCH_PASSWORD } from './generate';
import { benchServer, timeCalls } from './support';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '40' },
    projects: { type: 'string', default: '100000' },
    matters: { type: 'string', default: '300000' },
    enterprises: { type: 'string', default: '60000' },
    fresh: { type: 'boolean', default: false },
    /** Only the call with this label, or those whose label contains it (e.g. "trends"). */
    only: { type: 'string', default: '' },
    /**
     * Seconds of quiet before one more call of each chosen path, after its timings: the
     * remembered figures must outlast a pause (a leader opening the cockpit an hour later).
     */
    idle: { type: 'string', default: '0' },
    /** What changes before each "after a change" call: a matter's deadlines, or a project's
     * year-to-date investment (a monthly report). */
    change: { type: 'string', default: 'matter' },
    /**
     * Instead of the calls above: the leader opens the province cockpit, then clicks this many
     * counties on the map one after another, each for the first time since the server started
     * (its cockpit and its trends): every click computes that county's sections.
     */
    clicks: { type: 'string', default: '0' },
  },
});
const DB_NAME = 'cockpit_speed_province';

async function ensureDatabase(adminUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  if (values.fresh) await admin.query(`drop database if exists ${DB_NAME} with (force)`);
  const exists = await admin.query('select 1 from pg_database where datname = $1', [DB_NAME]);
  if (exists.rowCount === 0) await admin.query(`create database ${DB_NAME}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
}

const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = await openDatabase({ url: await ensureDatabase(adminUrl), kind: 'server' });
await runMigrations(database.db);
const found = (
  await database.db.execute<{ code: string }>(sql`select w.code from workspaces w
    join evaluation_schemes s on s.workspace_id = w.id and s.code = 'bench-county' limit 1`)
).rows[0];
let workspace = found?.code;
if (!workspace) {
  const info = await generateCockpitProvince(database.db, {
    projects: Number(values.projects),
    matters: Number(values.matters),
    enterprises: Number(values.enterprises),
  });
  console.log(JSON.stringify({ generated: info }));
  workspace = info.workspace;
}

const server = await benchServer(database, `${workspace}-410000-sup`, BENCH_PASSWORD);
// As `luoshi serve` does once a process listens (modules/cockpit/warm-up.ts): the evaluations
// every caller shares are computed before the first cockpit is asked for.
const warmStarted = performance.now();
await warmCockpit(database.db);
console.log(JSON.stringify({ warmUpMs: Math.round(performance.now() - warmStarted) }));
const get = server.get;

if (Number(values.clicks) > 0) {
  const province = await get('/api/cockpit');
  const counties = (province.units as { id: string; name: string }[]).filter((_, i, all) =>
    // Spread over the province's list, not its first city's counties alone.
    Number.isInteger(i / Math.max(1, Math.floor(all.length / Number(values.clicks)))),
  );
  const times: { name: string; cockpit: number; trends: number; serverTiming: string }[] = [];
  for (const u of counties.slice(0, Number(values.clicks))) {
    const t0 = performance.now();
    await get(`/api/cockpit?unitId=${u.id}`);
    const t1 = performance.now();
    const serverTiming = server.serverTiming;
    await get(`/api/cockpit/trends?unitId=${u.id}`);
    times.push({ name: u.name, cockpit: t1 - t0, trends: performance.now() - t1, serverTiming });
  }
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    const at = (q: number) => Math.round(sorted[Math.floor(q * (sorted.length - 1))]! * 10) / 10;
    return { n: xs.length, p50: at(0.5), p95: at(0.95), max: at(1) };
  };
  const slowest = times.reduce((a, b) => (b.cockpit > a.cockpit ? b : a));
  console.log(
    JSON.stringify({
      clicks: times.length,
      cockpit: stats(times.map((t) => t.cockpit)),
      trends: stats(times.map((t) => t.trends)),
      slowest: {
        name: slowest.name,
        ms: Math.round(slowest.cockpit),
        serverTiming: slowest.serverTiming,
      },
    }),
  );
  await server.close();
  await database.close();
  process.exit(0);
}

const unitOf = async (code: string) =>
  (
    await database.db.execute<{ id: string }>(sql`select u.id::text from units u
      join workspaces w on w.id = u.workspace_id where w.code = ${workspace} and u.code = ${code}`)
  ).rows[0]!.id;
const zhengzhou = await unitOf('410100');
const mengzhou = await unitOf('410883');
const paths: [string, string][] = [
  ['/api/cockpit', '/api/cockpit'],
  [`/api/cockpit?unitId=${zhengzhou}`, '/api/cockpit?unitId=<郑州市>'],
  [`/api/cockpit?unitId=${mengzhou}`, '/api/cockpit?unitId=<孟州市>'],
  ['/api/cockpit/trends', '/api/cockpit/trends'],
  [`/api/cockpit/trends?unitId=${zhengzhou}`, '/api/cockpit/trends?unitId=<郑州市>'],
];
const runs = Number(values.runs);
const chosen = paths.some(([, l]) => l === values.only)
  ? paths.filter(([, l]) => l === values.only)
  : paths.filter(([, l]) => l.includes(values.only));
for (const [p, label] of chosen) {
  const t0 = performance.now();
  const first = await get(p);
  const cold = Math.round(performance.now() - t0);
  const firstTiming = server.serverTiming;
  for (let i = 0; i < 3; i++) await get(p); // warm: statements prepared on the pool's connections
  // Unchanged data: the remembered answer (db/count-memo.ts).
  const seq = await timeCalls(runs, () => get(p));
  const last = await get(p);
  // After a change: before each call (the write is inside the timing) one open matter's
  // deadlines move a day (a fact every matter figure counts), or one listed project's
  // year-to-date investment grows (a monthly report), so no figure over it is remembered as is.
  const change =
    values.change === 'project'
      ? sql`update projects set ytd_completed = coalesce(ytd_completed, 0) + 1, updated_at = now()
          where id = (select e.project_id from programme_entries e
                      join workspaces w on w.id = e.workspace_id
                      where w.code = ${workspace} limit 1)`
      : sql`update matters set final_due = final_due + 1, next_due = next_due + 1, updated_at = now()
          where id = (select m.id from matters m join workspaces w on w.id = m.workspace_id
                      where w.code = ${workspace} and m.status = 'in_progress' limit 1)`;
  // As many as the unchanged calls: with 20, the "p95" was the slowest call (floor(0.95 × 20)).
  const afterChange = await timeCalls(runs, async () => {
    await database.db.execute(change);
    await get(p);
  });
  console.log(
    JSON.stringify({
      path: label,
      firstMs: cold,
      firstServerTiming: firstTiming,
      sequential: seq,
      afterChange,
      sections: last.timings,
      serverTiming: server.serverTiming,
      figures: first.sections?.reduce(
        (n: number, s: { figures: unknown[] }) => n + s.figures.length,
        0,
      ),
    }),
  );
}
const idle = Number(values.idle);
if (idle > 0)
  for (const [p, label] of chosen) {
    await get(p);
    await new Promise((r) => setTimeout(r, idle * 1000));
    const t0 = performance.now();
    await get(p);
    const ms = Math.round(performance.now() - t0);
    console.log(
      JSON.stringify({
        path: label,
        afterIdleSeconds: idle,
        ms,
        serverTiming: server.serverTiming,
      }),
    );
  }
await server.close();
await database.close();
