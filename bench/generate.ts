import { hashPassword } from '../src/server/auth/password';
import type { Db, Tx } from '../src/server/db/connection';
import { roleAssignments, users } from '../src/server/db/schema';
import { createWorkspace } from '../src/server/workspace/create-workspace';
import {
  prefectureDivisions,
  provinceDivisions,
  type UnitSpec,
} from '../src/server/workspace/divisions';

export type Scale = 'city' | 'province';

/** Every synthetic account signs in with this password. */
export const BENCH_PASSWORD = 'Bench@2026x';

/**
 * Synthetic workspaces for benchmarks, built from real GB/T 2260 divisions:
 * city = Jiaozuo (11 county units, ~100 townships); province = Henan (18 cities, 181 county
 * units, 2,586 townships). People: a supervisor per city, a liaison and a viewer per county
 * unit, a liaison per township.
 */
export async function generateBenchData(db: Db, scale: Scale): Promise<string> {
  const root = scale === 'city' ? prefectureDivisions('4108') : provinceDivisions('41');
  const code = `b${scale[0]}${Date.now().toString(36)}`; // short: usernames are <= 32 chars
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  let people = 0;
  const started = Date.now();
  const ws = await createWorkspace(
    db,
    { code, name: `${root.name}（基准测试）`, demo: false, root },
    async (tx, created) => {
      people = await insertPeople(
        tx,
        created.workspaceId,
        created.unitIds,
        root,
        code,
        passwordHash,
      );
    },
  );
  return JSON.stringify({
    workspace: code,
    units: ws.unitIds.size,
    people,
    usernamePrefix: code,
    password: BENCH_PASSWORD,
    seconds: (Date.now() - started) / 1000,
  });
}

async function insertPeople(
  tx: Tx,
  workspaceId: string,
  unitIds: Map<string, string>,
  root: UnitSpec,
  prefix: string,
  passwordHash: string,
): Promise<number> {
  const userRows: (typeof users.$inferInsert)[] = [];
  const grantRows: (typeof roleAssignments.$inferInsert)[] = [];
  const add = (unitCode: string, suffix: string, role: 'supervisor' | 'liaison' | 'viewer') => {
    const id = crypto.randomUUID();
    const unitId = unitIds.get(unitCode)!;
    userRows.push({
      workspaceId,
      id,
      username: `${prefix}-${unitCode}-${suffix}`,
      displayName: `${role}-${unitCode}`,
      unitId,
      passwordHash,
      mustChangePassword: false,
    });
    grantRows.push({ workspaceId, userId: id, role, unitId });
  };
  const walk = (u: UnitSpec) => {
    if (u.kind === 'city') add(u.code, 'sup', 'supervisor');
    else if (u.kind === 'township' || u.kind === 'street') add(u.code, 'lia', 'liaison');
    else {
      add(u.code, 'lia', 'liaison');
      add(u.code, 'view', 'viewer');
    }
    u.children?.forEach(walk);
  };
  walk(root);
  for (let i = 0; i < userRows.length; i += 500) {
    await tx.insert(users).values(userRows.slice(i, i + 500));
    await tx.insert(roleAssignments).values(grantRows.slice(i, i + 500));
  }
  return userRows.length;
}
