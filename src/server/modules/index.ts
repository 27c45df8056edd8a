import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import type { Database } from '../db/connection';
import authRoutes from './auth/routes';
import auditRoutes from './audit/routes';
import peopleRoutes from './people/routes';
import settingsRoutes from './settings/routes';
import targetRoutes from './targets/routes';
import unitRoutes from './units/routes';
import calendarRoutes from './calendar/routes';
import matterListRoutes from './matter-lists/routes';
import matterStatsRoutes from './matter-stats/routes';
import matterCountRoutes from './matters/counts';
import matterRoutes from './matters/routes';
import matterSettingsRoutes from './matters/settings-routes';
import cockpitRoutes from './cockpit/routes';
import evaluationRoutes from './evaluations/routes';
import noticeRoutes from './notices/routes';
import notificationRoutes from './notifications/routes';
import exportRoutes from './exports/routes';
import intakeRoutes from './intake/routes';
import projectRoutes from './projects/routes';
import enterpriseRoutes from './enterprises/routes';

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
  await app.register(calendarRoutes, deps);
  await app.register(matterSettingsRoutes, deps);
  await app.register(matterListRoutes, deps);
  await app.register(matterStatsRoutes, deps);
  await app.register(matterCountRoutes, deps);
  await app.register(matterRoutes, deps);
  await app.register(noticeRoutes, deps);
  await app.register(notificationRoutes, deps);
  await app.register(exportRoutes, deps);
  await app.register(intakeRoutes, deps);
  await app.register(projectRoutes, deps);
  await app.register(enterpriseRoutes, deps);
  await app.register(evaluationRoutes, deps);
  await app.register(cockpitRoutes, deps);
}
