import { sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password';
import type { Db, Tx } from '../db/connection';
import { roleAssignments, users } from '../db/schema';
import {
  createWorkspace,
  workspaceCount,
  type CreatedWorkspace,
} from '../workspace/create-workspace';
import { prefectureDivisions, type UnitSpec } from '../workspace/divisions';
import { DEMO_ACCOUNTS, DEMO_DEPARTMENTS, DEMO_PASSWORD } from './accounts';

export const DEMO_WORKSPACE_CODE = 'jiaozuo';

/** Later features add their demo data here, in the same transaction as the workspace. */
export type DemoSeeder = (tx: Tx, ws: CreatedWorkspace) => Promise<void>;
const seeders: { label: string; seed: DemoSeeder }[] = [];
/** `label` names the data in the start-up log (演示数据 2/5：目标指标). */
export function addDemoSeeder(label: string, seed: DemoSeeder) {
  seeders.push({ label, seed });
}

/** Jiaozuo (410800): its 11 county-level units, their townships, and the city departments. */
export function jiaozuoUnits(): UnitSpec {
  const city = prefectureDivisions('4108');
  city.children = [
    ...(city.children ?? []),
    ...DEMO_DEPARTMENTS.map((d) => ({ ...d, kind: 'department' as const })),
  ];
  return city;
}

/** Creates the demo workspace when the database has none. Returns false if it already had one. */
export async function seedDemoIfEmpty(
  db: Db,
  log: (line: string) => void = () => undefined,
): Promise<boolean> {
  if ((await workspaceCount(db)) > 0) return false;
  log('正在创建演示工作区（焦作市）：单位与账号…');
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await createWorkspace(
    db,
    { code: DEMO_WORKSPACE_CODE, name: '焦作市', demo: true, root: jiaozuoUnits() },
    async (tx, ws) => {
      await insertDemoAccounts(tx, ws, passwordHash);
      for (const [i, { label, seed }] of seeders.entries()) {
        log(`演示数据 ${i + 1}/${seeders.length}：${label}…`);
        await seed(tx, ws);
      }
    },
  );
  // Fresh tables have no statistics; without them the planner guesses one row per table.
  await db.execute(sql`analyze`);
  return true;
}

async function insertDemoAccounts(tx: Tx, ws: CreatedWorkspace, passwordHash: string) {
  const unit = (code: string) => {
    const id = ws.unitIds.get(code);
    if (!id) throw new Error(`demo unit ${code} missing`);
    return id;
  };
  for (const a of DEMO_ACCOUNTS) {
    const id = crypto.randomUUID();
    await tx.insert(users).values({
      workspaceId: ws.workspaceId,
      id,
      username: a.username,
      displayName: a.displayName,
      unitId: unit(a.unitCode),
      passwordHash,
      mustChangePassword: false,
    });
    await tx.insert(roleAssignments).values(
      a.roles.map((r) => ({
        workspaceId: ws.workspaceId,
        userId: id,
        role: r.role,
        unitId: unit(r.unitCode),
      })),
    );
  }
}
