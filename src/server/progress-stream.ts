import { PassThrough } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors';

/** Where a long import stands: what it is doing, and how far (rows) when it can tell. */
export type ProgressPhase = 'reading' | 'checking' | 'saving';
export type ReportProgress = (phase: ProgressPhase, done: number, total: number) => void;

export const NDJSON = 'application/x-ndjson';
// A progress line at most this often: enough for a bar, not a line per row.
const MIN_INTERVAL_MS = 150;

/**
 * Runs long work (an import of a few thousand rows) and, when the client asks for it with
 * `Accept: application/x-ndjson`, streams its progress as JSON lines
 *   {"progress":{"phase":"saving","done":800,"total":2000}} … then {"result":…} or {"error":…}
 * so the page can draw a bar. Nothing is streamed until the work reports its first progress:
 * a refusal before that (no permission, not a .xlsx) keeps its HTTP status and JSON body.
 * Other clients get the plain JSON answer, as before. The work stays one transaction: an error
 * line means nothing was saved.
 */
export async function withProgress<T>(
  req: FastifyRequest,
  reply: FastifyReply,
  work: (progress: ReportProgress) => Promise<T>,
): Promise<T | FastifyReply> {
  if (!(req.headers.accept ?? '').includes(NDJSON)) return work(() => undefined);
  let stream: PassThrough | null = null;
  let last = 0;
  const progress: ReportProgress = (phase, done, total) => {
    if (!stream) {
      stream = new PassThrough();
      void reply.type(NDJSON).header('cache-control', 'no-store').send(stream);
    }
    const now = Date.now();
    if (now - last < MIN_INTERVAL_MS && done !== total) return;
    last = now;
    stream.write(JSON.stringify({ progress: { phase, done, total } }) + '\n');
  };
  try {
    const result = await work(progress);
    if (!stream) return result;
    (stream as PassThrough).end(JSON.stringify({ result }) + '\n');
  } catch (e) {
    if (!stream) throw e;
    if (!(e instanceof AppError)) req.log.error({ err: e }, 'unhandled error in a streamed import');
    (stream as PassThrough).end(JSON.stringify({ error: errorBody(e) }) + '\n');
  }
  return reply;
}

function errorBody(e: unknown) {
  if (e instanceof AppError)
    return { code: e.code, message: e.message, field: e.field, details: e.details };
  return { code: 'internal', message: '服务器内部错误，请稍后再试' };
}
