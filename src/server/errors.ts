// One error module: typed errors with a stable code, an HTTP status and a Chinese message.
// The global handler in app.ts turns anything else into a 500 with no internals.

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Row-level problems of an import, each a Chinese sentence. */
    readonly details?: string[],
  ) {
    super(message);
  }
}

export const badRequest = (message: string, field?: string) =>
  new AppError(400, 'bad_request', message, field);
export const unauthenticated = (message = '请先登录') =>
  new AppError(401, 'unauthenticated', message);
/** Forbidden objects are reported as "not found", so their existence does not leak. */
export const notFound = (what = '记录') =>
  new AppError(404, 'not_found', `${what}不存在或无权访问`);
export const forbidden = (message = '无权执行此操作') => new AppError(403, 'forbidden', message);
export const conflict = (message: string, field?: string) =>
  new AppError(409, 'conflict', message, field);
