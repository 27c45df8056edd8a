// Key projects at province scale (issue 10, point 10): 200,000 projects over Henan's 181
// county units with five years of monthly investment, a 三个一批 programme of 20 rounds; then
// p50/p95 of the programme dashboard, the ranking, a county's project list (supervisor and
// the county's own liaison) and the investment trend, through the real HTTP stack
// (app.inject: routing, session, scoping, serialisation).
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//     npx tsx bench/projects.bench.ts --db postgres [--runs 50] [--projects 200000]
//
// A fresh database is created on that server and dropped at the end. Or measure data made
// before with `luoshi bench-data --projects N` (DATABASE_URL names that database):
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_projects \
//     npx tsx bench/projects.bench.ts --reuse [--runs 50]
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase, type Database } from '../src/server/db/connection';
import { generateProvinceProjects } from './projects';
import { BENCH_PASSWORD } from './generate';
import { benchDatabase, timeCalls } from './support';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'postgres' },
    runs: { type: 'string', default: '50' },
    projects: { type: 'string', default: '200000' },
    reuse: { type: 'boolean', default: false },
  },
});

/** The newest generated programme in DATABASE_URL, as the generator would have returned it. */
async function reuse(database: Database) {
  const r = await database.db.execute<{ code: string; id: string }>(sql`select w.code,
      p.id::text as id from programmes p join workspaces w on w.id = p.workspace_id
    where p.name = '“三个一批”项目建设活动（基准）' order by p.created_at desc limit 1`);
  const row = r.rows[0];
  if (!row) throw new Error('no generated projects: run luoshi bench-data --projects N first');
  return { workspace: row.code, programmeId: row.id, supervisor: `${row.code}-410000-sup` };
}

async function main() {
  const database = values.reuse
    ? await openDatabase({ url: process.env.DATABASE_URL!, kind: 'server', max: 20 })
    : await benchDatabase(values.db === 'embedded' ? 'embedded' : 'postgres');
  try {
    const t0 = performance.now();
    const data = values.reuse
      ? await reuse(database)
      : await generateProvinceProjects(database.db, Number(values.projects));
    const generateSeconds = +((performance.now() - t0) / 1000).toFixed(1);
    const app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }),
      database,
    });
    // The generator's user names are longer than sign-in accepts (32): shorten the two we use.
    const ws = data.workspace;
    const county = (
      await database.db.execute<{ id: string; code: string }>(sql`select u.id::text as id, u.code
        from units u join workspaces w on w.id = u.workspace_id
        where w.code = ${ws} and u.code = '410823'`)
    ).rows[0]!;
    await database.db.execute(sql`update users set username = 'bench-prj-sup'
      where username = ${data.supervisor}`);
    await database.db.execute(sql`update users set username = 'bench-prj-wuzhi'
      where username = ${`${ws}-410823-lia`}`);
    const session = async (username: string) => {
      const r = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: BENCH_PASSWORD },
      });
      if (r.statusCode !== 200) throw new Error(`login ${username}: ${r.body}`);
      const cookie = String(r.headers['set-cookie']).split(';')[0]!;
      return async (url: string) => {
        const res = await app.inject({ method: 'GET', url, headers: { cookie } });
        if (res.statusCode !== 200)
          throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        return res;
      };
    };
    const sup = await session('bench-prj-sup');
    const wuzhi = await session('bench-prj-wuzhi');
    const p = data.programmeId;
    const cases: [string, (url: string) => Promise<unknown>, string][] = [
      [
        'programme dashboard, cumulative to round 20 (province)',
        sup,
        `/api/programmes/${p}/dashboard`,
      ],
      // A county's liaison: its own rates, ranked among every county of the province, so its
      // dashboard also counts the whole programme (remembered like the rest).
      [
        "programme dashboard, cumulative to round 20 (a county's liaison)",
        wuzhi,
        `/api/programmes/${p}/dashboard`,
      ],
      [
        'ranking of the 18 cities, round 20 alone (.xlsx)',
        sup,
        `/api/programmes/${p}/ranking.xlsx?round=20&cumulative=false`,
      ],
      [
        "a county's project list, page 1 of 50 (supervisor)",
        sup,
        `/api/projects?unitId=${county.id}&pageSize=50`,
      ],
      ["a county's project list, page 1 of 50 (its liaison)", wuzhi, '/api/projects?pageSize=50'],
      [
        'red-light projects of the province, page 1 of 50',
        sup,
        '/api/projects?light=red&pageSize=50',
      ],
      [
        'monthly investment trend (province, 18 cities)',
        sup,
        `/api/programmes/${p}/investment-trend`,
      ],
    ];
    const results: Record<string, unknown> = {};
    // A real change before a call: the dashboard and trend are remembered until a table they
    // read changes (db/count-memo.ts), so "after a change" is what the first visitor after a
    // report waits. The change is a listed project's year-to-date figure (up, then back down):
    // a fact the dashboard, the ranking, the lists and the trend all count.
    let flip = 1;
    const change = () =>
      database.db
        .execute(sql`update projects set ytd_completed = coalesce(ytd_completed, 0) + ${(flip = -flip)}
        where id = (select e.project_id from programme_entries e join workspaces w on w.id = e.workspace_id
                    where w.code = ${ws} order by e.project_id limit 1)`);
    for (const [name, get, url] of cases) {
      for (let i = 0; i < 3; i++) await get(url);
      results[name] = await timeCalls(Number(values.runs), () => get(url));
      console.error(name, JSON.stringify(results[name]));
      const after = await timeCalls(Math.min(Number(values.runs), 10), async () => {
        await change();
        await get(url);
      });
      results[`${name}, after a change`] = after;
      console.error(`${name}, after a change`, JSON.stringify(after));
    }
    console.log(JSON.stringify({ db: database.kind, generateSeconds, data, results }, null, 2));
    await app.close();
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
