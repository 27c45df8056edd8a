// Importing this module registers every feature's demo seeder with seed-demo.ts.
// Feature modules add one import line each.
import { seedDemoEvaluations } from '../modules/evaluations/demo/seed';
import { seedDemoTargets } from '../modules/targets/demo/seed';
import { seedDemoProjects } from '../modules/projects/demo/seed';
import { seedDemoEnterprises } from '../modules/enterprises/demo/seed';
import { addDemoSeeder } from './seed-demo';
import './seed-matters';

addDemoSeeder('目标指标', seedDemoTargets);
addDemoSeeder('重点项目', (tx, ws) => seedDemoProjects(tx, ws));
addDemoSeeder('企业培育', seedDemoEnterprises);
// Last, after matters (registered by the import above), targets, projects and enterprises:
// the evaluation schemes read all of them.
addDemoSeeder('考核评价', (tx, ws) => seedDemoEvaluations(tx, ws));
