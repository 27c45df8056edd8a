// Evaluating every enterprise for a year is a background job: it runs on the export-job table
// and runner (src/server/exports/), so the person sees its progress in the exports tray and
// gets a sheet of the enterprises that qualify or nearly qualify, with what they lack. Each
// result is stored per enterprise, year, title and criteria version: a later version adds its
// own rows and never rewrites what an earlier one said.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  EVALUATED_KINDS,
  TITLE_LABELS,
  type CriteriaVersion,
} from '../../../core/enterprises/criteria';
import { requireAuth } from '../../auth/plugin';
import type { Db, DbOrTx } from '../../db/connection';
import { exportJobs } from '../../db/schema';
import { writeTx } from '../../db/write';
import { streamLedger } from '../../excel/ledger-writer';
import { registerExportKind } from '../../exports/registry';
import type { ModuleDeps } from '../index';
import { readable, type EnterpriseScope } from './access';
import { contextOf } from './context';
import { loadBatch, storeSql } from './evaluation-batch';
import { arr, computeBatch } from './evaluation-compute';

/** Outcome counts: [title, version, unit, outcome] joined by NUL → n. */
type Counts = Map<string, number>;
import { loadVersions } from './evaluation';

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

async function countReadable(db: DbOrTx, ws: string, s: EnterpriseScope): Promise<number> {
  const r = await db.execute(sql`select count(*)::int as n from enterprises e
    join units u on u.workspace_id = e.workspace_id and u.id = e.unit_id
    where e.workspace_id = ${ws} and ${readable(s, sql`u.path`)}`);
  return (r.rows[0] as { n: number }).n;
}

/**
 * Evaluates every readable enterprise for the year under every title's version in force, and
 * stores the results. The next batch's facts load while this one is evaluated and written.
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
  const replacing = await evaluatedBefore(db, ws, year, versions);
  // A rerun deletes rows by their keys; with statistics from before the year's rows were
  // written PostgreSQL hashed the whole year for every batch (minutes at 300,000).
  if (replacing) await db.execute(sql`analyze enterprise_evaluation_results`);
  const counts: Counts = new Map();
  progress(0, total);
  let done = 0;
  // Lanes over equal slices of the (random) uuid space run side by side: one lane's reads and
  // writes in PostgreSQL overlap the others' and the evaluation here. (Worker threads for the
  // evaluation were tried: no faster on 2 cores, where PostgreSQL needs the other core.)
  const lane = async (after: string, before: string | null) => {
    let next = loadBatch(db, ws, s, after, before, year, BATCH);
    for (let batch = await next; batch; batch = await next) {
      next = loadBatch(db, ws, s, batch.last, before, year, BATCH);
      // Not left unhandled when this batch fails first (the loop's await still throws).
      next.catch(() => undefined);
      const out = computeBatch({
        json: batch.json,
        year,
        versions,
        kinds: EVALUATED_KINDS,
        replacing,
      });
      await db.execute(storeSql(ws, year, out, jobId));
      for (const [key, n] of out.counts) counts.set(key, (counts.get(key) ?? 0) + n);
      done += batch.n;
      progress(Math.min(done, total), total);
    }
  };
  await Promise.all(LANES.slice(1).map((before, i) => lane(LANES[i]!, before)));
  await storeCounts(db, ws, s, year, counts, jobId);
  const byKind: Record<string, Record<string, number>> = {};
  for (const [key, n] of counts) {
    const [kind, , , outcome] = key.split('\u0000') as [string, string, string, string];
    (byKind[kind] ??= {})[outcome] = (byKind[kind]?.[outcome] ?? 0) + n;
  }
  return { total, counts: byKind };
}

/**
 * Replaces the counts of the run's versions for every unit in scope (a unit whose enterprises
 * all left keeps no stale counts), in one transaction so readers see the old or the new.
 */
async function storeCounts(
  db: Db,
  ws: string,
  s: EnterpriseScope,
  year: number,
  counts: Counts,
  jobId: string | null,
) {
  const cols = { kind: [] as string[], version: [] as string[], unit: [] as string[] };
  const outcome: string[] = [];
  const n: number[] = [];
  for (const [key, value] of counts) {
    const [k, v, u, o] = key.split('\u0000') as [string, string, string, string];
    cols.kind.push(k);
    cols.version.push(v);
    cols.unit.push(u);
    outcome.push(o);
    n.push(value);
  }
  const versions = [...new Set(cols.version)];
  await db.transaction(async (tx) => {
    await tx.execute(sql`delete from enterprise_evaluation_counts c
      where c.workspace_id = ${ws} and c.year = ${year}
        and c.criteria_version_id = any(${arr(versions)}::text[])
        and c.unit_id in (select u.id from units u where u.workspace_id = ${ws}
          and ${readable(s, sql`u.path`)})`);
    await tx.execute(sql`insert into enterprise_evaluation_counts (workspace_id, year, title_kind,
        criteria_version_id, unit_id, outcome, n, job_id, evaluated_at)
      select ${ws}::uuid, ${year}, r.kind, r.version, r.unit, r.outcome, r.n, ${jobId}::uuid, now()
      from unnest(${arr(cols.kind)}::text[], ${arr(cols.version)}::text[],
        ${arr(cols.unit)}::uuid[], ${arr(outcome)}::text[], ${arr(n)}::int[])
        as r(kind, version, unit, outcome, n)`);
  });
}

/** Lane boundaries: the uuid space cut in LANE_COUNT equal slices. */
const LANE_COUNT = 3;
const LANES: (string | null)[] = [
  '00000000-0000-0000-0000-000000000000',
  ...Array.from(
    { length: LANE_COUNT - 1 },
    (_, i) =>
      `${Math.floor(((i + 1) * 0x100000000) / LANE_COUNT)
        .toString(16)
        .padStart(8, '0')}-0000-0000-0000-000000000000`,
  ),
  null,
];

/** Whether the year has stored results under these versions (a rerun replaces them). */
async function evaluatedBefore(db: Db, ws: string, year: number, versions: CriteriaVersion[]) {
  const ids = arr(versions.map((v) => v.id));
  // Results without counts are left by a run that stopped half-way: they count as before too.
  const r = await db.execute(sql`select exists (select 1 from enterprise_evaluation_counts c
      where c.workspace_id = ${ws} and c.year = ${year} and c.criteria_version_id = any(${ids}::text[]))
    or exists (select 1 from enterprise_evaluation_results x
      where x.workspace_id = ${ws} and x.year = ${year} and x.criteria_version_id = any(${ids}::text[]))
    as found`);
  return (r.rows[0] as { found: boolean }).found;
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
          x.criteria_version_id as "versionId", x.outcome, sum(x.n)::int as n,
          max(x.evaluated_at)::text as "evaluatedAt"
        from enterprise_evaluation_counts x
        join units u on u.workspace_id = x.workspace_id and u.id = x.unit_id
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
