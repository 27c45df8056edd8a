import { todayInShanghai } from '../../../core/dates';
import type { Db } from '../../db/connection';
import { workspaces } from '../../db/schema';
import { listSchemes } from '../evaluations/queries';
import { rememberedEvaluation } from '../evaluations/results';

/**
 * Computes, once a process starts serving, what every caller's cockpit shares: each
 * evaluation's results, remembered for all callers (evaluations/results.ts). Without it the
 * first cockpit after a start computed them while its caller waited (the demo: 0.6 s of a
 * 0.65 s answer). Runs in the background; requests meanwhile compute as usual.
 */
export async function warmCockpit(db: Db): Promise<void> {
  const today = todayInShanghai(new Date());
  for (const { id } of await db.select({ id: workspaces.id }).from(workspaces)) {
    const schemes = await listSchemes(db, id);
    await Promise.all(schemes.map((scheme) => rememberedEvaluation(db, { scheme, today })));
  }
}
