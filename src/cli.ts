#!/usr/bin/env node
// luoshi serve | migrate | seed-demo | audit verify | reset-admin-password | bench-data
import { parseArgs } from 'node:util';
import { loadConfig } from './server/config';
import { openConfiguredDatabase } from './server/db/open';
import { runMigrations } from './server/db/migrate';
import { seedDemoIfEmpty } from './server/demo/seed-demo';
import { configuredAnchorStore } from './server/audit/anchor-store';
import { readAnchors } from './server/audit/anchors';
import { verifyAuditChain } from './server/audit/verify';
import { analyze } from './server/runtime';
import { serve } from './server/serve';
import './server/demo/all-seeders';

const USAGE = `Usage: luoshi <command>
  serve [--demo]         start the server (--demo seeds the Jiaozuo demo workspace on an empty database)
  migrate                apply database migrations
  seed-demo              create the demo workspace if the database is empty
  audit verify           check the audit hash chain; exits 1 and names the record if it is broken
  reset-admin-password <username>   a temporary password for an administrator account, printed once
  bench-data --scale city|province [--matters N]   synthetic data for benchmarks (N matters: a city)
  bench-data --projects N   a province with N key projects, monthly investment, a 三个一批 programme`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      scale: { type: 'string' },
      matters: { type: 'string' },
      projects: { type: 'string' },
    },
  });
  const [command, sub] = positionals;
  const env = { ...process.env };
  if (values.demo) env.LUOSHI_DEMO = 'true';
  const config = loadConfig(env);

  switch (command) {
    case 'serve':
      await serve(config);
      return;
    case 'migrate':
    case 'seed-demo': {
      const database = await openConfiguredDatabase(config);
      await runMigrations(database.db);
      if (command === 'seed-demo') {
        console.log(
          (await seedDemoIfEmpty(database.db, console.log))
            ? 'demo workspace created'
            : 'database not empty: nothing seeded',
        );
      } else console.log('migrations applied');
      await database.close();
      return;
    }
    case 'audit': {
      if (sub !== 'verify') break;
      const database = await openConfiguredDatabase(config);
      const result = await verifyAuditChain(database.db, {
        anchors: readAnchors(configuredAnchorStore(config)),
      });
      await database.close();
      for (const p of result.problems) {
        const record = p.record === null ? '' : ` record #${p.record}`;
        console.error(
          `BROKEN workspace ${p.workspaceCode} chain position ${p.seq}${record}: ${p.problem}`,
        );
      }
      console.log(
        `${result.checked} audit records checked against ${result.anchorsChecked} anchors, ` +
          `${result.pending} not sealed yet: ${result.ok ? 'chain intact' : 'chain BROKEN'}`,
      );
      process.exitCode = result.ok ? 0 : 1;
      return;
    }
    case 'reset-admin-password': {
      if (!sub) break;
      const { resetAdminPassword } = await import('./server/modules/people/reset-admin-password');
      const database = await openConfiguredDatabase(config);
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
      const database = await openConfiguredDatabase(config);
      await runMigrations(database.db);
      if (values.projects) {
        const { generateProvinceProjects } = await import('../bench/projects');
        const n = Number(values.projects);
        if (!Number.isInteger(n) || n < 1)
          throw new Error('--projects must be a positive whole number');
        console.log(JSON.stringify(await generateProvinceProjects(database.db, n)));
      } else if (values.matters) {
        const { generateCityMatters } = await import('../bench/city-matters');
        const n = Number(values.matters);
        if (!Number.isInteger(n) || n < 1)
          throw new Error('--matters must be a positive whole number');
        console.log(JSON.stringify(await generateCityMatters(database.db, n)));
      } else console.log(await generateBenchData(database.db, scale));
      await analyze(database);
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
