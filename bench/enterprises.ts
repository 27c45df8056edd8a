// Benchmark of the enterprise library at the scale (issue 11, point 9): 300,000
// enterprises with 5 years of figures in one city workspace on PostgreSQL.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/enterprises.ts
//
// Environment: BENCH_DB (database name, default bench_enterprises), BENCH_ENTERPRISES (default
// 300000), BENCH_RUNS (requests per library query, default 200), BENCH_SKIP_EVAL, BENCH_FILL_ONLY.
// It creates (or reuses) the database, fills it once, then times
//   1. evaluating every enterprise for one year (all four titles), the background job's work,
//      results stored per enterprise/year/title/version, as the city supervisor;
//   2. the filtered library over real HTTP (p50/p95 of 200 requests after 10 warm-ups).
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase, type Db } from '../src/server/db/connection';
import { runMigrations } from '../src/server/db/migrate';
import { evaluateYear } from '../src/server/modules/enterprises/evaluation-job';
import { BENCH_PASSWORD, generateBenchData } from './generate';

const DB_NAME = process.env.BENCH_DB ?? 'bench_enterprises';
if (!/^[a-z_][a-z0-9_]*$/.test(DB_NAME)) throw new Error(`BENCH_DB: not a plain name: ${DB_NAME}`);
const ENTERPRISES = Number(process.env.BENCH_ENTERPRISES ?? 300_000);
const YEARS = [2021, 2022, 2023, 2024, 2025];
const EVAL_YEAR = 2025;
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const TODAY = '2026-11-20';

async function ensureDatabase(adminUrl: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = await admin.query('select 1 from pg_database where datname = $1', [DB_NAME]);
  if (exists.rowCount === 0) await admin.query(`create database ${DB_NAME}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${DB_NAME}`;
  return url.toString();
}

/** Fills once: enterprises spread over the 11 county units and 7 chains, figures, titles. */
async function fill(db: Db): Promise<{ workspace: string; ws: string }> {
  const has = await db.execute(
    sql`select w.code, w.id::text as id from workspaces w
      where exists (select 1 from enterprises e where e.workspace_id = w.id) limit 1`,
  );
  const found = has.rows[0] as { code: string; id: string } | undefined;
  if (found) return { workspace: found.code, ws: found.id };
  const t0 = Date.now();
  const info = JSON.parse(await generateBenchData(db, 'city')) as { workspace: string };
  const ws = (
    (await db.execute(sql`select id::text as id from workspaces where code = ${info.workspace}`))
      .rows[0] as { id: string }
  ).id;
  // Codes are unique but not check-digit valid: the evaluator never reads them.
  await db.execute(sql`with u as (select array_agg(id order by code) as ids from units
      where workspace_id = ${ws} and depth = 1 and kind <> 'department')
    insert into enterprises (workspace_id, id, uscc, name, unit_id, industry_code, chain,
      strategic_emerging, scale, listing, registered_on, pinyin, pinyin_initials, synthetic)
    select ${ws}, gen_random_uuid(), '9141' || lpad(g::text, 13, '0') || 'X',
      '基准企业' || g || '有限公司', u.ids[1 + g % 11], 'C3985',
      (array['新能源材料','生物医药','电子信息','装备制造','汽车及零部件','绿色食品','现代化工'])[1 + g % 7],
      g % 3 = 0, case when g % 4 = 0 then 'above' else 'below' end, 'unlisted',
      date '2005-01-01' + (g % 5000), 'jizhunqiye' || g || 'youxiangongsi', 'jzqy' || g || 'yxgs', true
    from generate_series(1, ${ENTERPRISES}) g, u`);
  console.log(`enterprises: ${(Date.now() - t0) / 1000}s`);
  for (const [k, y] of YEARS.entries()) {
    // Pseudo-random but repeatable figures; revenue grows about 8% a year.
    await db.execute(sql`insert into enterprise_figures (workspace_id, enterprise_id, year, revenue,
        main_revenue, rd_expense, rd_expense_domestic, employees, rd_staff, st_staff, debt_ratio,
        ip_class_i_high_value, ip_class_i_self, ip_class_i, ip_class_ii, ip_main_product_class_i,
        equity_financing, years_in_niche, market_share, high_tech_income_share, zjtx_scores,
        ht_innovation_score, flags)
      select workspace_id, id, ${y}, r.rev, round((r.rev * (0.55 + (h % 40) / 100.0))::numeric, 2),
        round((r.rev * ((h % 70) / 1000.0))::numeric, 2), round((r.rev * ((h % 70) / 1100.0))::numeric, 2),
        20 + h % 400, 2 + h % 40, 3 + h % 45, 30 + h % 55, h % 2, h % 4, h % 7, h % 15, h % 4,
        (h % 10) * 100, 1 + h % 12, h % 20, 40 + h % 55,
        jsonb_build_object('specialisation', h % 26, 'refinement', h % 26, 'characteristic', h % 16,
          'innovation', h % 36), 50 + h % 45, '{}'
      from (select workspace_id, id, (hashtext(id::text)::bigint & 2147483647) as h from enterprises
        where workspace_id = ${ws}) e,
        lateral (select round(((300 + e.h % 20000) * power(1.08, ${k}))::numeric, 2)::float8 as rev) r`);
    console.log(`figures ${y}: ${(Date.now() - t0) / 1000}s`);
  }
  await db.execute(sql`insert into enterprise_titles (workspace_id, enterprise_id, kind, level,
      certificate_no, granted_on, valid_to)
    select workspace_id, id, case when h % 3 = 0 then 'specialized_sme' else 'high_tech' end,
      'provincial', 'GR' || h, date '2023-01-01' + (h % 900)::int, date '2026-01-01' + (h % 900)::int
    from (select workspace_id, id, (hashtext(id::text)::bigint & 2147483647) as h from enterprises
      where workspace_id = ${ws}) e where h % 10 = 0`);
  await db.execute(sql`insert into enterprise_seed_pool (workspace_id, enterprise_id, year, source,
      target_kind, added_by)
    select workspace_id, id, 2026, 'manual', 'specialized_sme', '基准'
    from (select workspace_id, id, (hashtext(id::text)::bigint & 2147483647) as h from enterprises
      where workspace_id = ${ws}) e where h % 100 = 0`);
  await db.execute(sql`vacuum analyze`);
  console.log(`filled in ${(Date.now() - t0) / 1000}s`);
  return { workspace: info.workspace, ws };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function login(url: string, username: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${await res.text()}`);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function time(url: string, cookie: string, path: string) {
  const ms: number[] = [];
  for (let i = 0; i < RUNS + 10; i++) {
    const t = performance.now();
    const res = await fetch(url + path, { headers: { cookie, 'x-luoshi-today': TODAY } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    if (i >= 10) ms.push(performance.now() - t);
  }
  return { path, p50: pct(ms, 50).toFixed(1), p95: pct(ms, 95).toFixed(1) };
}

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('set DATABASE_URL to a PostgreSQL server');
  const database = await openDatabase({ url: await ensureDatabase(adminUrl), kind: 'server' });
  await runMigrations(database.db);
  const { workspace, ws } = await fill(database.db);
  const counts = await database.db.execute(sql`select
    (select count(*) from enterprises where workspace_id = ${ws})::int as enterprises,
    (select count(*) from enterprise_figures where workspace_id = ${ws})::int as figures,
    (select count(*) from enterprise_titles where workspace_id = ${ws})::int as titles`);
  console.log(counts.rows[0]);
  if (process.env.BENCH_FILL_ONLY) return database.close();

  if (!process.env.BENCH_SKIP_EVAL) {
    // A first run for the year: earlier runs' rows are removed so it inserts, not updates.
    await database.db.execute(
      sql`delete from enterprise_evaluation_results where workspace_id = ${ws} and year = ${EVAL_YEAR}`,
    );
    await database.db.execute(
      sql`delete from enterprise_evaluation_counts where workspace_id = ${ws} and year = ${EVAL_YEAR}`,
    );
    await database.db.execute(sql`vacuum analyze enterprise_evaluation_results`);
    let last = 0;
    const t0 = performance.now();
    const r = await evaluateYear(
      database.db,
      ws,
      { readPaths: [], writePaths: [], readAll: true, writeAll: false, admin: false },
      EVAL_YEAR,
      (done, total) => {
        if (done - last >= 50_000 || done === total) {
          last = done;
          console.log(
            `  evaluated ${done} / ${total} at ${((performance.now() - t0) / 1000).toFixed(1)} s`,
          );
        }
      },
    );
    const s = (performance.now() - t0) / 1000;
    console.log(`evaluate all for ${EVAL_YEAR}: ${r.total} enterprises in ${s.toFixed(1)} s`);
    console.log(JSON.stringify(r.counts));
  }

  const config = loadConfig({
    LOG_LEVEL: 'silent',
    LUOSHI_ALLOW_FIXED_TODAY: 'true',
    LUOSHI_JOBS: 'false',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  });
  const app = await buildApp({ config, database });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  for (const [from, to] of [
    [`${workspace}-410800-sup`, 'bench-ent-sup'],
    [`${workspace}-410825-lia`, 'bench-ent-wenxian'],
  ]) {
    await database.db.execute(sql`update users set username = ${to} where username = ${from}`);
  }
  const sup = await login(url, 'bench-ent-sup');
  const county = await login(url, 'bench-ent-wenxian');
  const wenxian = (
    (
      await database.db.execute(
        sql`select id::text as id from units where workspace_id = ${ws} and code = '410825'`,
      )
    ).rows[0] as { id: string }
  ).id;
  const q = (s: string) => encodeURIComponent(s);
  const results = [
    { who: 'city supervisor', ...(await time(url, sup, '/api/enterprises?pageSize=50')) },
    {
      who: 'city supervisor',
      ...(await time(url, sup, `/api/enterprises?chain=${q('电子信息')}&scale=above&pageSize=50`)),
    },
    {
      who: 'city supervisor',
      ...(await time(url, sup, `/api/enterprises?unitId=${wenxian}&title=high_tech&pageSize=50`)),
    },
    {
      who: 'city supervisor',
      ...(await time(url, sup, `/api/enterprises?q=${q('基准企业12345')}`)),
    },
    { who: 'city supervisor', ...(await time(url, sup, '/api/enterprises?q=jzqy2024')) },
    {
      who: 'city supervisor',
      ...(await time(url, sup, '/api/enterprises?inPool=true&pageSize=50')),
    },
    { who: 'county liaison (温县)', ...(await time(url, county, '/api/enterprises?pageSize=50')) },
  ];
  console.table(results);
  await app.close();
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
