import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/connection';
import { startEmbeddedPostgres } from '../../src/server/db/embedded-postgres';
import { runMigrations } from '../../src/server/db/migrate';
import { seedDemoIfEmpty } from '../../src/server/demo/seed-demo';
import '../../src/server/demo/all-seeders';
import type { TestDbInfo } from './database';

/**
 * Once per test run: a PostgreSQL server (a fresh embedded PostgreSQL 17, or the server at
 * DATABASE_URL with LUOSHI_TEST_DB=postgres) and two template databases, one migrated and
 * one holding the demo workspace. Every test file then clones a template
 * (CREATE DATABASE … TEMPLATE), which takes a fraction of a second instead of a demo seed.
 * Names carry a run id, so two runs can share one server.
 */
export default async function setup(project: TestProject) {
  const run = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  let adminUrl: string;
  let stopServer = async () => undefined as unknown;
  let kind: TestDbInfo['kind'] = 'embedded';
  if (process.env.LUOSHI_TEST_DB === 'postgres') {
    if (!process.env.DATABASE_URL) throw new Error('LUOSHI_TEST_DB=postgres needs DATABASE_URL');
    adminUrl = process.env.DATABASE_URL;
    kind = 'server';
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'luoshi-test-pg-'));
    const server = await startEmbeddedPostgres({ dataDir: dir, log: () => undefined });
    adminUrl = server.url;
    stopServer = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const emptyTemplate = `luoshi_tpl_empty_${run}`;
  const demoTemplate = `luoshi_tpl_demo_${run}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const name of [emptyTemplate, demoTemplate]) {
      await admin.query(`create database ${name}`);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      const database = await openDatabase({ url: url.toString(), kind, max: 2 });
      await runMigrations(database.db);
      if (name === demoTemplate) await seedDemoIfEmpty(database.db);
      await database.close();
    }
  } finally {
    await admin.end();
  }
  const info: TestDbInfo = { adminUrl, kind, emptyTemplate, demoTemplate };
  project.provide('luoshiTestDb', info);

  return async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    for (const name of [emptyTemplate, demoTemplate]) {
      await c.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
    }
    await c.end();
    await stopServer();
  };
}
