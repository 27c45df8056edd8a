// GET /api/matters/counts: the numbers beside the matters list (home page), computed with the
// list's own filters and visibility, so a count and the list it opens always agree.
import { and, eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addNaturalDays } from '../../../core/dates';
import { memoRow } from '../../db/count-memo';
import type { ModuleDeps } from '../index';
import { matterScope, OPEN_STATUS_SQL, scopeUnitIds, uuidArray } from './access';
import { callerOf } from './detail';
import { conditions, lu, m } from './queries';
import { ListMattersQuery } from './schema';
import { loadMatterSettings } from './settings';

const CountsQuery = ListMattersQuery.omit({ page: true, pageSize: true, status: true });
const MatterCounts = z.object({
  open: z.number(),
  red: z.number(),
  yellow: z.number(),
  green: z.number(),
  overdue: z.number(),
  /** Open matters the caller's units only cooperate on (配合), included in `open`. */
  cooperating: z.number(),
});

export default async function matterCountRoutes(
  fastify: FastifyInstance,
  { database, config }: ModuleDeps,
) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = database;

  app.get(
    '/api/matters/counts',
    { schema: { querystring: CountsQuery, response: { 200: MatterCounts } } },
    async (req) => {
      const caller = callerOf(req, config);
      const ws = caller.auth.workspaceId;
      const paths = matterScope(caller.auth);
      const { yellowWithinDays } = await loadMatterSettings(db, ws, caller.auth.settings);
      const unitIds = await scopeUnitIds(db, ws, paths);
      const where = conditions(ws, unitIds, caller.today, yellowWithinDays, {
        ...req.query,
        status: 'open',
      });
      const today = sql`${caller.today}::date`;
      const until = sql`${addNaturalDays(caller.today, yellowWithinDays)}::date`;
      const led = unitIds === null ? sql`true` : sql`${m.leadUnitId} = any(${uuidArray(unitIds)})`;
      const row = await memoRow<Omit<z.infer<typeof MatterCounts>, 'green'>>(
        db,
        db
          .select({
            open: sql<number>`count(*)::int`.as('open'),
            red: sql<number>`count(*) filter (where ${m.nextDue} < ${today})::int`.as('red'),
            yellow:
              sql<number>`count(*) filter (where ${m.nextDue} >= ${today} and ${m.nextDue} <= ${until})::int`.as(
                'yellow',
              ),
            overdue: sql<number>`count(*) filter (where ${m.finalDue} < ${today})::int`.as(
              'overdue',
            ),
            cooperating: sql<number>`count(*) filter (where not (${led}))::int`.as('cooperating'),
          })
          .from(m)
          .innerJoin(lu, and(eq(lu.workspaceId, m.workspaceId), eq(lu.id, m.leadUnitId)))
          .where(and(where, sql`${m.status} in ${OPEN_STATUS_SQL}`))
          .getSQL(),
      );
      return { ...row, green: row.open - row.red - row.yellow };
    },
  );
}
