// The cultivation counts (新增规上, 新增高新技术企业, 新增专精特新) as SQL, shared by the
// counts by unit and the enterprise list they open, so both always agree.
import { sql, type SQL } from 'drizzle-orm';

/** SQL: enterprise e counts for the metric in the year (the counts and their lists agree). */
export function metricSql(metric: string, year: number): SQL {
  const firstTitle = (kinds: string[]) => sql`exists (select 1 from enterprise_titles t
    where t.workspace_id = e.workspace_id and t.enterprise_id = e.id
    and t.kind = any(${'{' + kinds.join(',') + '}'}::text[]) and extract(year from t.granted_on) = ${year}
    and not exists (select 1 from enterprise_titles t0 where t0.workspace_id = e.workspace_id
      and t0.enterprise_id = e.id and t0.kind = t.kind and t0.granted_on < make_date(${year}, 1, 1)))`;
  if (metric === 'new_above_scale') {
    return sql`exists (select 1 from enterprise_ladder_steps l where l.workspace_id = e.workspace_id
      and l.enterprise_id = e.id and l.step = 'xiao_to_gui' and extract(year from l.reached_on) = ${year})`;
  }
  if (metric === 'new_high_tech') return firstTitle(['high_tech']);
  return firstTitle(['specialized_sme', 'little_giant']);
}

export const METRICS = ['new_above_scale', 'new_high_tech', 'new_specialized'] as const;
