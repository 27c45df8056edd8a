// Importing this module registers every feature's demo seeder with seed-demo.ts.
// Feature modules add one import line each.
import './seed-matters';
export {};
