import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const WEB_DIST = fileURLToPath(new URL('../../dist/web', import.meta.url));
const ASSETS = join(WEB_DIST, 'assets');

/**
 * Serves the built React app, with index.html for client-side routes. Files under assets/
 * carry a content hash in their names, so the browser keeps them for a year without asking
 * again; index.html (which names them) is checked on every visit. The build writes .br and .gz
 * beside each asset (vite.config.ts), sent to browsers that accept them.
 */
export async function serveWeb(app: FastifyInstance): Promise<void> {
  if (!existsSync(WEB_DIST)) {
    app.log.warn('dist/web is missing: run `npm run build:web` to serve the web app');
    return;
  }
  await app.register(fastifyStatic, {
    root: WEB_DIST,
    wildcard: false,
    preCompressed: true,
    // Set per file below (send's own header would override setHeaders).
    cacheControl: false,
    setHeaders(res, path) {
      res.setHeader(
        'cache-control',
        path.startsWith(ASSETS) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'not_found', message: '接口不存在' } });
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
