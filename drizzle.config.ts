import { defineConfig } from 'drizzle-kit';

// Only used to generate SQL migrations from src/server/db/schema.ts (`npm run db:generate`).
// Migrations are applied by the app at start-up, never by the drizzle-kit CLI.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema/index.ts',
  out: './drizzle',
});
