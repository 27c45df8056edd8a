// The province profile for the leaders' cockpit (issue 13): Henan (18 cities, 181 county units)
// with what every cockpit section reads, built from the existing generators plus set-based SQL:
//   - projects: bench/projects.ts (N key projects, monthly investment, a 三个一批 programme);
//   - matters: M supervised matters led by the county units, in the city-matters shape;
//   - enterprises: E enterprises, this year's titles and 小升规 steps, targets per county unit;
//   - targets: the province plan for this year, 20 indicators shared out to the 18 cities and
//     the 181 county units, with monthly reports up to last month;
//   - evaluations: the demo's county assessment items applied to the 181 county units.
// Sizes are chosen to generate in a few minutes on the shared 2-core machine.
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/connection';
import { JIAOZUO_ADJUSTMENTS, JIAOZUO_ITEMS } from '../src/server/modules/evaluations/demo/data';
import { generateProvinceProjects } from './projects';

export interface ProvinceSizes {
  projects: number;
  matters: number;
  enterprises: number;
}

export async function generateCockpitProvince(db: Db, sizes: ProvinceSizes) {
  const t0 = Date.now();
  const p = await generateProvinceProjects(db, sizes.projects);
  const ws = (
    await db.execute<{ id: string }>(sql`select id from workspaces where code = ${p.workspace}`)
  ).rows[0]!.id;
  const year = new Date().getFullYear();
  const counties = sql`(select array_agg(id order by code) as ids, count(*)::int as k from units
    where workspace_id = ${ws} and depth = 2 and kind <> 'department')`;

  // Matters: 75% open, final deadlines over today ± 365 days (as bench/city-matters.ts).
  await db.execute(sql`insert into matter_lists (workspace_id, id, title, year, source)
    values (${ws}, gen_random_uuid(), '基准测试全省重点工作清单', ${year}, 'key_work')`);
  await db.execute(sql`with u as ${counties},
    l as (select id from matter_lists where workspace_id = ${ws} limit 1),
    g as (select g, current_date + ((g::bigint * 7919) % 731 - 365)::int as due, g % 20 as s
      from generate_series(1, ${sizes.matters}) g)
    insert into matters (workspace_id, id, list_id, seq, title, content, source, lead_leader,
      lead_unit_id, complexity, status, rule_code, day_kind, assigned_on, deploy_due, feedback_due,
      original_final_due, final_due, next_due, signed_on, last_report_on, closed_on, rating)
    select ${ws}, gen_random_uuid(), l.id, g.g, '督办事项 ' || g.g, '按期推进并反馈办理情况', 'key_work',
      (array['省长','常务副省长','副省长甲','副省长乙'])[1 + g.g % 4], u.ids[1 + g.g % u.k], 'complex',
      case when g.s < 5 then 'assigned' when g.s < 8 then 'signed_for' when g.s < 15 then 'in_progress' else 'closed' end,
      '13710', 'natural', g.due - 30, g.due - 30, g.due - 27, g.due, g.due,
      case when g.s < 5 then g.due - 30 when g.s < 15 then g.due else null end,
      case when g.s between 5 and 14 then g.due - 29 else null end,
      g.due - 27,
      case when g.s >= 15 then g.due - (g.g % 10) else null end,
      case when g.s >= 15 then (array['优秀','良好','合格','不合格'])[1 + g.g % 4] else null end
    from g, u, l`);

  // Enterprises with this year's titles (one in ten) and 小升规 steps (one in twenty).
  await db.execute(sql`with u as ${counties}
    insert into enterprises (workspace_id, id, uscc, name, unit_id, industry_code, chain,
      strategic_emerging, scale, listing, registered_on, pinyin, pinyin_initials, synthetic)
    select ${ws}, gen_random_uuid(), '9141' || lpad(g::text, 13, '0') || 'X',
      '基准企业' || g || '有限公司', u.ids[1 + g % u.k], 'C3985', '装备制造',
      g % 3 = 0, case when g % 4 = 0 then 'above' else 'below' end, 'unlisted',
      date '2005-01-01' + (g % 5000), 'jizhunqiye' || g || 'youxiangongsi', 'jzqy' || g || 'yxgs', true
    from generate_series(1, ${sizes.enterprises}) g, u`);
  await db.execute(sql`insert into enterprise_titles (workspace_id, enterprise_id, kind, level,
      certificate_no, granted_on, valid_to)
    select workspace_id, id, case when h % 3 = 0 then 'specialized_sme' else 'high_tech' end,
      'provincial', 'GR' || h, make_date(${year}::int - ((h / 10) % 3)::int, 1 + ((h / 10) % 10)::int, 1), make_date(${year}::int + 3, 1, 1)
    from (select workspace_id, id, (hashtext(id::text)::bigint & 2147483647) as h from enterprises
      where workspace_id = ${ws}) e where h % 10 = 0`);
  await db.execute(sql`insert into enterprise_ladder_steps (workspace_id, enterprise_id, step, reached_on)
    select workspace_id, id, 'xiao_to_gui', make_date(${year}::int - ((h / 20) % 2)::int, 1 + ((h / 20) % 10)::int, 15)
    from (select workspace_id, id, (hashtext(id::text)::bigint & 2147483647) as h from enterprises
      where workspace_id = ${ws}) e where h % 20 = 1`);
  await db.execute(sql`insert into enterprise_cultivation_targets (workspace_id, unit_id, year, metric, target)
    select ${ws}, u.id, ${year}, m, 5 + (abs(hashtext(u.code || m)) % 20)
    from units u cross join unnest(array['new_above_scale','new_high_tech','new_specialized']) m
    where u.workspace_id = ${ws} and u.depth = 2 and u.kind <> 'department'`);

  await generateTargets(db, ws, year);

  // The county assessment over the 181 county units (its target items find no 2022 targets
  // here and score as missing data: the evaluation still reads every source per unit).
  const scheme = crypto.randomUUID();
  const units = (
    await db.execute<{ id: string }>(sql`select id::text from units
      where workspace_id = ${ws} and depth = 2 and kind <> 'department' order by code`)
  ).rows.map((r) => ({ unitId: r.id }));
  const root = (
    await db.execute<{ id: string }>(
      sql`select id::text from units where workspace_id = ${ws} and depth = 0`,
    )
  ).rows[0]!.id;
  await db.execute(sql`insert into evaluation_schemes (workspace_id, id, code, name,
      organiser_unit_id, source, default_period)
    values (${ws}, ${scheme}, 'bench-county', '县（市）区综合考核（基准）', ${root}, '基准测试（合成）',
      ${new Date().toISOString().slice(0, 7)})`);
  const definition = {
    total: 100,
    items: JIAOZUO_ITEMS,
    adjustments: JIAOZUO_ADJUSTMENTS,
    units,
  };
  await db.execute(sql`insert into evaluation_scheme_versions (workspace_id, scheme_id, version,
      definition, note, created_by_name)
    values (${ws}, ${scheme}, 1, ${JSON.stringify(definition)}::jsonb, '基准', '基准测试')`);

  await db.execute(sql`vacuum analyze`);
  const count = async (t: string) =>
    Number(
      (
        await db.execute<{ n: number }>(
          sql.raw(`select count(*)::int n from ${t} where workspace_id = '${ws}'`),
        )
      ).rows[0]!.n,
    );
  return {
    workspace: p.workspace,
    supervisor: p.supervisor,
    projects: p.projects,
    matters: await count('matters'),
    enterprises: await count('enterprises'),
    targets: await count('targets'),
    indicatorReports: await count('indicator_reports'),
    seconds: (Date.now() - t0) / 1000,
  };
}

/** This year's province plan: 20 indicators, shares for every city and county unit, reports. */
async function generateTargets(db: Db, ws: string, year: number) {
  await db.execute(sql`
    insert into indicators (workspace_id, name, canonical_name, measure_unit, kind, direction, cumulative, frequency)
    select ${ws}, '基准指标' || lpad(i::text, 2, '0'), '基准指标' || lpad(i::text, 2, '0'), '%',
      'growth_rate', case when i % 10 = 0 then 'lower_better' else 'higher_better' end, true, 'monthly'
    from generate_series(1, 20) i`);
  await db.execute(sql`
    insert into target_plans (workspace_id, unit_id, year, title, source)
    select u.workspace_id, u.id, ${year}, '经济社会发展主要预期目标', '基准测试（合成）'
    from units u where u.workspace_id = ${ws} and u.depth = 0`);
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
  // Shares: every city and county-level unit gets the province's wording.
  await db.execute(sql`
    insert into targets (workspace_id, plan_id, parent_id, unit_id, indicator_id, seq, wording, parsed, parsed_auto)
    select t.workspace_id, t.plan_id, t.id, c.id, t.indicator_id, t.seq, t.wording, t.parsed, t.parsed
    from targets t
    join units c on c.workspace_id = t.workspace_id and c.depth in (1, 2) and c.kind <> 'department'
    where t.workspace_id = ${ws} and t.parent_id is null`);
  await db.execute(sql`
    insert into indicator_reports (workspace_id, unit_id, indicator_id, year, month, value, reporter_name, reported_at, synthetic)
    select u.workspace_id, u.id, i.id, ${year}, m, round((3 + random() * 9)::numeric, 1)::float8, '基准测试',
      make_timestamptz(${year}::int, m, 28, 9, 0, 0, 'Asia/Shanghai'), true
    from units u
    join indicators i on i.workspace_id = u.workspace_id
    cross join generate_series(1, greatest(1, extract(month from current_date)::int - 1)) m
    where u.workspace_id = ${ws} and u.depth <= 2 and u.kind <> 'department'`);
}
