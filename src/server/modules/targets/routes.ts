import type { FastifyInstance } from 'fastify';
import type { ModuleDeps } from '../index';
import excelRoutes from './excel/routes';
import indicatorRoutes from './indicators/routes';
import planRoutes from './plans/routes';
import reportRoutes from './reports/routes';
import viewRoutes from './views/routes';

/** Targets and indicators (issue 3): one plugin registering its sub-modules. */
export default async function targetRoutes(app: FastifyInstance, deps: ModuleDeps) {
  await app.register(indicatorRoutes, deps);
  await app.register(planRoutes, deps);
  await app.register(reportRoutes, deps);
  await app.register(viewRoutes, deps);
  await app.register(excelRoutes, deps);
}
