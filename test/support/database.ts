import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/server/db/connection';

/** What global-setup.ts prepared for this run. */
export interface TestDbInfo {
  adminUrl: string;
  kind: 'embedded' | 'server';
  emptyTemplate: string;
  demoTemplate: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    luoshiTestDb: TestDbInfo;
  }
}

/**
 * A fresh database for one test file, cloned from the run's template: migrated and, unless
 * `demo: false`, holding the Jiaozuo demo workspace. close() drops it. Test files run in
 * parallel without seeing each other's rows.
 */
export async function freshDatabase(opts: { demo?: boolean } = {}): Promise<Database> {
  const info = inject('luoshiTestDb');
  const template = opts.demo === false ? info.emptyTemplate : info.demoTemplate;
  const name = `luoshi_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(info.adminUrl, `create database ${name} template ${template}`);
  const url = new URL(info.adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), kind: info.kind });
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(info.adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}
