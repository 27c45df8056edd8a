// Evaluating every enterprise for a year is a background job: it runs on the export-job table
// and runner (src/server/exports/), so the person sees its progress in the exports tray and
// gets a sheet of the enterprises that qualify or nearly qualify, with what they lack. Each
// result is stored per enterprise, year, title and criteria version: a later version adds its
// own rows and never rewrites what an earlier one said.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { and, between, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { EVALUATED_KINDS, TITLE_LABELS } from '../../../core/enterprises/criteria';
import { requireAuth } from '../../auth/plugin';
import type { Db, DbOrTx } from '../../db/connection';
import { enterpriseFigures, enterpriseTitles, exportJobs } from '../../db/schema';
import { writeTx } from '../../db/write';
import { streamLedger } from '../../excel/ledger-writer';
import { registerExportKind } from '../../exports/registry';
import type { ModuleDeps } from '../index';
import { readable, type EnterpriseScope } from './access';
import { contextOf } from './context';
import { evaluateFacts, factsFromRows, loadVersions } from './evaluation';

export const EVALUATION_JOB = 'enterprise-evaluation';
/** Enterprises per round trip: facts loaded, evaluated, results written in one statement. */
const BATCH = 2000;

interface JobParams {
  year: number;
  readPaths: string[];
  readAll: boolean;
}

const scopeOf = (p: JobParams): EnterpriseScope => ({
  readPaths: p.readPaths,
  readAll: p.readAll,
  writePaths: [],
  writeAll: false,
  admin: false,
});

/**
 * One batch's facts by a range of ids: every query is an index range scan on
 * (workspace_id, enterprise_id …), never a list of thousands of ids, and only the years the
 * evaluators look at (the year and the three before it) are read.
 */
async function batchFacts(db: DbOrTx, ws: string, s: EnterpriseScope, after: string, year: number) {
  const base = (
    await db.execute(sql`select e.id::text as id, e.registered_on::text as "registeredOn",
      e.strategic_emerging as "strategicEmerging"
    from enterprises e join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
    where e.workspace_id = ${ws} and e.id > ${after}::uuid and ${readable(s, sql`u.path`)}
    order by e.id limit ${BATCH}`)
  ).rows as { id: string; registeredOn: string | null; strategicEmerging: boolean }[];
  if (base.length === 0) return null;
  const [first, last] = [base[0]!.id, base.at(-1)!.id];
  const [titles, figures] = await Promise.all([
    db
      .select()
      .from(enterpriseTitles)
      .where(
        and(
          eq(enterpriseTitles.workspaceId, ws),
          between(enterpriseTitles.enterpriseId, first, last),
        ),
      ),
    db
      .select()
      .from(enterpriseFigures)
      .where(
        and(
          eq(enterpriseFigures.workspaceId, ws),
          between(enterpriseFigures.enterpriseId, first, last),
          between(enterpriseFigures.year, year - 3, year),
        ),
      ),
  ]);
  return { last, facts: factsFromRows(base, titles, figures) };
}

async function countReadable(db: DbOrTx, ws: string, s: EnterpriseScope): Promise<number> {
  const r = await db.execute(sql`select count(*)::int as n from enterprises e
    join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
    where e.workspace_id = ${ws} and ${readable(s, sql`u.path`)}`);
  return (r.rows[0] as { n: number }).n;
}

/**
 * Evaluates every readable enterprise for the year under every title's version in force, and
 * stores the results. Batches overlap: the next batch's facts load while this one is written.
 */
export async function evaluateYear(
  db: Db,
  ws: string,
  s: EnterpriseScope,
  year: number,
  progress: (done: number, total: number) => void = () => undefined,
  jobId: string | null = null,
): Promise<{ total: number; counts: Record<string, Record<string, number>> }> {
  const [total, versions] = await Promise.all([countReadable(db, ws, s), loadVersions(db, ws)]);
  const counts: Record<string, Record<string, number>> = {};
  progress(0, total);
  let done = 0;
  let next = batchFacts(db, ws, s, ZERO_UUID, year);
  for (let batch = await next; batch; batch = await next) {
    next = batchFacts(db, ws, s, batch.last, year);
    const results = evaluateFacts(batch.facts, year, versions);
    const cols = {
      id: [] as string[],
      kind: [] as string[],
      version: [] as string[],
      outcome: [] as string[],
      score: [] as (number | null)[],
      gaps: [] as string[],
    };
    for (const [id, list] of results) {
      for (const e of list) {
        cols.id.push(id);
        cols.kind.push(e.titleKind);
        cols.version.push(e.versionId ?? 'none');
        cols.outcome.push(e.outcome);
        cols.score.push(e.score);
        cols.gaps.push(JSON.stringify(e.gaps));
        (counts[e.titleKind] ??= {})[e.outcome] = (counts[e.titleKind]?.[e.outcome] ?? 0) + 1;
      }
    }
    // One statement per batch: arrays unnested server-side, not thousands of parameters.
    await db.execute(sql`insert into enterprise_evaluation_results
      (workspace_id, enterprise_id, year, title_kind, criteria_version_id, outcome, score, gaps,
       job_id, evaluated_at)
      select ${ws}::uuid, r.id, ${year}, r.kind, r.version, r.outcome, r.score, r.gaps::jsonb,
        ${jobId}::uuid, now()
      from unnest(${arr(cols.id)}::uuid[], ${arr(cols.kind)}::text[], ${arr(cols.version)}::text[],
        ${arr(cols.outcome)}::text[], ${arr(cols.score)}::float8[], ${arr(cols.gaps)}::text[])
        as r(id, kind, version, outcome, score, gaps)
      on conflict (workspace_id, year, title_kind, criteria_version_id, enterprise_id) do update
        set outcome = excluded.outcome, score = excluded.score, gaps = excluded.gaps,
          job_id = excluded.job_id, evaluated_at = excluded.evaluated_at`);
    done += batch.facts.size;
    progress(Math.min(done, total), total);
  }
  return { total, counts };
}

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';

/** A Postgres array literal as one text parameter (quotes and backslashes escaped). */
function arr(values: (string | number | null)[]): string {
  const items = values.map((v) =>
    v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, '\\$&')}"`,
  );
  return `{${items.join(',')}}`;
}

interface SheetRow {
  name: string;
  uscc: string;
  unitName: string;
  titleKind: string;
  outcome: string;
  score: number | null;
  gaps: string[];
}

/** The run's qualifying and near-miss enterprises, title by title (the list people act on). */
async function* sheetRows(db: Db, ws: string, s: EnterpriseScope, year: number, jobId: string) {
  const r = await db.execute(sql`select e.name, e.uscc, u.name as "unitName",
      x.title_kind as "titleKind", x.outcome, x.score, x.gaps
    from enterprise_evaluation_results x
    join enterprises e on e.workspace_id = x.workspace_id and e.id = x.enterprise_id
    join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
    where x.workspace_id = ${ws} and x.year = ${year} and x.job_id = ${jobId}
      and x.outcome in ('qualifies', 'nearly') and ${readable(s, sql`u.path`)}
    order by x.title_kind, x.outcome desc, e.pinyin limit 100000`);
  for (const row of r.rows as unknown as SheetRow[]) yield row;
}

const OUTCOME_ZH: Record<string, string> = { qualifies: '符合', nearly: '接近' };

registerExportKind<JobParams & { jobId?: string }>(EVALUATION_JOB, {
  async run(ctx) {
    const s = scopeOf(ctx.params);
    const jobId = ctx.params.jobId ?? null;
    await evaluateYear(ctx.db, ctx.workspaceId, s, ctx.params.year, ctx.progress, jobId);
    const title = `${ctx.params.year}年度企业梯度培育评价结果`;
    return {
      fileName: `${title}.xlsx`,
      stream: streamLedger<SheetRow>(
        {
          title,
          sheetName: '评价结果',
          subtitle: '符合与接近认定条件的企业（接近者列出差距）',
          columns: [
            { header: '企业名称', width: 34, value: (r) => r.name },
            { header: '统一社会信用代码', width: 22, value: (r) => r.uscc },
            { header: '所属单位', width: 12, value: (r) => r.unitName },
            {
              header: '称号',
              width: 22,
              value: (r) => TITLE_LABELS[r.titleKind as keyof typeof TITLE_LABELS]?.zh ?? '',
            },
            { header: '结果', width: 8, value: (r) => OUTCOME_ZH[r.outcome] ?? r.outcome },
            { header: '得分', width: 8, value: (r) => r.score },
            { header: '差距', width: 60, value: (r) => r.gaps.join('；') },
          ],
        },
        jobId ? sheetRows(ctx.db, ctx.workspaceId, s, ctx.params.year, jobId) : [],
      ),
    };
  },
});

const RunBody = z.object({ year: z.number().int().min(2000).max(2100).describe('评价年度') });
const ResultsQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).describe('评价年度'),
});

export default async function evaluationJobRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  // Any reader may start a run over the enterprises they can read; the job keeps that scope.
  app.post('/api/enterprise-evaluation-runs', { schema: { body: RunBody } }, async (req, reply) => {
    const { c } = await contextOf(req, db, config);
    const id = crypto.randomUUID();
    const params = {
      year: req.body.year,
      readPaths: c.scope.readPaths,
      readAll: c.scope.readAll,
      jobId: id,
    };
    const { userId } = requireAuth(req);
    const job = await writeTx(db, c.actor, async (tx, audit) => {
      const [row] = await tx
        .insert(exportJobs)
        .values({ workspaceId: c.ws, id, userId, kind: EVALUATION_JOB, params })
        .returning();
      await audit({
        action: 'enterprise.evaluation_started',
        entityType: 'export_job',
        entityId: id,
        summary: `启动 ${req.body.year} 年度全部企业评价`,
      });
      return row!;
    });
    reply.code(202);
    return {
      id: job.id,
      kind: job.kind,
      status: job.status,
      done: job.done,
      total: job.total,
      fileName: job.fileName,
      error: job.error,
      createdAt: job.createdAt.toISOString(),
    };
  });

  // Stored results of the latest runs: counts by title and outcome, under each version.
  app.get(
    '/api/enterprise-evaluation-results',
    { schema: { querystring: ResultsQuery } },
    async (req) => {
      const { c } = await contextOf(req, db, config);
      const r = await db.execute(sql`select x.title_kind as "titleKind",
          x.criteria_version_id as "versionId", x.outcome, count(*)::int as n,
          max(x.evaluated_at)::text as "evaluatedAt"
        from enterprise_evaluation_results x
        join enterprises e on e.workspace_id = x.workspace_id and e.id = x.enterprise_id
        join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
        where x.workspace_id = ${c.ws} and x.year = ${req.query.year}
          and ${readable(c.scope, sql`u.path`)}
        group by 1, 2, 3 order by 1, 2, 3`);
      return {
        year: req.query.year,
        kinds: EVALUATED_KINDS,
        rows: r.rows as {
          titleKind: string;
          versionId: string;
          outcome: string;
          n: number;
          evaluatedAt: string;
        }[],
      };
    },
  );
}
