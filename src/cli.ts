#!/usr/bin/env node
// luoshi serve | migrate | seed-demo | audit verify | reset-admin-password | bench-data
import { parseArgs } from 'node:util';
import { loadConfig } from './server/config';
import { openDatabase } from './server/db/connection';
import { runMigrations } from './server/db/migrate';
import { seedDemoIfEmpty } from './server/demo/seed-demo';
import { verifyAuditChain } from './server/audit/verify';
import { startRuntime } from './server/runtime';
import './server/demo/all-seeders';

const USAGE = `Usage: luoshi <command>
  serve [--demo]         start the server (--demo seeds the Jiaozuo demo workspace on an empty database)
  migrate                apply database migrations
  seed-demo              create the demo workspace if the database is empty
  audit verify           check the audit hash chain; exits 1 and names the record if it is broken
  reset-admin-password <username>   a temporary password for an administrator account, printed once
  bench-data --scale city|province   generate synthetic data for benchmarks`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { demo: { type: 'boolean' }, scale: { type: 'string' } },
  });
  const [command, sub] = positionals;
  const env = { ...process.env };
  if (values.demo) env.LUOSHI_DEMO = 'true';
  const config = loadConfig(env);

  switch (command) {
    case 'serve': {
      const rt = await startRuntime(config);
      await rt.app.listen({ host: config.HOST, port: config.PORT });
      const shutdown = async () => {
        await rt.close();
        process.exit(0);
      };
      process.on('SIGINT', shutdown);
      process.on('SIGTERM', shutdown);
      if (config.LUOSHI_DEMO) {
        console.log(
          `Luoshi demo: http://${config.HOST}:${config.PORT}  (see README for demo accounts)`,
        );
      }
      return;
    }
    case 'migrate':
    case 'seed-demo': {
      const database = await openDatabase({
        databaseUrl: config.DATABASE_URL,
        dataDir: config.LUOSHI_DATA_DIR,
      });
      await runMigrations(database.db);
      if (command === 'seed-demo') {
        console.log(
          (await seedDemoIfEmpty(database.db))
            ? 'demo workspace created'
            : 'database not empty: nothing seeded',
        );
      } else console.log('migrations applied');
      await database.close();
      return;
    }
    case 'audit': {
      if (sub !== 'verify') break;
      const database = await openDatabase({
        databaseUrl: config.DATABASE_URL,
        dataDir: config.LUOSHI_DATA_DIR,
      });
      const result = await verifyAuditChain(database.db);
      await database.close();
      for (const p of result.problems) {
        console.error(`BROKEN workspace ${p.workspaceCode} record #${p.seq}: ${p.problem}`);
      }
      console.log(
        `${result.checked} audit records checked: ${result.ok ? 'chain intact' : 'chain BROKEN'}`,
      );
      process.exitCode = result.ok ? 0 : 1;
      return;
    }
    case 'reset-admin-password': {
      if (!sub) break;
      const { resetAdminPassword } = await import('./server/modules/people/reset-admin-password');
      const database = await openDatabase({
        databaseUrl: config.DATABASE_URL,
        dataDir: config.LUOSHI_DATA_DIR,
      });
      const result = await resetAdminPassword(database.db, sub);
      await database.close();
      if (!result.ok) {
        console.error(result.message);
        process.exitCode = 1;
        return;
      }
      console.log(
        `temporary password for ${sub} (${result.role}), shown once; it must be changed at the next sign-in:`,
      );
      console.log(result.password);
      return;
    }
    case 'bench-data': {
      const { generateBenchData } = await import('../bench/generate');
      const scale = values.scale === 'province' ? 'province' : 'city';
      const database = await openDatabase({
        databaseUrl: config.DATABASE_URL,
        dataDir: config.LUOSHI_DATA_DIR,
      });
      await runMigrations(database.db);
      console.log(await generateBenchData(database.db, scale));
      await database.close();
      return;
    }
  }
  console.error(USAGE);
  process.exitCode = 2;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
