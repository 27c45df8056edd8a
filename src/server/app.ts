import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import authPlugin from './auth/plugin';
import type { Config } from './config';
import type { Database } from './db/connection';
import { AppError } from './errors';
import { fieldLabel, issueMessageZh } from './validation';
import { registerModules } from './modules';
import { MAX_UPLOAD_BYTES } from './uploads';
import { registerTextGuard } from './text-guard';
import { serveWeb } from './web-static';

export interface AppDeps {
  config: Config;
  database: Database;
}

export async function buildApp({ config, database }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.LOG_LEVEL === 'silent' ? false : { level: config.LOG_LEVEL },
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  // Presenters already shape every response; re-validating large lists with Zod cost ~10 ms
  // per 1,000 rows on the event loop (bench/RESULTS.md). Response schemas stay for OpenAPI.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  registerTextGuard(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd injects CSS-in-JS style tags at runtime.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 20 } });
  await app.register(swagger, {
    openapi: { info: { title: 'Luoshi API', version: '0.1.0' } },
    transform: jsonSchemaTransform,
  });
  await app.register(authPlugin, { db: database.db });

  app.get('/api/health', { config: { public: true } }, async () => ({
    ok: true,
    database: database.kind,
  }));
  app.get('/api/openapi.json', { config: { public: true } }, async () => app.swagger());

  await app.register(registerModules, { config, database });
  await serveWeb(app);
  return app;
}

function errorHandler(
  this: FastifyInstance,
  error: FastifyError,
  req: Parameters<Parameters<FastifyInstance['setErrorHandler']>[0]>[1],
  reply: Parameters<Parameters<FastifyInstance['setErrorHandler']>[0]>[2],
) {
  if (error instanceof AppError) {
    return reply.status(error.status).send({
      error: {
        code: error.code,
        message: error.message,
        field: error.field,
        details: error.details,
      },
    });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0]!;
    const path = first.instancePath.split('/').filter(Boolean);
    const part = error.validationContext ?? 'body';
    const schema = (req.routeOptions.schema as Record<string, unknown> | undefined)?.[part];
    const label = fieldLabel(
      schema,
      path.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    );
    return reply.status(400).send({
      error: {
        code: 'validation',
        message: `${label}：${issueMessageZh(first)}`,
        field: path.join('.'),
      },
    });
  }
  if (error.statusCode === 429) {
    return reply
      .status(429)
      .send({ error: { code: 'rate_limited', message: '请求过于频繁，请稍后再试' } });
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    // Fastify's own client errors (bad JSON, wrong content type, body too large).
    return reply
      .status(error.statusCode)
      .send({ error: { code: error.code ?? 'bad_request', message: clientErrorZh(error) } });
  }
  req.log.error({ err: error }, 'unhandled error');
  return reply
    .status(500)
    .send({ error: { code: 'internal', message: '服务器内部错误，请稍后再试' } });
}

function clientErrorZh(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return '不支持的请求内容类型';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return '请求内容过大';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return '请求内容不是有效的 JSON';
    default:
      return '请求有误';
  }
}
