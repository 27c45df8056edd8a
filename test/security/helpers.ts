// Helpers shared by the security tests (multipart by hand, so file names reach the server
// byte for byte as an attacker would send them).
import type { ApiClient, ApiResponse } from '../support/server';

/** A multipart upload with the file name sent raw (filename="…") or RFC 5987 encoded. */
export async function uploadRaw(
  client: ApiClient,
  path: string,
  fileName: string,
  data: Buffer,
  opts: { encoded?: boolean; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const boundary = '----luoshi' + Math.random().toString(16).slice(2);
  const disposition = opts.encoded
    ? `form-data; name="file"; filename*=UTF-8''${encodeURIComponent(fileName)}`
    : `form-data; name="file"; filename="${fileName}"`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: ${disposition}\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const body = Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const headers: Record<string, string> = {
    'content-type': `multipart/form-data; boundary=${boundary}`,
    ...opts.headers,
  };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrf) headers['x-csrf-token'] = client.csrf;
  const res = await fetch(client.baseUrl + path, { method: 'POST', headers, body });
  const type = res.headers.get('content-type') ?? '';
  const parsed = type.includes('json') ? await res.json() : await res.text();
  return { status: res.status, body: parsed, headers: res.headers };
}

/** True when the text is a Chinese sentence (at least one CJK character). */
export function isChinese(text: unknown): boolean {
  return typeof text === 'string' && /[\u4e00-\u9fff]/.test(text);
}
