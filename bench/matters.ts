// Benchmark of the supervisor's board and the per-unit overdue counts at province scale:
// 1,000,000 matters (10% open) and 10,000,000 feedback reports on PostgreSQL.
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/matters.ts
//
// It creates (or reuses) the database luoshi_bench_matters, fills it once, then times the
// HTTP endpoints as the supervisor (whole province) and as a county liaison.
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import { openDatabase, type Db } from '../src/server/db/connection';
import { runMigrations } from '../src/server/db/migrate';
import { BENCH_PASSWORD, generateBenchData } from './generate';

const DB_NAME = 'luoshi_bench_matters';
const MATTERS = Number(process.env.BENCH_MATTERS ?? 1_000_000);
const REPORTS_PER_MATTER = Number(process.env.BENCH_REPORTS_PER_MATTER ?? 10);
const RUNS = 200;
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

async function fill(db: Db): Promise<{ workspace: string }> {
  const has = await db.execute(sql`select count(*)::int as n from matters`);
  if ((has.rows[0] as { n: number }).n >= MATTERS) {
    // The workspace that holds the matters (the generator's codes changed format once).
    const w = await db.execute(
      sql`select w.code from workspaces w
        where exists (select 1 from matters m where m.workspace_id = w.id) limit 1`,
    );
    return { workspace: (w.rows[0] as { code: string }).code };
  }
  const t0 = Date.now();
  const info = JSON.parse(await generateBenchData(db, 'province')) as { workspace: string };
  const [ws] = (await db.execute(sql`select id from workspaces where code = ${info.workspace}`))
    .rows as { id: string }[];
  const id = ws!.id;
  await db.execute(sql`insert into matter_lists (workspace_id, id, title, year, source)
    select ${id}, gen_random_uuid(), y || '年重点工作任务清单', y, 'key_work' from generate_series(2024, 2026) y`);
  // 90% closed over three years; 10% open, assigned in the last 60 days.
  await db.execute(sql`with u as (select array_agg(id order by code) as ids, count(*) as n from units
      where workspace_id = ${id} and depth > 0),
    l as (select array_agg(id) as ids from matter_lists where workspace_id = ${id}),
    g as (select g, (g % 10 = 0) as open,
      case when g % 10 = 0 then ${TODAY}::date - (g % 60) else date '2024-01-01' + (g % 1000) end as a,
      case when g % 3 = 0 then 30 else 7 end as span
      from generate_series(1, ${MATTERS}) g)
    insert into matters (workspace_id, id, list_id, seq, title, source, lead_leader, lead_unit_id,
      complexity, status, rule_code, day_kind, assigned_on, deploy_due, feedback_due,
      original_final_due, final_due, next_due, signed_on, feedback_met_on, last_report_on,
      closed_on, rating)
    select ${id}, gen_random_uuid(), l.ids[1 + g.g % 3], g.g, '督办事项 ' || g.g, 'key_work',
      (array['王市长','李副市长','张副市长','刘副市长'])[1 + g.g % 4], u.ids[1 + g.g % u.n],
      case when g.span = 30 then 'complex' else 'ordinary' end,
      case when g.open then (array['assigned','signed_for','in_progress','in_progress','closeout_requested'])[1 + (g.g / 10) % 5] else 'closed' end,
      '13710', 'natural', g.a, g.a, g.a + 3, g.a + g.span, g.a + g.span,
      case when g.open and (g.g / 10) % 5 < 4 then least(g.a + 3, g.a + g.span) else null end,
      g.a, g.a + 3, g.a + 3,
      case when g.open then null else g.a + (g.g % 40) end,
      case when g.open then null else (array['优秀','良好','合格','不合格'])[1 + g.g % 4] end
    from g, u, l`);
  // in_progress and later have reported: the pending deadline is the final one.
  await db.execute(sql`update matters set next_due = final_due
    where workspace_id = ${id} and status in ('signed_for', 'in_progress')`);
  console.log(`matters: ${(Date.now() - t0) / 1000}s`);
  for (let k = 1; k <= REPORTS_PER_MATTER; k++) {
    await db.execute(sql`insert into matter_reports (workspace_id, id, matter_id, unit_id, author_name,
        reported_on, content, percent)
      select workspace_id, gen_random_uuid(), id, lead_unit_id, '联络员', assigned_on + ${k}::int,
        '第' || ${String(k)}::text || '次反馈：按计划推进。', ${k * 10}::smallint
      from matters where workspace_id = ${id}`);
    console.log(`reports round ${k}: ${(Date.now() - t0) / 1000}s`);
  }
  await db.execute(sql`vacuum analyze`);
  console.log(`filled in ${(Date.now() - t0) / 1000}s`);
  return info;
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
  return {
    path,
    p50: pct(ms, 50).toFixed(1),
    p95: pct(ms, 95).toFixed(1),
    max: Math.max(...ms).toFixed(1),
  };
}

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('set DATABASE_URL to a PostgreSQL server');
  const database = await openDatabase({ url: await ensureDatabase(adminUrl), kind: 'server' });
  await runMigrations(database.db);
  const { workspace } = await fill(database.db);
  const counts = await database.db.execute(sql`select
    (select count(*) from matters)::int as matters,
    (select count(*) from matters where status <> 'closed')::int as open,
    (select count(*) from matter_reports)::int as reports,
    (select count(*) from units)::int as units`);
  console.log(counts.rows[0]);
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    LUOSHI_ALLOW_FIXED_TODAY: 'true',
    LUOSHI_JOBS: 'false',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
  });
  const app = await buildApp({ config, database });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  // The generator's usernames can exceed the 32-character sign-in limit: give these two short ones.
  for (const [from, to] of [
    [`${workspace}-410000-sup`, 'bench-sup'],
    [`${workspace}-410825-lia`, 'bench-wenxian'],
  ]) {
    await database.db.execute(sql`update users set username = ${to} where username = ${from}`);
  }
  const supervisor = await login(url, 'bench-sup');
  const county = await login(url, 'bench-wenxian');
  const results = [
    { who: 'province supervisor', ...(await time(url, supervisor, '/api/matters/board')) },
    { who: 'province supervisor', ...(await time(url, supervisor, '/api/matters/backlog')) },
    {
      who: 'province supervisor',
      ...(await time(url, supervisor, '/api/matters?status=open&light=red&pageSize=50')),
    },
    { who: 'county liaison (温县)', ...(await time(url, county, '/api/matters/board')) },
    { who: 'county liaison (温县)', ...(await time(url, county, '/api/matters/mine')) },
  ];
  console.table(results);
  await app.close();
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
