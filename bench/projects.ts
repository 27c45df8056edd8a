import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/connection';
import { refreshLatestInvestment } from '../src/server/modules/projects/investment-latest';
import { BENCH_PASSWORD, generateBenchData } from './generate';

/**
 * The province profile of key projects (issue 10, point 10): Henan's 181 county units with N
 * projects (default 200,000) whose plan years run over the last five years, each reporting its
 * year-to-date investment every month of its plan year (this year: up to last month), about
 * 2.4 million monthly figures; and a 三个一批 programme of 20 quarterly rounds, each with a
 * 签约, 开工 and 投产 list of 400 projects. The 18 cities are ranked in two groups. Synthetic.
 */
export async function generateProvinceProjects(db: Db, n = 200_000) {
  const info = JSON.parse(await generateBenchData(db, 'province')) as { workspace: string };
  const code = info.workspace;
  const ws = (await db.execute<{ id: string }>(sql`select id from workspaces where code = ${code}`))
    .rows[0]!.id;
  const t0 = Date.now();
  // Ranking groups for the cities (the province's ranking rows), alternating.
  await db.execute(sql`update units set ranking_group =
      case when right(code, 2)::int % 2 = 0 then 'county_group' else 'urban_group' end
    where workspace_id = ${ws} and depth = 1`);
  await db.execute(sql`with c as (select array_agg(id order by code) as ids, count(*)::int as k
      from units where workspace_id = ${ws} and depth = 2),
    g as (select g, extract(year from current_date)::int - (g % 5) as y from generate_series(1, ${n}) g)
    insert into projects (workspace_id, id, unit_id, name, owner, industry, level, total_investment,
      annual_plan, plan_year, signed_on, started_on, producing_on, performing_on, synthetic)
    select ${ws}, gen_random_uuid(), c.ids[1 + g.g % c.k], '基准项目' || g.g || '（合成）',
      '基准企业' || (g.g % 5000) || '有限公司', (array['装备制造','新材料','生物医药','电子信息'])[1 + g.g % 4],
      (array['provincial','city','county'])[1 + g.g % 3], 10000 + (g.g % 90) * 1000,
      2000 + (g.g % 40) * 100, g.y,
      make_date(g.y - 1, 1 + g.g % 12, 10),
      case when g.g % 10 < 9 then make_date(g.y, 1 + g.g % 3, 5) end,
      case when g.g % 10 < 4 and g.y < extract(year from current_date) then make_date(g.y, 10, 1) end,
      case when g.g % 10 < 3 and g.y < extract(year from current_date) - 1 then make_date(g.y + 1, 6, 1) end,
      true
    from g, c`);
  // Every month of the plan year, this year up to last month: ytd = plan × pace × m / 12.
  await db.execute(sql`insert into project_investments (workspace_id, project_id, month,
      ytd_completed, reported_by_name, synthetic)
    select p.workspace_id, p.id, p.plan_year || '-' || lpad(m::text, 2, '0'),
      round(p.annual_plan * (0.8 + (abs(hashtext(p.id::text)) % 60) / 100.0) * m / 12, 2),
      '基准测试', true
    from projects p cross join generate_series(1, 12) m
    where p.workspace_id = ${ws} and p.started_on is not null
      and make_date(p.plan_year, m, 1) < date_trunc('month', current_date)
      -- One in twenty of this year's projects stopped reporting three months ago (red lights).
      and not (p.plan_year = extract(year from current_date)
        and make_date(p.plan_year, m, 1) >= date_trunc('month', current_date) - interval '3 months'
        and abs(hashtext(p.id::text)) % 20 = 0)`);
  // Each project's latest figure onto its row, as every report through the app writes it.
  await refreshLatestInvestment(db, ws);
  const programme = crypto.randomUUID();
  await db.execute(sql`insert into programmes (workspace_id, id, name, kind, synthetic)
    values (${ws}, ${programme}, '“三个一批”项目建设活动（基准）', 'three_batches', true)`);
  await db.execute(sql`insert into programme_rounds (workspace_id, programme_id, seq, name, held_on)
    select ${ws}, ${programme}, r, '第' || r || '期',
      (date_trunc('quarter', current_date) - make_interval(months => 3 * (20 - r)))::date + 20
    from generate_series(1, 20) r`);
  // Round r's lists take projects by number: 签约 and 开工 ones from this round's stretch,
  // 投产 ones already producing.
  await db.execute(sql`with r as (select id, seq from programme_rounds
      where workspace_id = ${ws} and programme_id = ${programme}),
    p as (select id, row_number() over (order by id) as k, producing_on is not null as producing
      from projects where workspace_id = ${ws})
    insert into programme_entries (workspace_id, programme_id, round_id, list, project_id, seq)
    select ${ws}, ${programme}, r.id, l.list, p.id, row_number() over (partition by r.id, l.list order by p.k)
    from r cross join (values ('sign', 0), ('start', 1), ('produce', 2)) l(list, o)
    join p on p.k > (r.seq * 3 + l.o) * 1000 and p.k <= (r.seq * 3 + l.o) * 1000 + 400
      and (l.list <> 'produce' or p.producing)`);
  await db.execute(sql`vacuum analyze`);
  const count = async (t: string) =>
    Number(
      (await db.execute<{ n: number }>(sql.raw(`select count(*)::int n from ${t}`))).rows[0]!.n,
    );
  return {
    workspace: code,
    projects: await count('projects'),
    investments: await count('project_investments'),
    entries: await count('programme_entries'),
    programmeId: programme,
    seconds: (Date.now() - t0) / 1000,
    supervisor: `${code}-410000-sup`,
    password: BENCH_PASSWORD,
  };
}
