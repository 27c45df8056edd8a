import { and, eq, sql } from 'drizzle-orm';
import { LIST_DEFS, type ListKind } from '../../../core/projects/stages';
import type { Tx } from '../../db/connection';
import { programmeEntries, programmeRounds, programmes } from '../../db/schema';
import type { Audit } from '../../db/write';
import { badRequest, conflict, forbidden, notFound } from '../../errors';
import type { Caller } from '../matters/context';
import { projectScope } from './access';
import { findProject } from './queries';

/**
 * Puts a project on a programme's list. A round's 投产 list draws on projects already
 * started before the round was held (earlier rounds' started projects).
 */
export async function addEntry(
  tx: Tx,
  audit: Audit,
  caller: Caller,
  programmeId: string,
  e: { round: number | null; list: ListKind; projectId: string },
) {
  const ws = caller.auth.workspaceId;
  if (projectScope(caller.auth, ['supervisor']).length === 0)
    throw forbidden('只有督查人员可以编排清单');
  const [p] = await tx
    .select()
    .from(programmes)
    .where(and(eq(programmes.workspaceId, ws), eq(programmes.id, programmeId)));
  if (!p) throw notFound('项目计划');
  const project = await findProject(tx, ws, e.projectId, projectScope(caller.auth, ['supervisor']));
  if (!project) throw notFound('项目');
  let round: { id: string; name: string; heldOn: string } | null = null;
  if (e.round !== null) {
    const [r] = await tx
      .select()
      .from(programmeRounds)
      .where(
        and(
          eq(programmeRounds.workspaceId, ws),
          eq(programmeRounds.programmeId, programmeId),
          eq(programmeRounds.seq, e.round),
        ),
      );
    if (!r) throw notFound(`第${e.round}期`);
    round = r;
  } else if (p.kind === 'three_batches') {
    throw badRequest('三个一批的清单须指定期次', 'round');
  }
  if (e.list === 'produce' && round) {
    if (!project.startedOn || project.startedOn >= round.heldOn) {
      throw badRequest(
        `「${project.name}」在${round.name}（${round.heldOn}）前未开工，不能列入投产一批`,
        'projectId',
      );
    }
  }
  const next = await tx.execute(sql`select coalesce(max(seq), 0) + 1 as n from programme_entries
    where workspace_id = ${ws} and programme_id = ${programmeId} and list = ${e.list}
      and round_id is not distinct from ${round?.id ?? null}::uuid`);
  const seq = Number((next.rows[0] as { n: number }).n);
  const inserted = await tx
    .insert(programmeEntries)
    .values({
      workspaceId: ws,
      programmeId,
      roundId: round?.id ?? null,
      list: e.list,
      projectId: e.projectId,
      seq,
    })
    .onConflictDoNothing()
    .returning({ id: programmeEntries.id });
  if (inserted.length === 0) throw conflict(`「${project.name}」已在该清单中`);
  await audit({
    action: 'programme.entry_added',
    entityType: 'project',
    entityId: e.projectId,
    summary: `列入${p.name}${round ? round.name : ''}${LIST_DEFS[e.list].zh}：${project.name}`,
    after: { programmeId, round: e.round, list: e.list },
  });
}

/** A new programme (三个一批 runs in rounds; a plain one such as 灾后重建 has one set of lists). */
export async function createProgramme(
  tx: Tx,
  audit: Audit,
  caller: Caller,
  p: { name: string; kind: 'three_batches' | 'plain'; description: string },
) {
  if (projectScope(caller.auth, ['supervisor']).length === 0)
    throw forbidden('只有督查人员可以新建项目计划');
  const id = crypto.randomUUID();
  await tx.insert(programmes).values({ workspaceId: caller.auth.workspaceId, id, ...p });
  await audit({
    action: 'programme.created',
    entityType: 'programme',
    entityId: id,
    summary: `新建项目计划：${p.name}`,
    after: p,
  });
  return id;
}

/** The next round (期) of a programme, numbered in order. */
export async function addRound(
  tx: Tx,
  audit: Audit,
  caller: Caller,
  programmeId: string,
  r: { name?: string; heldOn: string },
) {
  const ws = caller.auth.workspaceId;
  if (projectScope(caller.auth, ['supervisor']).length === 0)
    throw forbidden('只有督查人员可以新增期次');
  const [p] = await tx
    .select()
    .from(programmes)
    .where(and(eq(programmes.workspaceId, ws), eq(programmes.id, programmeId)));
  if (!p) throw notFound('项目计划');
  if (p.kind !== 'three_batches') throw badRequest('该项目计划不分期次');
  const last = await tx.execute(sql`select seq, held_on::text as "heldOn" from programme_rounds
    where workspace_id = ${ws} and programme_id = ${programmeId} order by seq desc limit 1`);
  const prev = last.rows[0] as { seq: number; heldOn: string } | undefined;
  if (prev && r.heldOn <= prev.heldOn) {
    throw badRequest(`本期日期（${r.heldOn}）须晚于上一期日期（${prev.heldOn}）`, 'heldOn');
  }
  const seq = (prev?.seq ?? 0) + 1;
  const name = r.name ?? `第${'一二三四五六七八九十'[seq - 1] ?? seq}期`;
  await tx
    .insert(programmeRounds)
    .values({ workspaceId: ws, programmeId, seq, name, heldOn: r.heldOn });
  await audit({
    action: 'programme.round_added',
    entityType: 'programme',
    entityId: programmeId,
    summary: `${p.name}新增${name}（${r.heldOn}）`,
    after: { seq, name, heldOn: r.heldOn },
  });
  return seq;
}
