import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/connection';
import authRoutes from './auth/routes';
import auditRoutes from './audit/routes';
import peopleRoutes from './people/routes';
import settingsRoutes from './settings/routes';
import targetRoutes from './targets/routes';
import unitRoutes from './units/routes';

export interface ModuleDeps {
  config: Config;
  database: Database;
}

/** Every feature module registers its routes here. */
export async function registerModules(app: FastifyInstance, deps: ModuleDeps) {
  await app.register(authRoutes, deps);
  await app.register(unitRoutes, deps);
  await app.register(peopleRoutes, deps);
  await app.register(auditRoutes, deps);
  await app.register(settingsRoutes, deps);
  await app.register(targetRoutes, deps);
}
