// Importing this module registers every feature's demo seeder with seed-demo.ts.
// Feature modules add one import line each.
import { seedDemoEvaluations } from '../modules/evaluations/demo/seed';
import { seedDemoTargets } from '../modules/targets/demo/seed';
import { seedDemoProjects } from '../modules/projects/demo/seed';
import { seedDemoEnterprises } from '../modules/enterprises/demo/seed';
import { addDemoSeeder } from './seed-demo';
import './seed-matters';

addDemoSeeder(seedDemoTargets);
addDemoSeeder((tx, ws) => seedDemoProjects(tx, ws));
addDemoSeeder(seedDemoEnterprises);
// Last, after matters (registered by the import above), targets, projects and enterprises:
// the evaluation schemes read all of them.
addDemoSeeder((tx, ws) => seedDemoEvaluations(tx, ws));
