// Text intake use cases: read a report into a stored draft of proposals, show it, apply a
// person's review. The commit (plan, list, matters in one transaction) is in commit.ts.
import { createHash } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import { cleanText, extractProposals } from '../../../core/intake/extract';
import { applyReview, ReviewError, type ReviewOp } from '../../../core/intake/review';
import type { UnitRef } from '../../../core/intake/units';
import { inScope, pathInScope } from '../../auth/scope';
import type { AuthContext, RoleGrant } from '../../auth/session-store';
import type { Db, DbOrTx } from '../../db/connection';
import { intakes, units, type IntakeRow } from '../../db/schema';
import { writeTx } from '../../db/write';
import { badRequest, forbidden, notFound } from '../../errors';
import type { Caller } from '../matters/context';
import { INTAKE_TEXT_MAX } from './schema';

/** The supervisor grant the intake works at: the highest one (the whole city for 督查室). */
export function supervisorGrant(auth: AuthContext): RoleGrant {
  const grants = auth.roles.filter((g) => g.role === 'supervisor');
  if (grants.length === 0) throw forbidden('只有督查人员可以使用文本转台账');
  return [...grants].sort((a, b) => a.unitPath.length - b.unitPath.length)[0]!;
}

export function supervisorPaths(auth: AuthContext): string[] {
  return auth.roles.filter((g) => g.role === 'supervisor').map((g) => g.unitPath);
}

/** Units the extractor may name: active units under the grant, depth relative to it. */
export async function unitRefs(
  db: DbOrTx,
  ws: string,
  grant: RoleGrant,
): Promise<(UnitRef & { path: string })[]> {
  const rows = await db
    .select({
      id: units.id,
      name: units.name,
      kind: units.kind,
      depth: units.depth,
      path: units.path,
    })
    .from(units)
    .where(
      and(eq(units.workspaceId, ws), eq(units.active, true), inScope(units.path, [grant.unitPath])),
    );
  const rootDepth = Math.min(...rows.map((r) => r.depth));
  return rows.map((r) => ({ ...r, depth: r.depth - rootDepth }));
}

export async function createIntake(
  db: Db,
  caller: Caller,
  o: { title: string; planYear: number; text: string; sourceName: string },
): Promise<{ id: string; existing: boolean }> {
  const ws = caller.auth.workspaceId;
  const grant = supervisorGrant(caller.auth);
  const text = cleanText(o.text);
  if (!text) throw badRequest('文本内容为空', 'text');
  if (text.length > INTAKE_TEXT_MAX) {
    throw badRequest(
      `文本超过 ${INTAKE_TEXT_MAX} 字（现有 ${text.length} 字），请分段提交`,
      'text',
    );
  }
  const textHash = createHash('sha256')
    .update(`${grant.unitId}\n${o.planYear}\n${text}`)
    .digest('hex');
  const [same] = await db
    .select({ id: intakes.id })
    .from(intakes)
    .where(and(eq(intakes.workspaceId, ws), eq(intakes.textHash, textHash)));
  // The same report read again: the earlier draft (or ledger) is the answer, nothing duplicates.
  if (same) return { id: same.id, existing: true };
  const refs = await unitRefs(db, ws, grant);
  const t0 = performance.now();
  const ex = extractProposals(text, { planYear: o.planYear, units: refs });
  const extractionMs = Math.round(performance.now() - t0);
  return writeTx(db, caller.actor, async (tx, audit) => {
    const id = crypto.randomUUID();
    await tx.insert(intakes).values({
      workspaceId: ws,
      id,
      unitId: grant.unitId,
      title: o.title,
      planYear: o.planYear,
      sourceName: o.sourceName,
      text: ex.text,
      textHash,
      sections: ex.sections,
      proposals: ex.proposals,
      extractionMs,
      createdBy: caller.auth.userId,
    });
    await audit({
      action: 'intake.created',
      entityType: 'intake',
      entityId: id,
      summary: `文本转台账：读取《${o.title}》（${text.length} 字，${ex.proposals.length} 条提案）`,
      after: { title: o.title, planYear: o.planYear, sourceName: o.sourceName, chars: text.length },
    });
    return { id, existing: false };
  });
}

/** An intake the caller may work on (its unit in their supervisor scope), or 404. */
export async function findIntake(db: DbOrTx, auth: AuthContext, id: string, lock = false) {
  const paths = supervisorPaths(auth);
  if (paths.length === 0) throw forbidden('只有督查人员可以使用文本转台账');
  const q = db
    .select({ intake: intakes, unitName: units.name, unitPath: units.path })
    .from(intakes)
    .innerJoin(units, and(eq(units.workspaceId, intakes.workspaceId), eq(units.id, intakes.unitId)))
    .where(and(eq(intakes.workspaceId, auth.workspaceId), eq(intakes.id, id)));
  const [row] = lock ? await q.for('update', { of: intakes }) : await q;
  if (!row || !pathInScope(row.unitPath, paths)) throw notFound('文本');
  return row;
}

export async function listIntakes(db: DbOrTx, auth: AuthContext) {
  const paths = supervisorPaths(auth);
  if (paths.length === 0) throw forbidden('只有督查人员可以使用文本转台账');
  return db
    .select({ intake: intakes, unitName: units.name, unitPath: units.path })
    .from(intakes)
    .innerJoin(units, and(eq(units.workspaceId, intakes.workspaceId), eq(units.id, intakes.unitId)))
    .where(and(eq(intakes.workspaceId, auth.workspaceId), inScope(units.path, paths)))
    .orderBy(desc(intakes.createdAt))
    .limit(100);
}

/** Applies a person's review operations, all or none; each operation is one edit. */
export async function reviewIntake(
  db: Db,
  caller: Caller,
  id: string,
  ops: ReviewOp[],
): Promise<void> {
  const ws = caller.auth.workspaceId;
  await writeTx(db, caller.actor, async (tx, audit) => {
    const { intake, unitPath } = await findIntake(tx, caller.auth, id, true);
    if (intake.status !== 'draft') throw badRequest('台账已创建，提案不能再修改', 'ops');
    const refs = await tx
      .select({ id: units.id })
      .from(units)
      .where(
        and(eq(units.workspaceId, ws), eq(units.active, true), inScope(units.path, [unitPath])),
      );
    const known = new Set(refs.map((r) => r.id));
    let proposals = intake.proposals;
    for (const [i, op] of ops.entries()) {
      try {
        proposals = applyReview(proposals, op, (u) => known.has(u));
      } catch (e) {
        if (e instanceof ReviewError)
          throw badRequest(`第 ${i + 1} 项操作：${e.message}`, `ops.${i}.${e.field}`);
        throw e;
      }
    }
    await tx
      .update(intakes)
      .set({
        proposals,
        editCount: sql`${intakes.editCount} + ${ops.length}`,
        updatedAt: new Date(),
      })
      .where(and(eq(intakes.workspaceId, ws), eq(intakes.id, id)));
    await audit({
      action: 'intake.reviewed',
      entityType: 'intake',
      entityId: id,
      summary: `文本转台账：审核《${intake.title}》（${ops.map((o) => o.op).join('、')}）`,
      after: { ops },
    });
  });
}

export type IntakeWithUnit = { intake: IntakeRow; unitName: string; unitPath: string };
