import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const WEB_DIST = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Serves the built React app, with index.html for client-side routes. */
export async function serveWeb(app: FastifyInstance): Promise<void> {
  if (!existsSync(WEB_DIST)) {
    app.log.warn('dist/web is missing: run `npm run build:web` to serve the web app');
    return;
  }
  await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET') {
      return reply.status(404).send({ error: { code: 'not_found', message: '接口不存在' } });
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
