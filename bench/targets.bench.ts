// Targets benchmark (issue 3): the province profile — Henan's 18 cities and 180-odd county
// units, 40 indicators, 5 years of monthly reports (~480k figures) — then the plan table of
// one city for one period, the province plan table, and a 181-unit ranking, through the real
// HTTP stack (app.inject: routing, session, scoping, serialisation).
//
//   npx tsx bench/targets.bench.ts --db embedded|postgres [--runs 100]
//
// For postgres, DATABASE_URL names the server; a fresh database is created and dropped.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app';
import { loadConfig } from '../src/server/config';
import type { Database } from '../src/server/db/connection';
import { runMigrations } from '../src/server/db/migrate';
import { benchDatabase } from './support';
import { BENCH_PASSWORD, generateBenchData } from './generate';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'embedded' },
    runs: { type: 'string', default: '100' },
  },
});
const RUNS = Number(values.runs);

async function open(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const database = await benchDatabase(values.db === 'postgres' ? 'postgres' : 'embedded');
  return { database, drop: async () => undefined };
}

/** Set-based generation: indicators, plans per unit and year, decomposition, reports. */
async function generateTargets(database: Database, workspaceCode: string) {
  const { db } = database;
  const ws = sql`(select id from workspaces where code = ${workspaceCode})`;
  await db.execute(sql`
    insert into indicators (workspace_id, name, canonical_name, measure_unit, kind, direction, cumulative, frequency)
    select ${ws}, '基准指标' || lpad(i::text, 2, '0'), '基准指标' || lpad(i::text, 2, '0'), '%',
      'growth_rate', case when i % 10 = 0 then 'lower_better' else 'higher_better' end, true, 'monthly'
    from generate_series(1, 40) i`);
  await db.execute(sql`
    insert into target_plans (workspace_id, unit_id, year, title, source)
    select u.workspace_id, u.id, y, '经济社会发展主要预期目标', '基准测试（合成）'
    from units u cross join generate_series(2020, 2024) y
    where u.workspace_id = ${ws} and u.depth <= 1`);
  await db.execute(sql`
    insert into targets (workspace_id, plan_id, unit_id, indicator_id, seq, wording, parsed, parsed_auto)
    select p.workspace_id, p.id, p.unit_id, i.id, substr(i.name, 5)::int, w.wording, w.parsed, w.parsed
    from target_plans p join indicators i on i.workspace_id = p.workspace_id
    cross join lateral (
      select '增长' || (5 + substr(i.name, 5)::int % 5) || '%以上' as wording,
        jsonb_build_object('kind', 'numeric', 'comparator', 'gte', 'value', 5 + substr(i.name, 5)::int % 5,
          'unit', '%', 'measure', 'growth', 'text', '增长' || (5 + substr(i.name, 5)::int % 5) || '%以上') as parsed
    ) w
    where p.workspace_id = ${ws}`);
  await db.execute(sql`
    insert into targets (workspace_id, plan_id, parent_id, unit_id, indicator_id, seq, wording, parsed, parsed_auto)
    select t.workspace_id, t.plan_id, t.id, c.id, t.indicator_id, t.seq, t.wording, t.parsed, t.parsed
    from targets t
    join target_plans p on p.workspace_id = t.workspace_id and p.id = t.plan_id
    join units pu on pu.workspace_id = p.workspace_id and pu.id = p.unit_id
    join units c on c.workspace_id = t.workspace_id and c.depth = 2 and c.path like pu.path || '%'
    where t.workspace_id = ${ws} and t.parent_id is null`);
  await db.execute(sql`
    insert into indicator_reports (workspace_id, unit_id, indicator_id, year, month, value, reporter_name, reported_at, synthetic)
    select u.workspace_id, u.id, i.id, y, m, round((3 + random() * 9)::numeric, 1)::float8, '基准测试',
      make_timestamptz(y + (m / 12), m % 12 + 1, 8, 9, 0, 0, 'Asia/Shanghai'), true
    from units u
    join indicators i on i.workspace_id = u.workspace_id
    cross join generate_series(2020, 2024) y cross join generate_series(1, 12) m
    where u.workspace_id = ${ws} and u.depth <= 2`);
  await db.execute(sql`analyze`);
  const count = async (table: string) =>
    Number(
      ((await db.execute(sql.raw(`select count(*)::int n from ${table}`))).rows[0] as { n: number })
        .n,
    );
  return {
    units: Number(
      (
        (await db.execute(sql`select count(*)::int n from units where depth between 1 and 2`))
          .rows[0] as { n: number }
      ).n,
    ),
    plans: await count('target_plans'),
    targets: await count('targets'),
    reports: await count('indicator_reports'),
  };
}

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { p50: +q(0.5).toFixed(1), p95: +q(0.95).toFixed(1), max: +s.at(-1)!.toFixed(1) };
}

async function main() {
  const { database, drop } = await open();
  try {
    await runMigrations(database.db);
    let t0 = performance.now();
    const bench = JSON.parse(await generateBenchData(database.db, 'province')) as {
      workspace: string;
    };
    const sizes = await generateTargets(database, bench.workspace);
    const generateSeconds = +((performance.now() - t0) / 1000).toFixed(1);
    const app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: '1000' }),
      database,
    });
    // The generator's user names are longer than sign-in accepts (32): shorten the one we use.
    await database.db.execute(
      sql`update users set username = 'bench-province-sup' where username = ${`${bench.workspace}-410000-sup`}`,
    );
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'bench-province-sup', password: BENCH_PASSWORD },
    });
    if (login.statusCode !== 200) throw new Error(`login: ${login.body}`);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    const get = async (url: string) => {
      const r = await app.inject({ method: 'GET', url, headers: { cookie } });
      if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      return r.json();
    };
    const plans = (await get('/api/target-plans?year=2024')).items as {
      id: string;
      unit: { code: string };
    }[];
    const city = plans.find((p) => p.unit.code === '410800')!;
    const province = plans.find((p) => p.unit.code === '410000')!;
    const provinceTable = await get(`/api/target-plans/${province.id}/table?period=2024-06`);
    const rankTarget = provinceTable.rows[0].target.id as string;
    const cases: Record<string, string> = {
      'plan table, one city (Jiaozuo: 40 targets × 10 counties), one period': `/api/target-plans/${city.id}/table?period=2024-06`,
      'ranking, 181 county units on one indicator': `/api/targets/${rankTarget}/ranking?period=2024-06`,
      'plan table, whole province (40 targets × 181 units)': `/api/target-plans/${province.id}/table?period=2024-06`,
    };
    const results: Record<string, unknown> = {};
    for (const [name, url] of Object.entries(cases)) {
      const runs = name.includes('whole province') ? Math.max(10, Math.floor(RUNS / 5)) : RUNS;
      for (let i = 0; i < 5; i++) await get(url);
      const lag = monitorEventLoopDelay({ resolution: 10 });
      lag.enable();
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) {
        t0 = performance.now();
        await get(url);
        ms.push(performance.now() - t0);
      }
      lag.disable();
      results[name] = {
        runs,
        ...stats(ms),
        eventLoopLagMaxMs: +(lag.max / 1e6).toFixed(1),
      };
    }
    console.log(JSON.stringify({ db: database.kind, generateSeconds, sizes, results }, null, 2));
    await app.close();
  } finally {
    await database.close();
    await drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
