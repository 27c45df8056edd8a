// The one way the web app talks to the server: JSON over fetch, the session cookie, and the
// CSRF token on every write. Errors carry the server's Chinese message.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Row-level problems of a rejected import, each naming its row. */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

let csrfToken = '';
export function setCsrfToken(token: string) {
  csrfToken = token;
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();
/** The shell listens so an expired session sends the person back to the sign-in page. */
export function onUnauthenticated(l: Listener) {
  unauthenticatedListeners.add(l);
  return () => {
    unauthenticatedListeners.delete(l);
  };
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  if (res.status === 401 && !path.startsWith('/api/auth/login')) {
    unauthenticatedListeners.forEach((l) => l());
  }
  const isJson = (res.headers.get('content-type') ?? '').includes('json');
  const data = isJson ? await res.json() : null;
  if (!res.ok) {
    const e = data?.error ?? {};
    throw new ApiError(
      res.status,
      e.code ?? 'error',
      e.message ?? '请求失败',
      e.field,
      e.details ?? [],
    );
  }
  return data as T;
}

export interface UploadProgress {
  phase: 'reading' | 'checking' | 'saving';
  done: number;
  total: number;
}

/**
 * POSTs a file and follows the server's progress lines (application/x-ndjson, see
 * src/server/progress-stream.ts) until the result or the error; a server that answers with
 * plain JSON (a refusal before the work started) is handled as by api().
 */
export async function uploadWithProgress<T>(
  path: string,
  form: FormData,
  onProgress: (p: UploadProgress) => void,
): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'x-csrf-token': csrfToken, accept: 'application/x-ndjson, application/json' },
    body: form,
    credentials: 'same-origin',
  });
  if (!(res.headers.get('content-type') ?? '').includes('ndjson') || !res.body) {
    if (res.status === 401) unauthenticatedListeners.forEach((l) => l());
    const data = (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : null;
    if (!res.ok) throw apiErrorOf(res.status, data?.error);
    return data as T;
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = JSON.parse(buffer.slice(0, newline));
      buffer = buffer.slice(newline + 1);
      if (line.progress) onProgress(line.progress);
      else if (line.error) throw apiErrorOf(422, line.error);
      else if ('result' in line) return line.result as T;
    }
    if (done) throw new ApiError(500, 'interrupted', '连接中断，导入结果未知，请刷新页面查看');
  }
}

function apiErrorOf(status: number, e: Record<string, unknown> | undefined): ApiError {
  return new ApiError(
    status,
    (e?.code as string) ?? 'error',
    (e?.message as string) ?? '请求失败',
    e?.field as string | undefined,
    (e?.details as string[]) ?? [],
  );
}

export const get = <T>(path: string) => api<T>('GET', path);
export const post = <T>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
export const del = <T>(path: string) => api<T>('DELETE', path);

/** Query string from an object, skipping empty values. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}
