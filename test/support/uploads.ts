import type { ApiClient } from './server';

/** A file posted as the page posts it (multipart, with the caller's session and today). */
function postFile(client: ApiClient, path: string, name: string, data: Buffer, accept?: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  return fetch(client.baseUrl + path, {
    method: 'POST',
    headers: {
      cookie: client.cookie,
      'x-csrf-token': client.csrf,
      'x-luoshi-today': client.today,
      ...(accept ? { accept } : {}),
    },
    body: form,
  });
}

/** A file import answered with plain JSON. */
export async function uploadFile(client: ApiClient, path: string, name: string, data: Buffer) {
  const res = await postFile(client, path, name, data);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read as a page reads it
  return { status: res.status, body: (await res.json()) as any };
}

/**
 * A file import as the page sends it: asking for progress lines (application/x-ndjson, see
 * src/server/progress-stream.ts). Returns the parsed lines; a refusal before the work began
 * comes back as one line holding the JSON error body.
 */
export async function uploadStreamed(client: ApiClient, path: string, name: string, data: Buffer) {
  const res = await postFile(client, path, name, data, 'application/x-ndjson');
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    lines: text
      .trim()
      .split('\n')
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- read as a page reads them
      .map((l) => JSON.parse(l) as any),
  };
}
