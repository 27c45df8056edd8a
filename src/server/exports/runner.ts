import { createWriteStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection';
import { exportKind } from './registry';

/** Where finished export files are kept (a day), named by job id. */
export function exportFilePath(dataDir: string, jobId: string): string {
  return join(dataDir, 'exports', `${jobId}.xlsx`);
}

const KEEP_FILES_MS = 24 * 3600 * 1000;

export interface ExportRunner {
  /** Runs every queued job now (tests); resolves when the queue is empty. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs queued export jobs one at a time in the background process, so HTTP workers never
 * build a large file. Jobs left running by a stopped process are marked failed on start.
 */
export function startExportRunner(db: Db, dataDir: string, intervalMs = 300): ExportRunner {
  mkdirSync(join(dataDir, 'exports'), { recursive: true });
  let running: Promise<void> | null = null;
  let stopped = false;
  const ready = db.execute(sql`update export_jobs set status = 'failed',
      error = '服务重启，导出中断，请重新导出', finished_at = now() where status = 'running'`);

  async function runQueued(): Promise<void> {
    await ready;
    removeOldFiles(dataDir);
    while (!stopped) {
      const claimed = await db.execute<{
        workspace_id: string;
        id: string;
        kind: string;
        params: unknown;
      }>(
        sql`update export_jobs set status = 'running' where (workspace_id, id) = (
              select workspace_id, id from export_jobs where status = 'queued'
              order by created_at for update skip locked limit 1)
            returning workspace_id, id, kind, params`,
      );
      const job = claimed.rows[0];
      if (!job) return;
      await runJob(db, dataDir, job);
    }
  }
  const tick = () => {
    running ??= runQueued()
      .catch((e: Error) => console.error(`export runner: ${e.message}`))
      .finally(() => (running = null));
    return running;
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return {
    async drain() {
      await tick();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

async function runJob(
  db: Db,
  dataDir: string,
  job: { workspace_id: string; id: string; kind: string; params: unknown },
) {
  const where = sql`workspace_id = ${job.workspace_id} and id = ${job.id}`;
  try {
    const kind = exportKind(job.kind);
    if (!kind) throw new Error(`unknown export kind ${job.kind}`);
    let lastWrite = 0;
    let pending: Promise<unknown> = Promise.resolve();
    const { fileName, stream } = await kind.run({
      db,
      workspaceId: job.workspace_id,
      params: job.params,
      progress(done, total) {
        const now = Date.now();
        if (now - lastWrite < 250 && done < total) return;
        lastWrite = now;
        pending = pending.then(() =>
          db.execute(sql`update export_jobs set done = ${done}, total = ${total} where ${where}`),
        );
      },
    });
    await pipeline(stream, createWriteStream(exportFilePath(dataDir, job.id)));
    await pending;
    await db.execute(sql`update export_jobs set status = 'done', file_name = ${fileName},
        done = coalesce(total, done), finished_at = now() where ${where}`);
  } catch (e) {
    console.error(`export ${job.id} failed: ${(e as Error).message}`);
    await db.execute(sql`update export_jobs set status = 'failed',
        error = '导出失败，请稍后重试', finished_at = now() where ${where}`);
  }
}

function removeOldFiles(dataDir: string) {
  const dir = join(dataDir, 'exports');
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (Date.now() - statSync(p).mtimeMs > KEEP_FILES_MS) rmSync(p, { force: true });
  }
}
