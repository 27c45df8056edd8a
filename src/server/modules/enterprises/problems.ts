// 万人助万企: a problem an enterprise raises becomes a supervised matter (13710 deadlines),
// linked both ways (enterprise_matters; the matter carries the tag and the enterprise name).
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/connection';
import { enterpriseMatters } from '../../db/schema';
import { writeTx } from '../../db/write';
import type { Caller } from '../matters/context';
import { assignMatter, insertDraft } from '../matters/service';
import { lockEnterprise, type Ctx } from './service';

export const PROBLEM_TAG = '万人助万企';

export async function raiseProblem(
  db: Db,
  caller: Caller,
  c: Ctx,
  id: string,
  p: { title: string; content: string; leadUnitId: string; complexity: 'ordinary' | 'complex' },
): Promise<string> {
  return writeTx(db, caller.actor, async (tx, audit) => {
    const e = await lockEnterprise(tx, c, id);
    const matterId = await insertDraft(tx, caller, {
      title: `${e.name}：${p.title}`,
      source: 'other',
      listId: null,
      leadLeader: '',
      leadUnitId: p.leadUnitId,
      cooperatingUnitIds: [],
      content: p.content,
      complexity: p.complexity,
      nodes: [],
      tags: [PROBLEM_TAG],
    });
    await assignMatter(tx, audit, caller, matterId);
    await tx.insert(enterpriseMatters).values({ workspaceId: c.ws, enterpriseId: id, matterId });
    await audit({
      action: 'enterprise.problem_raised',
      entityType: 'enterprise',
      entityId: id,
      summary: `${e.name} 反映问题转为督办事项：${p.title}`,
      after: { ...p, matterId },
    });
    return matterId;
  });
}

export async function problemsOf(db: DbOrTx, ws: string, id: string) {
  const r = await db.execute(sql`select m.id::text as id, m.title, m.status,
    m.final_due::text as "finalDue", u.name as "leadUnitName"
    from enterprise_matters em join matters m on m.workspace_id = em.workspace_id and m.id = em.matter_id
    join units u on u.workspace_id = m.workspace_id and u.id = m.lead_unit_id
    where em.workspace_id = ${ws} and em.enterprise_id = ${id} order by m.created_at desc`);
  return r.rows as {
    id: string;
    title: string;
    status: string;
    finalDue: string | null;
    leadUnitName: string;
  }[];
}
