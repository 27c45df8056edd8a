import { refreshLatestInvestment } from '../investment-latest';
import { todayInShanghai } from '../../../../core/dates';
import { recordAudit } from '../../../audit/record';
import type { Tx } from '../../../db/connection';
import {
  programmeEntries,
  programmeRounds,
  programmes,
  projectInvestments,
  projects,
} from '../../../db/schema';
import type { CreatedWorkspace } from '../../../workspace/create-workspace';
import { demoProjects, ROUNDS, ytdFor } from './data';
import { taskForceProjects } from './task-forces';

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}

/**
 * The demo's key projects, the 三个一批 programme with three rounds, 灾后重建, and the 示范区's
 * 291 projects in task forces (专班). Synthetic.
 */
export async function seedDemoProjects(
  tx: Tx,
  ws: CreatedWorkspace,
  today = todayInShanghai(new Date()),
) {
  const w = ws.workspaceId;
  const year = Number(today.slice(0, 4));
  const demo = demoProjects(today);
  const list = [...demo.projects, ...taskForceProjects(today)];
  const entries = demo.entries;
  const ids = new Map(list.map((p) => [p.key, crypto.randomUUID()]));
  await insertChunks(list, (chunk) =>
    tx.insert(projects).values(
      chunk.map(({ key, unitCode, reportMonths: _r, pace: _p, fullBy: _f, ...p }) => ({
        ...p,
        workspaceId: w,
        id: ids.get(key)!,
        unitId: ws.unitIds.get(unitCode)!,
        planYear: year,
        notes: '合成数据：名称和数字均为示例，用于复现公开报道的汇总数',
        synthetic: true,
      })),
    ),
  );
  const three = crypto.randomUUID();
  const rebuild = crypto.randomUUID();
  await tx.insert(programmes).values([
    {
      workspaceId: w,
      id: three,
      name: '“三个一批”项目建设活动',
      kind: 'three_batches',
      description:
        '签约一批、开工一批、投产一批，按期（约每季度）发布清单。项目为合成数据，累计数与公开报道一致。',
      synthetic: true,
    },
    {
      workspaceId: w,
      id: rebuild,
      name: '灾后恢复重建项目',
      kind: 'plain',
      description: '按比例缩小的合成数据：开工率、竣工率和投资完成率与公开报道一致。',
      synthetic: true,
    },
  ]);
  const roundIds = new Map(ROUNDS.map((r) => [r.seq, crypto.randomUUID()]));
  await tx
    .insert(programmeRounds)
    .values(
      ROUNDS.map((r) => ({ workspaceId: w, id: roundIds.get(r.seq)!, programmeId: three, ...r })),
    );
  const seqs = new Map<string, number>();
  await insertChunks(entries, (chunk) =>
    tx.insert(programmeEntries).values(
      chunk.map((e) => {
        const k = `${e.programme}.${e.round}.${e.list}`;
        seqs.set(k, (seqs.get(k) ?? 0) + 1);
        return {
          workspaceId: w,
          programmeId: e.programme === 'three' ? three : rebuild,
          roundId: e.round === null ? null : roundIds.get(e.round)!,
          list: e.list,
          projectId: ids.get(e.projectKey)!,
          seq: seqs.get(k)!,
        };
      }),
    ),
  );
  const reports = list.flatMap((p) =>
    Array.from({ length: Math.max(0, p.reportMonths ?? 0) }, (_, i) => ({
      workspaceId: w,
      projectId: ids.get(p.key)!,
      month: `${year}-${String(i + 1).padStart(2, '0')}`,
      ytdCompleted: ytdFor(p, i + 1),
      reportedByName: '示例数据',
      synthetic: true,
    })),
  );
  // The reconstruction projects report their whole year's figure at 97.7% of plan.
  await insertChunks(reports, (chunk) => tx.insert(projectInvestments).values(chunk));
  await refreshLatestInvestment(tx, w);
  await recordAudit(
    tx,
    { workspaceId: w, userId: null, name: '系统', ip: null },
    {
      action: 'project.demo_seeded',
      entityType: 'programme',
      entityId: three,
      summary: `示例重点项目 ${list.length} 个（合成数据）`,
    },
  );
}
