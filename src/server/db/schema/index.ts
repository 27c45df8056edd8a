// The database schema, one file per module. drizzle-kit reads this folder to generate
// migrations (npm run db:generate); every table must be exported from here.
export * from './foundation';
export * from './targets';
export * from './matters';
export * from './exports';
export * from './intake';
export * from './projects';
export * from './enterprises';
export * from './security';
export * from './evaluations';
