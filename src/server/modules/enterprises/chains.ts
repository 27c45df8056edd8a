// 链长制 / "双长制": the key industry chains, each with a government chain leader and an
// alliance chain leader (an enterprise), its enterprises and its projects. Chains are city-wide
// data kept by the city supervisor; the counts under them follow the caller's scope.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { inScope } from '../../auth/scope';
import type { DbOrTx } from '../../db/connection';
import { industryChains } from '../../db/schema';
import { writeTx } from '../../db/write';
import { conflict, notFound } from '../../errors';
import type { ModuleDeps } from '../index';
import { readable, requireCriteriaAdmin, type EnterpriseScope } from './access';
import { contextOf } from './context';
import type { Ctx } from './service';

const text = (max: number, label: string) => z.string().trim().max(max).describe(label);

export const ChainBody = z.object({
  name: text(50, '产业链名称').min(1),
  aliases: z.array(text(50, '别名').min(1)).max(10).default([]).describe('别名'),
  governmentLeader: text(50, '政府链长').default(''),
  governmentLeaderPost: text(50, '政府链长职务').default(''),
  allianceLeaderId: z.uuid().nullable().default(null).describe('产业联盟链长（企业）'),
  sortKey: z.number().int().min(0).max(10000).default(0).describe('排序'),
});
type ChainInput = z.infer<typeof ChainBody>;
const ChainParams = z.object({ id: z.uuid().describe('产业链') });

/** SQL: a row's chain text names this chain (by its name or an alias). */
const onChain = (column: SQL) => sql`(${column} = c.name or ${column} = any(c.aliases))`;

/** Projects are read by the business roles' own subtrees (a department liaison's whole-library
 *  grant covers enterprises, not projects). */
const projectsReadable = (s: EnterpriseScope, path: SQL) => inScope(path, s.readPaths);

/** A chain as the chains page shows it (the web uses this type too). */
export type ChainRow = {
  id: string;
  name: string;
  aliases: string[];
  governmentLeader: string;
  governmentLeaderPost: string;
  allianceLeaderId: string | null;
  allianceLeaderName: string | null;
  sortKey: number;
  synthetic: boolean;
  enterprises: number;
  projects: number;
};

export async function listChains(db: DbOrTx, ws: string, s: EnterpriseScope) {
  const r = await db.execute(sql`select c.id::text as id, c.name, c.aliases,
      c.government_leader as "governmentLeader", c.government_leader_post as "governmentLeaderPost",
      c.alliance_leader_id::text as "allianceLeaderId", al.name as "allianceLeaderName",
      c.sort_key as "sortKey", c.synthetic,
      (select count(*)::int from enterprises e join units u on u.workspace_id = e.workspace_id
        and u.id = e.unit_id where e.workspace_id = c.workspace_id and ${onChain(sql`e.chain`)}
        and ${readable(s, sql`u.path`)}) as enterprises,
      (select count(*)::int from projects p join units u on u.workspace_id = p.workspace_id
        and u.id = p.unit_id where p.workspace_id = c.workspace_id and ${onChain(sql`p.chain`)}
        and ${projectsReadable(s, sql`u.path`)}) as projects
    from industry_chains c
    left join enterprises al on al.workspace_id = c.workspace_id and al.id = c.alliance_leader_id
    where c.workspace_id = ${ws} order by c.sort_key, c.name`);
  return r.rows as ChainRow[];
}

/** One chain's projects the caller may read (the enterprises open in the library, filtered). */
export async function chainProjects(db: DbOrTx, ws: string, s: EnterpriseScope, id: string) {
  const r = await db.execute(sql`select p.id::text as id, p.name, u.name as "unitName",
      p.level, p.total_investment::float as "totalInvestment", p.chain
    from industry_chains c join projects p on p.workspace_id = c.workspace_id
      and ${onChain(sql`p.chain`)}
    join units u on u.workspace_id = p.workspace_id and u.id = p.unit_id
    where c.workspace_id = ${ws} and c.id = ${id} and ${projectsReadable(s, sql`u.path`)}
    order by p.total_investment desc, p.name limit 500`);
  return r.rows as {
    id: string;
    name: string;
    unitName: string;
    level: string;
    totalInvestment: number;
    chain: string;
  }[];
}

async function checkLeader(tx: DbOrTx, ws: string, id: string | null) {
  if (!id) return;
  const r = await tx.execute(
    sql`select 1 from enterprises where workspace_id = ${ws} and id = ${id}`,
  );
  if (r.rows.length === 0) throw notFound('产业联盟链长企业');
}

export async function saveChain(c: Ctx, input: ChainInput, id?: string): Promise<string> {
  requireCriteriaAdmin(c.scope);
  return writeTx(c.db, c.actor, async (tx, audit) => {
    await checkLeader(tx, c.ws, input.allianceLeaderId);
    const [dup] = await tx
      .select({ id: industryChains.id })
      .from(industryChains)
      .where(and(eq(industryChains.workspaceId, c.ws), eq(industryChains.name, input.name)));
    if (dup && dup.id !== id) throw conflict(`产业链“${input.name}”已存在`, 'name');
    const chainId = id ?? crypto.randomUUID();
    if (id) {
      const [before] = await tx
        .update(industryChains)
        .set({ ...input, updatedAt: sql`now()` })
        .where(and(eq(industryChains.workspaceId, c.ws), eq(industryChains.id, id)))
        .returning();
      if (!before) throw notFound('产业链');
    } else {
      await tx.insert(industryChains).values({ workspaceId: c.ws, id: chainId, ...input });
    }
    await audit({
      action: id ? 'enterprise.chain_updated' : 'enterprise.chain_created',
      entityType: 'industry_chain',
      entityId: chainId,
      summary: `${id ? '修改' : '新增'}产业链：${input.name}（政府链长 ${input.governmentLeader || '未定'}）`,
      after: input,
    });
    return chainId;
  });
}

export default async function chainRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get('/api/industry-chains', async (req) => {
    const { c } = await contextOf(req, db, config);
    return { items: await listChains(db, c.ws, c.scope), canEdit: c.scope.admin };
  });

  app.get('/api/industry-chains/:id/projects', { schema: { params: ChainParams } }, async (req) => {
    const { c } = await contextOf(req, db, config);
    const [chain] = await db
      .select({ id: industryChains.id })
      .from(industryChains)
      .where(and(eq(industryChains.workspaceId, c.ws), eq(industryChains.id, req.params.id)));
    if (!chain) throw notFound('产业链');
    return { items: await chainProjects(db, c.ws, c.scope, req.params.id) };
  });

  app.post('/api/industry-chains', { schema: { body: ChainBody } }, async (req, reply) => {
    const { c } = await contextOf(req, db, config);
    const id = await saveChain(c, req.body);
    reply.code(201);
    return { id };
  });

  app.put(
    '/api/industry-chains/:id',
    { schema: { params: ChainParams, body: ChainBody } },
    async (req) => {
      const { c } = await contextOf(req, db, config);
      await saveChain(c, req.body, req.params.id);
      return { id: req.params.id };
    },
  );
}
