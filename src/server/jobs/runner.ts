import PgBoss from 'pg-boss';
import { todayInShanghai } from '../../core/dates';
import type { Config } from '../config';
import type { Database } from '../db/connection';
import { runEscalation } from './escalation';

export const ESCALATION_QUEUE = 'matters-escalation';
/** Every morning at 08:30 Beijing time. */
export const ESCALATION_CRON = '30 8 * * *';

export interface JobRunner {
  boss: PgBoss;
  stop(): Promise<void>;
}

/**
 * pg-boss keeps its queue in the same database. On PGlite it goes through the same pool (one
 * connection), so its polling waits for a running transaction instead of competing with it.
 */
export async function startJobs(database: Database, config: Config): Promise<JobRunner> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => database.pool.query(text, values) },
    schema: 'pgboss',
  });
  boss.on('error', (err) => console.error('job queue error:', err.message));
  await boss.start();
  await boss.createQueue(ESCALATION_QUEUE);
  await boss.schedule(ESCALATION_QUEUE, ESCALATION_CRON, {}, { tz: 'Asia/Shanghai' });
  await boss.work<{ today?: string }>(ESCALATION_QUEUE, async (jobs) => {
    for (const job of jobs) {
      const today = job.data?.today ?? todayInShanghai(new Date());
      await runEscalation(database.db, { today, config });
    }
  });
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 10_000 }) };
}
