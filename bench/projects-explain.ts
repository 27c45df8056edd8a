// EXPLAIN (ANALYZE, BUFFERS) of the SQL behind the benchmarked project views, on data made by
// `luoshi bench-data --projects N` (DATABASE_URL names that database):
//
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/projects_scale npx tsx bench/projects-explain.ts
import { sql, type SQL } from 'drizzle-orm';
import { DEFAULT_REPORT_RULES } from '../src/core/projects/investment-light';
import { todayInShanghai } from '../src/core/dates';
import { openDatabase } from '../src/server/db/connection';
import type { DbOrTx } from '../src/server/db/connection';
import { listProjects, programmeEntries } from '../src/server/modules/projects/queries';
import { programmeTrend } from '../src/server/modules/projects/trend';

async function main() {
  const database = await openDatabase({ url: process.env.DATABASE_URL!, kind: 'server', max: 2 });
  const { db } = database;
  const r = await db.execute<{ ws: string; id: string; root: string; county: string }>(sql`select
      p.workspace_id::text as ws, p.id::text as id,
      (select path from units where workspace_id = p.workspace_id and depth = 0) as root,
      (select id::text from units where workspace_id = p.workspace_id and code = '410823') as county
    from programmes p where p.name = '“三个一批”项目建设活动（基准）' order by p.created_at desc limit 1`);
  const { ws, id, root, county } = r.rows[0]!;
  const today = todayInShanghai(new Date());
  // Raw statements run twice (warm cache) and the second run's plan is printed; the query
  // builder's small lookups (programme, rounds) pass through.
  const explain = async (q: SQL) => {
    await db.execute(q);
    const plan = await db.execute(sql`explain (analyze, buffers) ${q}`);
    console.log(plan.rows.map((x) => Object.values(x)[0]).join('\n') + '\n');
    return db.execute(q);
  };
  const explaining = new Proxy(db, {
    get: (target, prop, receiver) =>
      prop === 'execute' ? explain : Reflect.get(target, prop, receiver),
  }) as DbOrTx;
  const which = process.argv[2] ?? 'all';
  const o = { ws, id, paths: [root], today, rules: DEFAULT_REPORT_RULES };
  if (which === 'all' || which === 'dashboard') {
    // The dashboard and the ranking count in memory over the remembered entries: their one
    // statement is this read of the whole programme (after a report, only changed ids).
    console.log("== the programme's list entries (dashboard, ranking, cockpit, trend)");
    await programmeEntries(explaining, ws, id, [root]);
  }
  if (which === 'all' || which === 'list') {
    console.log("== a county's project list, page 1 of 50");
    await listProjects(explaining, {
      ...o,
      filter: { unitId: county },
      limit: 50,
      offset: 0,
    });
    console.log('== red-light projects, page 1 of 50');
    await listProjects(explaining, { ...o, filter: { light: 'red' }, limit: 50, offset: 0 });
  }
  if (which === 'all' || which === 'trend') {
    // Computed in memory from the remembered entries, read in a transaction of their own
    // (not explained): only the small lookups show here.
    console.log('== investment trend');
    await programmeTrend(explaining, db, { ...o, cumulative: true });
  }
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
