import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/connection';
import { BENCH_PASSWORD, generateBenchData } from './generate';

/**
 * A city (Jiaozuo's 11 county units) with N supervised matters in the shape of the Redmine
 * peer's data (../shared/peer/redmine/seed.sh): 75% open, final deadlines spread over
 * today ± 365 days, 1–3 feedback reports each; and, as real lists have, a cooperating unit
 * on one matter in five. Returns what the wrk scenarios need.
 */
export async function generateCityMatters(db: Db, n: number) {
  const info = JSON.parse(await generateBenchData(db, 'city')) as { workspace: string };
  const code = info.workspace;
  const ws = (await db.execute<{ id: string }>(sql`select id from workspaces where code = ${code}`))
    .rows[0]!.id;
  const t0 = Date.now();
  await db.execute(sql`insert into matter_lists (workspace_id, id, title, year, source)
    values (${ws}, gen_random_uuid(), '基准测试重点工作清单', 2026, 'key_work')`);
  // Open: assigned 25%, signed_for 15%, in_progress 35% (with next_due on the final
  // deadline once reported); closed 25%.
  await db.execute(sql`with u as (select array_agg(id order by code) as ids from units
      where workspace_id = ${ws} and depth = 1 and kind <> 'department'),
    l as (select id from matter_lists where workspace_id = ${ws} limit 1),
    g as (select g, current_date + ((g * 7919) % 731 - 365) as due, g % 20 as s
      from generate_series(1, ${n}) g)
    insert into matters (workspace_id, id, list_id, seq, title, content, source, lead_leader,
      lead_unit_id, complexity, status, rule_code, day_kind, assigned_on, deploy_due, feedback_due,
      original_final_due, final_due, next_due, signed_on, last_report_on, closed_on, rating)
    select ${ws}, gen_random_uuid(), l.id, g.g, '督办事项 ' || g.g, '按期推进并反馈办理情况', 'key_work',
      (array['王市长','李副市长','张副市长','刘副市长'])[1 + g.g % 4], u.ids[1 + g.g % 11], 'complex',
      case when g.s < 5 then 'assigned' when g.s < 8 then 'signed_for' when g.s < 15 then 'in_progress' else 'closed' end,
      '13710', 'natural', g.due - 30, g.due - 30, g.due - 27, g.due, g.due,
      case when g.s < 5 then g.due - 30 when g.s < 15 then g.due else null end,
      case when g.s between 5 and 14 then g.due - 29 else null end,
      g.due - 27,
      case when g.s >= 15 then g.due - (g.g % 10) else null end,
      case when g.s >= 15 then (array['优秀','良好','合格','不合格'])[1 + g.g % 4] else null end
    from g, u, l`);
  await db.execute(sql`insert into matter_cooperators (workspace_id, matter_id, unit_id)
    select m.workspace_id, m.id, u.ids[1 + (m.seq + 3) % 11]
    from matters m, (select array_agg(id order by code) as ids from units
      where workspace_id = ${ws} and depth = 1 and kind <> 'department') u
    where m.workspace_id = ${ws} and m.seq % 5 = 0 and u.ids[1 + (m.seq + 3) % 11] <> m.lead_unit_id`);
  for (let k = 1; k <= 3; k++) {
    await db.execute(sql`insert into matter_reports (workspace_id, id, matter_id, unit_id, author_name,
        reported_on, content, percent)
      select workspace_id, gen_random_uuid(), id, lead_unit_id, '联络员', assigned_on + ${k}::int,
        '第' || ${String(k)}::text || '次反馈：按计划推进。', ${k * 25}::smallint
      from matters where workspace_id = ${ws} and (${k} = 1 or seq % ${k + 1} = 0)`);
  }
  await db.execute(sql`vacuum analyze`);
  const wuzhi = (
    await db.execute<{ id: string }>(
      sql`select id from units where workspace_id = ${ws} and code = '410823'`,
    )
  ).rows[0]!.id;
  return {
    workspace: code,
    matters: n,
    seconds: (Date.now() - t0) / 1000,
    supervisor: `${code}-410800-sup`,
    wuzhiLiaison: `${code}-410823-lia`,
    wuzhiUnitId: wuzhi,
    listId: (
      await db.execute<{ id: string }>(
        sql`select id from matter_lists where workspace_id = ${ws} limit 1`,
      )
    ).rows[0]!.id,
    password: BENCH_PASSWORD,
  };
}
